import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../entities';

export interface AuditInput {
  actorType: 'staff' | 'worker' | 'system';
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  detail?: Record<string, unknown> | null;
  requestId?: string | null;
}

/** Appends to the audit log, inside the caller's transaction when given its manager. */
export async function audit(em: EntityManager, input: AuditInput): Promise<void> {
  await em
    .getRepository(AuditEntryEntity)
    .save(
      em
        .getRepository(AuditEntryEntity)
        .create({ ...input, detail: input.detail ?? null, requestId: input.requestId ?? null }),
    );
}

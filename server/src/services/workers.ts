import type { DataSource } from 'typeorm';
import { WorkerEntity } from '../entities';
import { audit } from './audit';
import type { RequestContext } from './auth';

/** The worker with this phone or WeChat identity, made on their first sign-in (audited); two first sign-ins at once make one. */
export async function findOrCreateWorker(
  ds: DataSource,
  where: { phoneHash: string } | { openidHash: string },
  fields: () => Partial<WorkerEntity>,
  ctx: RequestContext,
  via: string,
): Promise<WorkerEntity> {
  const repo = ds.getRepository(WorkerEntity);
  const existing = await repo.findOneBy(where);
  if (existing) {
    await repo.update({ id: existing.id }, { lastLoginAt: new Date() });
    return existing;
  }
  try {
    return await ds.transaction(async (em) => {
      const worker = await em.save(em.create(WorkerEntity, { ...fields(), displayName: '', lastLoginAt: new Date() }));
      await audit(em, {
        actorType: 'worker',
        actorId: worker.id,
        action: 'worker.registered',
        targetType: 'worker',
        targetId: worker.id,
        detail: { via },
        requestId: ctx.requestId,
      });
      return worker;
    });
  } catch (err) {
    // Two first sign-ins at once: the unique index let one win; use it.
    const winner = await repo.findOneBy(where);
    if (winner) return winner;
    throw err;
  }
}

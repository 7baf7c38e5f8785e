import type { EntityManager } from 'typeorm';
import type { CaseStatus, CaseView } from '@gig/shared';
import { CaseEventEntity, type CaseEntity } from '../../entities';
import type { Actor } from './reach';

/** Appends an event to the case's append-only trail (the next number in its sequence). */
export async function appendEvent(
  em: EntityManager,
  c: CaseEntity,
  e: { action: string; from: CaseStatus | null; to: CaseStatus; actor: Actor; reason: string | null; data: unknown },
): Promise<void> {
  const seq = (await em.countBy(CaseEventEntity, { caseId: c.id })) + 1;
  const p = e.actor.principal;
  await em.save(
    em.create(CaseEventEntity, {
      caseId: c.id,
      seq,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      actorType: p.role === 'worker' ? 'worker' : 'staff',
      actorId: p.id,
      actorRole: p.role,
      stationId: c.stationId,
      reason: e.reason,
      data: (e.data ?? null) as Record<string, unknown> | null,
      requestId: e.actor.requestId,
    }),
  );
}

/** Sessions from their schedule_session events, with the latest attendance recorded for each. */
export function sessionsOf(events: CaseEventEntity[]): CaseView['sessions'] {
  type Session = Omit<CaseView['sessions'][number], 'present'>;
  const present = new Map<string, CaseView['sessions'][number]['present']>();
  for (const e of events) {
    const d = e.data as { sessionId?: string; present?: { side: string; name: string }[] } | null;
    if (e.action === 'record_attendance' && d?.sessionId) present.set(d.sessionId, d.present ?? []);
  }
  return events
    .filter((e) => e.action === 'schedule_session')
    .map((e) => (e.data as { session: Session }).session)
    .map((s) => ({ ...s, present: present.get(s.id) ?? null }));
}

/** The latest signature the worker gave, from its sign_agreement event. */
export function signatureOf(events: CaseEventEntity[]): CaseView['workerSignature'] {
  const e = [...events].reverse().find((x) => x.action === 'sign_agreement');
  const d = e?.data as { signatureEvidenceId: string; sha256: string } | undefined;
  return e && d ? { evidenceId: d.signatureEvidenceId, sha256: d.sha256, at: e.createdAt.toISOString() } : null;
}

/** The current consultation is the latest flag_urgent event's participants and plan. */
export function consultationOf(events: CaseEventEntity[]): CaseView['consultation'] {
  const e = [...events].reverse().find((x) => x.action === 'flag_urgent');
  if (!e?.data) return null;
  const d = e.data as { participants: { role: string; name: string }[]; plan: string };
  return { participants: d.participants, plan: d.plan, reason: e.reason ?? '', flaggedAt: e.createdAt.toISOString() };
}

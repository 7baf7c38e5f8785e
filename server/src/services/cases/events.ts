import type { EntityManager } from 'typeorm';
import type { CaseStatus, CaseView } from '@gig/shared';
import { CaseEventEntity, type CaseEntity } from '../../entities';
import type { Actor } from './reach';

/** Appends an event to the case's append-only trail (the next number in its sequence). */
export async function appendEvent(em: EntityManager, c: CaseEntity, e: EventFacts): Promise<void> {
  const seq = (await em.countBy(CaseEventEntity, { caseId: c.id })) + 1;
  await em.save(eventOf(c, seq, e));
}

/** What an event records: the action, the move, who, why, and the action's own data. */
export interface EventFacts {
  action: string;
  from: CaseStatus | null;
  to: CaseStatus;
  actor: Actor;
  reason: string | null;
  data: unknown;
}

/** The event row, not yet written (filing writes the first one itself: its number is 1). */
export function eventOf(c: CaseEntity, seq: number, e: EventFacts): CaseEventEntity {
  const p = e.actor.principal;
  return Object.assign(new CaseEventEntity(), {
    caseId: c.id,
    seq,
    action: e.action,
    fromStatus: e.from,
    toStatus: e.to,
    actorType: e.actor.system ? 'system' : p.role === 'worker' ? 'worker' : 'staff',
    actorId: e.actor.system ? null : p.id,
    actorRole: e.actor.system ? 'system' : p.role,
    stationId: c.stationId,
    reason: e.reason,
    data: (e.data ?? null) as Record<string, unknown> | null,
    requestId: e.actor.requestId,
    // The application's clock, as filing's and the statistics' roll-up (same day as the event).
    createdAt: new Date(),
  } satisfies Partial<CaseEventEntity>);
}

/** Sessions from their schedule_session events, with the latest attendance and respondent's answer for each. */
export function sessionsOf(events: CaseEventEntity[]): CaseView['sessions'] {
  type Session = Omit<CaseView['sessions'][number], 'present'>;
  const present = new Map<string, CaseView['sessions'][number]['present']>();
  const answers = new Map<string, CaseView['sessions'][number]['respondentAnswer']>();
  for (const e of events) {
    const d = e.data as {
      sessionId?: string;
      present?: { side: string; name: string }[];
      attend?: boolean;
      note?: string | null;
    } | null;
    if (e.action === 'record_attendance' && d?.sessionId) present.set(d.sessionId, d.present ?? []);
    if (e.action === 'answer_session' && d?.sessionId)
      answers.set(d.sessionId, { attend: !!d.attend, note: d.note ?? null, at: e.createdAt.toISOString() });
  }
  return events
    .filter((e) => e.action === 'schedule_session')
    .map((e) => (e.data as { session: Session }).session)
    .map((s) => ({ ...s, present: present.get(s.id) ?? null, respondentAnswer: answers.get(s.id) ?? null }));
}

/** The outlet's latest account of the facts. */
export function outletReplyOf(events: CaseEventEntity[]): CaseView['outletReply'] {
  const e = [...events].reverse().find((x) => x.action === 'outlet_reply');
  const d = e?.data as { account: string } | undefined;
  return e && d ? { account: d.account, at: e.createdAt.toISOString() } : null;
}

/** The current consultation is the latest flag_urgent event's participants and plan. */
export function consultationOf(events: CaseEventEntity[]): CaseView['consultation'] {
  const e = [...events].reverse().find((x) => x.action === 'flag_urgent');
  if (!e?.data) return null;
  const d = e.data as {
    participants: { role: string; name: string; staffId?: string | null }[];
    plan: string;
    meetingAt?: string;
    place?: string | null;
  };
  return {
    participants: d.participants.map((p) => ({ role: p.role, name: p.name, staffId: p.staffId ?? null })),
    plan: d.plan,
    meetingAt: d.meetingAt ?? null,
    place: d.place ?? null,
    reason: e.reason ?? '',
    flaggedAt: e.createdAt.toISOString(),
  };
}

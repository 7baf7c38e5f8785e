import { QueryFailedError, type DataSource } from 'typeorm';
import {
  ACTIONS,
  CASE_STATUS_LABELS,
  SYSTEM,
  allowedNow,
  chinaDate,
  chinaDateTime,
  decide,
  nextDue,
  type ActionBody,
  type CaseAction,
  type CaseFacts,
  type ClockRules,
  type NotificationParams,
} from '@gig/shared';
import { CaseActionRequestEntity, CaseEntity, CaseEventEntity, StaffNoticeEntity } from '../../entities';
import { AppError, fieldError } from '../../errors';
import type { NotificationService } from '../notifications';
import type { DataProtector } from '../../adapters/crypto';
import { RespondentAccess } from '../respondent-access';
import { audit } from '../audit';
import { writeTransaction } from '../db-retry';
import { EFFECTS } from './effects';
import { requestFingerprint } from './request-hash';
import { appendEvent } from './events';
import { applyStats, transitionChanges } from '../stats/rollup';
import { moveOpenCounts } from './open-counts';
import { moveConsultantReach } from './consultant-reach';
import { factsOf } from './facts';
import type { Actor, CaseReach, Reached } from './reach';

/**
 * What a case event adds to the worker's notification: the reason, a session's or a hearing's
 * time and place, and the next legal date it names (acceptance due, award due, last day to sue).
 */
function notificationParams(reason: string | null, data: unknown): NotificationParams {
  type Seen = {
    session?: { startsAt: string; address: string | null; link: string | null };
    startsAt?: string;
    address?: string;
    acceptanceDue?: string;
    awardDue?: string;
    suitDue?: string;
    answerBy?: string;
    lawyerName?: string;
  };
  const d = (data ?? {}) as Seen;
  const at = d.session ?? (d.startsAt ? { startsAt: d.startsAt, address: d.address ?? null, link: null } : null);
  const until = d.acceptanceDue ?? d.awardDue ?? d.suitDue ?? d.answerBy;
  return {
    reason,
    ...(at ? { sessionAt: chinaDateTime(new Date(at.startsAt)), sessionPlace: at.address ?? at.link ?? '' } : {}),
    ...(until ? { until } : {}),
    ...(d.lawyerName ? { lawyerName: d.lawyerName } : {}),
  };
}

/**
 * The one place a case changes status (and the only way flags, assignments and grants change):
 * the actions table decides for this user and these facts, the action's effect checks its body,
 * then the case, its event, the audit entry and the worker's notification are written in one
 * transaction, guarded by the case's version. With an Idempotency-Key a retry changes nothing.
 */
export class CaseTransitions {
  constructor(
    private readonly ds: DataSource,
    private readonly reach: CaseReach,
    private readonly clock: ClockRules,
    private readonly protector: DataProtector,
    private readonly notifier: NotificationService | null,
  ) {}

  async act<A extends CaseAction>(
    actor: Actor,
    caseId: string,
    action: A,
    body: ActionBody<A>,
    idempotencyKey: string | null = null,
  ): Promise<{ id: string; replayed: boolean }> {
    const fingerprint = requestFingerprint({ caseId, action, body });
    const requestHash = fingerprint.hash;
    if (idempotencyKey) {
      const prior = await this.ds
        .getRepository(CaseActionRequestEntity)
        .findOneBy({ actorId: actor.principal.id, idempotencyKey });
      // The row proves this user took this very action on this case: answer the retry even if the
      // case has since left their reach (a transfer moves it to another station).
      if (prior) return this.replay(prior, fingerprint.matches);
    }
    // The server's own clock reaches every case; a person only what access() gives them.
    const reached = actor.system ? await this.reach.asSystem(caseId) : await this.reach.load(actor.principal, caseId);
    const { c } = reached;
    const today = chinaDate(new Date());
    const sessions = await this.ds.getRepository(CaseEventEntity).countBy({ caseId: c.id, action: 'schedule_session' });
    const facts = factsOf(c, sessions, today);
    const b = body as { reason?: string; expectedStatus?: string };
    const who = actor.system ? SYSTEM : { role: actor.principal.role, relations: reached.access.relations };
    const d = decide(facts, who, action);
    // Not this user's at all: 403, whatever status their page showed.
    if (!d.allowed && d.refusal === 'actor') throw this.refusal('actor', reached, facts, actor);
    if (b.expectedStatus && b.expectedStatus !== c.status) throw this.refusal('status', reached, facts, actor);
    if (!d.allowed) throw this.refusal(d.refusal, reached, facts, actor, action);
    if (ACTIONS[action].reason === 'required' && !b.reason?.trim())
      throw fieldError('/body/reason', 'required', `a reason is required to ${action}`);

    const ctx = { c, body, actor, ds: this.ds, clock: this.clock, protector: this.protector, today };
    const { set, data, notices, invite } = await EFFECTS[action](ctx);
    const to = d.to;
    try {
      // Again on a deadlock or a cluster's certification conflict: the case's version still guards it.
      await writeTransaction(this.ds, async (em) => {
        // First, so that a concurrent retry with the same key waits here and then finds it.
        if (idempotencyKey)
          await em.save(
            em.create(CaseActionRequestEntity, {
              actorId: actor.principal.id,
              idempotencyKey,
              caseId: c.id,
              action,
              requestHash,
            }),
          );
        const res = await em
          .createQueryBuilder()
          .update(CaseEntity)
          .set({
            ...set,
            status: to,
            nextDue: nextDue(to, set.deadlines ?? c.deadlines),
            version: () => 'version + 1',
            updatedAt: new Date(),
          })
          .where('id = :id AND version = :version', { id: c.id, version: c.version })
          .execute();
        if (!res.affected) {
          // Someone moved the case meanwhile: say where it is now, and what is allowed there.
          const now = await em.findOneByOrFail(CaseEntity, { id: c.id });
          throw this.refusal('status', { ...reached, c: now }, factsOf(now, sessions, today), actor);
        }
        const fresh = await em.findOneByOrFail(CaseEntity, { id: c.id });
        const reason = b.reason ?? null;
        await appendEvent(em, fresh, { action, from: c.status, to, actor, reason, data });
        // The audit log answers "who did what to which case" across cases; the event trail is per case.
        const p = actor.principal;
        await audit(em, {
          actorType: actor.system ? 'system' : p.role === 'worker' ? 'worker' : 'staff',
          actorId: actor.system ? null : p.id,
          action: `case.${action}`,
          targetType: 'case',
          targetId: c.id,
          detail: { caseNumber: c.number, from: c.status, to },
          requestId: actor.requestId,
        });
        // Staff it concerns are told with it (the outlet's managers, the consultation's participants).
        for (const staffId of new Set(notices?.staffIds ?? []))
          await em.save(
            em.create(StaffNoticeEntity, {
              staffId,
              caseId: c.id,
              caseNumber: c.number,
              kind: notices!.kind,
              at: notices!.at ?? null,
              readAt: null,
            }),
          );
        // A respondent without an account gets a link by text (sent by the next outbox round).
        if (invite) await RespondentAccess.invite(em, this.protector, c, invite);
        // The worker is told in the same transaction: no event without its notification, or the reverse.
        const kind = ACTIONS[action].notify;
        if (kind && this.notifier) await this.notifier.forCase(em, fresh, kind, notificationParams(reason, data));
        // The statistics' roll-up moves with the event (last: its rows are the most shared).
        await applyStats(em, transitionChanges(c, fresh, action, data, new Date()));
        // The workbench's counts move with it.
        await moveOpenCounts(em, c, fresh);
        await moveConsultantReach(em, c, fresh);
      });
    } catch (err) {
      if (idempotencyKey && err instanceof QueryFailedError) {
        const raced = await this.ds
          .getRepository(CaseActionRequestEntity)
          .findOneBy({ actorId: actor.principal.id, idempotencyKey });
        if (raced) return this.replay(raced, fingerprint.matches);
      }
      throw err;
    }
    return { id: c.id, replayed: false };
  }

  private replay(
    prior: CaseActionRequestEntity,
    matches: (stored: string) => boolean,
  ): { id: string; replayed: boolean } {
    if (!matches(prior.requestHash)) {
      throw new AppError('IDEMPOTENCY_CONFLICT', {
        details: { action: prior.action },
        fields: [{ path: '/headers/idempotency-key', rule: 'unique', message: 'already used for another request' }],
      });
    }
    return { id: prior.caseId, replayed: true };
  }

  /** A refusal as the API says it: 403 for an action that is not this user's, 409 with the code otherwise. */
  private refusal(
    refusal: 'actor' | 'status' | AppError['code'],
    { c, access }: Reached,
    facts: CaseFacts,
    actor: Actor,
    action?: CaseAction,
  ): AppError {
    const allowedActions = allowedNow(facts, { role: actor.principal.role, relations: access.relations });
    const details = { status: c.status, statusLabel: CASE_STATUS_LABELS[c.status], allowedActions };
    if (refusal === 'actor') return new AppError('FORBIDDEN', { details });
    if (refusal === 'status') return new AppError('INVALID_TRANSITION', { details });
    const guard = action ? ACTIONS[action].guards.find((g) => g.code === refusal) : undefined;
    return new AppError(refusal, { details: { ...details, ...guard?.details?.(facts) } });
  }
}

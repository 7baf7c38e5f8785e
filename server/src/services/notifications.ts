import {
  In,
  IsNull,
  LessThan,
  LessThanOrEqual,
  Not,
  QueryFailedError,
  type DataSource,
  type EntityManager,
} from 'typeorm';
import {
  RUNNING_DEADLINES,
  TERMINAL_STATUSES,
  chinaDate,
  chinaDateTime,
  daysBetween,
  deadlineState,
  miniappCasePage,
  notificationText,
  NOTIFICATION_TEXT,
  type ClockRules,
  type DeadlineKind,
  type Locale,
  type NotificationChannel,
  type NotificationKind,
  type NotificationParams,
} from '@gig/shared';
import {
  CaseEntity,
  NotificationAttemptEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
  StationEntity,
  WorkerEntity,
} from '../entities';
import type { DataProtector } from '../adapters/crypto';
import type { SmsSender } from '../adapters/sms';
import type { SendOutcome, WechatSubscribeSender } from '../adapters/wechat';
import { AppError } from '../errors';

export interface NotifyOptions {
  sms: boolean;
  maxAttempts: number;
  retryBaseSeconds: number;
}

/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 6 * 3600 * 1000;
/** How long a claimed delivery stays with the process that claimed it (a crash frees it after this). */
const LEASE_MS = 60 * 1000;
/** Deadlines the worker acts on. The 15-day mediation window is the station's clock. */
const WORKER_DEADLINES: readonly DeadlineKind[] = [
  'limitation',
  'judicial_confirmation',
  'arbitration_review',
  'agreed_payment',
];

/**
 * The notification outbox. `enqueue` runs inside the transaction that writes the case event, so a
 * notification exists exactly when its event does; the dispatcher (`runOnce`, on a timer) then
 * delivers the outside channels with retries, recording every attempt.
 */
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly wechat: WechatSubscribeSender,
    private readonly sms: SmsSender,
    private readonly clock: ClockRules,
    private readonly opts: NotifyOptions,
  ) {}

  // ---- writing ------------------------------------------------------------------------------

  /** The inbox entry and one outbox row per outside channel, in the caller's transaction. */
  async enqueue(
    em: EntityManager,
    n: {
      workerId: string;
      caseId: string | null;
      kind: NotificationKind;
      params: NotificationParams;
      dedupeKey?: string;
    },
  ): Promise<NotificationEntity> {
    const row = await em.save(
      em.create(NotificationEntity, {
        workerId: n.workerId,
        caseId: n.caseId,
        kind: n.kind,
        params: n.params,
        dedupeKey: n.dedupeKey ?? null,
        readAt: null,
      }),
    );
    const now = new Date();
    const deliveries: Partial<NotificationDeliveryEntity>[] = [];
    if (this.wechat.configured) {
      const worker = await em.findOneBy(WorkerEntity, { id: n.workerId });
      deliveries.push(
        worker?.openidEnc
          ? { channel: 'wechat', status: 'pending', nextAttemptAt: now }
          : { channel: 'wechat', status: 'skipped', lastError: 'the worker has not signed in with WeChat' },
      );
    }
    if (this.opts.sms && n.caseId) deliveries.push({ channel: 'sms', status: 'pending', nextAttemptAt: now });
    for (const d of deliveries)
      await em.save(
        em.create(NotificationDeliveryEntity, {
          notificationId: row.id,
          attempts: 0,
          lockedUntil: null,
          sentAt: null,
          lastError: null,
          nextAttemptAt: null,
          ...d,
        }),
      );
    return row;
  }

  /** A case notification with the words' values taken from the case as it is now. */
  async forCase(
    em: EntityManager,
    c: CaseEntity,
    kind: NotificationKind,
    extra: NotificationParams = {},
    dedupeKey?: string,
  ): Promise<NotificationEntity> {
    const station = c.stationId ? await em.findOneBy(StationEntity, { id: c.stationId }) : null;
    const params: NotificationParams = {
      caseNumber: c.number,
      ...(station ? { stationName: station.name, stationPhone: station.phone } : {}),
      ...extra,
    };
    return this.enqueue(em, { workerId: c.workerId, caseId: c.id, kind, params, dedupeKey });
  }

  // ---- reminders ----------------------------------------------------------------------------

  /**
   * Looks at every open case's running deadlines and tells the worker once per threshold reached
   * (ClockRules.reminderDays: 60, 30, 7 days before). A threshold longer than the period itself
   * is skipped (a 15-day window gets no "30 days left"). Once-only by a unique key, so several
   * sweeps or processes cannot repeat one.
   */
  async sweepReminders(now = new Date()): Promise<number> {
    const today = chinaDate(now);
    let created = 0;
    let after = '';
    for (;;) {
      const page = await this.ds.getRepository(CaseEntity).find({
        where: {
          status: Not(In([...TERMINAL_STATUSES])),
          nextDue: Not(IsNull()),
          ...(after ? { id: LessThan(after) } : {}),
        },
        order: { id: 'DESC' },
        take: 200,
      });
      if (!page.length) break;
      after = page[page.length - 1]!.id;
      for (const c of page) {
        const running: readonly string[] = RUNNING_DEADLINES[c.status] ?? [];
        for (const d of c.deadlines) {
          if (!running.includes(d.kind) || !(WORKER_DEADLINES as readonly string[]).includes(d.kind)) continue;
          const st = deadlineState(d, today, this.clock);
          if (st.reminder === null || daysBetween(d.from, d.due) <= st.reminder) continue;
          const key = `reminder:${c.id}:${d.kind}:${d.due}:${st.reminder}`;
          if (await this.ds.getRepository(NotificationEntity).existsBy({ dedupeKey: key })) continue;
          try {
            await this.ds.transaction((em) =>
              this.forCase(
                em,
                c,
                'deadline_near',
                { deadlineKind: d.kind as DeadlineKind, due: d.due, daysLeft: st.daysLeft },
                key,
              ),
            );
            created++;
          } catch (err) {
            if (!(err instanceof QueryFailedError)) throw err; // another process wrote the same reminder
          }
        }
      }
    }
    return created;
  }

  // ---- delivering ---------------------------------------------------------------------------

  /** Delivers what is due now: claims each row, sends, records the attempt. Returns how many were tried. */
  async runOnce(now = new Date(), batch = 50): Promise<number> {
    const repo = this.ds.getRepository(NotificationDeliveryEntity);
    const due = await repo.find({
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC' },
      take: batch,
    });
    let tried = 0;
    for (const d of due) {
      if (d.lockedUntil && d.lockedUntil > now) continue;
      // Claim it: only one process gets affected = 1.
      const claim = await repo
        .createQueryBuilder()
        .update(NotificationDeliveryEntity)
        .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
        .where('id = :id AND status = :pending AND attempts = :attempts', {
          id: d.id,
          pending: 'pending',
          attempts: d.attempts,
        })
        .andWhere('(lockedUntil IS NULL OR lockedUntil <= :now)', { now })
        .execute();
      if (!claim.affected) continue;
      tried++;
      const outcome = await this.deliver(d).catch((err: unknown): SendOutcome => ({
        ok: false,
        retry: true,
        error: String((err as Error)?.message ?? err).slice(0, 250),
      }));
      const attemptNo = d.attempts + 1;
      await this.ds.transaction(async (em) => {
        await em.save(
          em.create(NotificationAttemptEntity, {
            deliveryId: d.id,
            attemptNo,
            ok: outcome.ok,
            error: outcome.ok ? null : outcome.error,
          }),
        );
        if (outcome.ok) {
          await em.update(
            NotificationDeliveryEntity,
            { id: d.id },
            {
              status: 'sent',
              attempts: attemptNo,
              sentAt: new Date(),
              lockedUntil: null,
              lastError: null,
              nextAttemptAt: null,
            },
          );
        } else {
          const giveUp = !outcome.retry || attemptNo >= this.opts.maxAttempts;
          const wait = Math.min(MAX_BACKOFF_MS, this.opts.retryBaseSeconds * 1000 * 2 ** (attemptNo - 1));
          await em.update(
            NotificationDeliveryEntity,
            { id: d.id },
            {
              status: giveUp ? 'failed' : 'pending',
              attempts: attemptNo,
              lockedUntil: null,
              lastError: outcome.error,
              nextAttemptAt: giveUp ? null : new Date(now.getTime() + wait),
            },
          );
        }
      });
    }
    return tried;
  }

  private async deliver(d: NotificationDeliveryEntity): Promise<SendOutcome> {
    const n = await this.ds.getRepository(NotificationEntity).findOneByOrFail({ id: d.notificationId });
    const { title, body } = notificationText(n.kind, n.params, 'zh-CN');
    if (d.channel === 'wechat') {
      const worker = await this.ds.getRepository(WorkerEntity).findOneBy({ id: n.workerId });
      if (!worker?.openidEnc) return { ok: false, retry: false, error: 'the worker has no WeChat openid' };
      return this.wechat.send({
        openid: this.protector.decrypt(worker.openidEnc),
        page: n.caseId ? miniappCasePage(n.caseId) : 'pages/index/index',
        data: {
          character_string1: n.params.caseNumber ?? '-',
          phrase2: NOTIFICATION_TEXT[n.kind].phrase,
          // WeChat's `thing` values hold at most 20 characters.
          thing3: [...title].slice(0, 20).join(''),
          time4: chinaDateTime(n.createdAt),
        },
      });
    }
    const c = n.caseId ? await this.ds.getRepository(CaseEntity).findOneBy({ id: n.caseId }) : null;
    if (!c) return { ok: false, retry: false, error: 'no case to take the phone number from' };
    try {
      await this.sms.sendNotice(this.protector.decrypt(c.phoneEnc), {
        caseNumber: c.number,
        kind: n.kind,
        title,
        text: body,
      });
      return { ok: true };
    } catch (err) {
      const status =
        err instanceof AppError ? (err.extra.details as { status?: number } | undefined)?.status : undefined;
      // The gateway refused this message (a 4xx other than timeout / rate limit): retrying will not help.
      const permanent = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
      return { ok: false, retry: !permanent, error: status ? `sms gateway HTTP ${status}` : 'sms gateway unreachable' };
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  async inbox(workerId: string, lang: Locale, opts: { before?: string; limit: number }) {
    const repo = this.ds.getRepository(NotificationEntity);
    const rows = await repo.find({
      where: { workerId, ...(opts.before ? { createdAt: LessThan(new Date(opts.before)) } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: opts.limit + 1,
    });
    const more = rows.length > opts.limit;
    const items = rows.slice(0, opts.limit).map((n) => ({
      id: n.id,
      kind: n.kind,
      caseId: n.caseId,
      caseNumber: n.params.caseNumber ?? null,
      ...notificationText(n.kind, n.params, lang),
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }));
    const unread = await repo.countBy({ workerId, readAt: IsNull() });
    return { items, unread, nextBefore: more ? items[items.length - 1]!.createdAt : null };
  }

  /** Marks one (or, without an id, every) notification of this worker read. Another's id is "not found". */
  async markRead(workerId: string, id?: string): Promise<void> {
    const repo = this.ds.getRepository(NotificationEntity);
    if (id) {
      const n = await repo.findOneBy({ id, workerId });
      if (!n) throw new AppError('NOT_FOUND');
      if (!n.readAt) await repo.update({ id }, { readAt: new Date() });
      return;
    }
    await repo.update({ workerId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** What the worker was told about a case and how each channel went: for staff. */
  async forCaseView(caseId: string) {
    const ns = await this.ds.getRepository(NotificationEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } });
    if (!ns.length) return [];
    const ds = await this.ds
      .getRepository(NotificationDeliveryEntity)
      .find({ where: { notificationId: In(ns.map((n) => n.id)) } });
    const attempts = ds.length
      ? await this.ds
          .getRepository(NotificationAttemptEntity)
          .find({ where: { deliveryId: In(ds.map((d) => d.id)) }, order: { attemptNo: 'ASC' } })
      : [];
    return ns.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: notificationText(n.kind, n.params, 'zh-CN').title,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
      deliveries: ds
        .filter((d) => d.notificationId === n.id)
        .map((d) => ({
          channel: d.channel as NotificationChannel,
          status: d.status,
          attempts: attempts
            .filter((a) => a.deliveryId === d.id)
            .map((a) => ({ at: a.createdAt.toISOString(), ok: a.ok, error: a.error })),
          lastError: d.lastError,
          nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
          sentAt: d.sentAt?.toISOString() ?? null,
        })),
    }));
  }
}

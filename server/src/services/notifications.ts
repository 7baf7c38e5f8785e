import { In, IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import {
  notificationText,
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
import type { WechatSubscribeSender } from '../adapters/wechat';
import { AppError } from '../errors';

export interface NotifyOptions {
  sms: boolean;
  maxAttempts: number;
  retryBaseSeconds: number;
}

/**
 * The notification outbox. `enqueue` runs inside the transaction that writes the case event, so a
 * notification exists exactly when its event does; the dispatcher (notification-dispatch.ts, on a
 * timer) then delivers the outside channels with retries, recording every attempt. Deadline
 * reminders are written by cases/reminders.ts.
 */
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly wechat: Pick<WechatSubscribeSender, 'configured'>,
    private readonly opts: Pick<NotifyOptions, 'sms'>,
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
    const outlet = c.respondentOutletId ? await em.findOneBy(StationEntity, { id: c.respondentOutletId }) : null;
    const params: NotificationParams = {
      caseNumber: c.number,
      ...(station ? { stationName: station.name, stationPhone: station.phone } : {}),
      ...(outlet ? { outletName: outlet.name } : {}),
      ...extra,
    };
    return this.enqueue(em, { workerId: c.workerId, caseId: c.id, kind, params, dedupeKey });
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

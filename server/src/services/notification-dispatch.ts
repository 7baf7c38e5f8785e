import { LessThanOrEqual, type DataSource } from 'typeorm';
import { NOTIFICATION_TEXT, chinaDateTime, miniappCasePage, notificationText } from '@gig/shared';
import {
  NotificationAttemptEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
  WorkerEntity,
  CaseEntity,
} from '../entities';
import type { DataProtector } from '../adapters/crypto';
import type { SmsSender } from '../adapters/sms';
import type { SendOutcome, WechatSubscribeSender } from '../adapters/wechat';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError } from '../errors';
import { withWriteRetry, writeTransaction } from './db-retry';
import type { NotifyOptions } from './notifications';

/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 6 * 3600 * 1000;
/** How long a claimed delivery stays with the process that claimed it (a crash frees it after this). */
const LEASE_MS = 60 * 1000;

/** Delivers the outbox's WeChat and SMS rows: claims each, sends, records the attempt, retries with doubling waits. */
export class NotificationDispatcher {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly wechat: WechatSubscribeSender,
    private readonly sms: SmsSender,
    private readonly opts: NotifyOptions,
  ) {}

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
      // Claim it: only one process gets affected = 1. On a cluster two nodes may both claim it;
      // certification refuses the second at commit, and its retry finds the row claimed.
      const claim = await withWriteRetry(() =>
        repo
          .createQueryBuilder()
          .update(NotificationDeliveryEntity)
          .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
          .where('id = :id AND status = :pending AND attempts = :attempts', {
            id: d.id,
            pending: 'pending',
            attempts: d.attempts,
          })
          .andWhere('(lockedUntil IS NULL OR lockedUntil <= :now)', { now })
          .execute(),
      );
      if (!claim.affected) continue;
      tried++;
      const outcome = await this.deliver(d).catch((err: unknown): SendOutcome => ({
        ok: false,
        retry: true,
        error: String((err as Error)?.message ?? err).slice(0, 250),
      }));
      const attemptNo = d.attempts + 1;
      const write = () => this.record(d, attemptNo, outcome, now);
      // A message that went out must be recorded, or it is sent again when the lease ends: through a
      // database outage (a cluster node restarting) the record is tried again for half the lease.
      await (outcome.ok ? this.untilRecorded(write) : write());
    }
    return tried;
  }

  /** The attempt and the delivery's new state, in one transaction. */
  private record(d: NotificationDeliveryEntity, attemptNo: number, outcome: SendOutcome, now: Date): Promise<void> {
    return writeTransaction(this.ds, async (em) => {
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

  private async untilRecorded(write: () => Promise<void>): Promise<void> {
    const since = Date.now();
    for (;;) {
      try {
        return await write();
      } catch (err) {
        if (!isDatabaseUnavailable(err) || Date.now() - since > LEASE_MS / 2) throw err;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
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
      await this.sms.sendNotice(
        this.protector.decrypt(c.phoneEnc),
        { caseNumber: c.number, kind: n.kind, title, text: body },
        n.id,
      );
      return { ok: true };
    } catch (err) {
      const status =
        err instanceof AppError ? (err.extra.details as { status?: number } | undefined)?.status : undefined;
      // The gateway refused this message (a 4xx other than timeout / rate limit): retrying will not help.
      const permanent = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
      return { ok: false, retry: !permanent, error: status ? `sms gateway HTTP ${status}` : 'sms gateway unreachable' };
    }
  }
}

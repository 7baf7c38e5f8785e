import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import { addDays, chinaDate, daysBetween } from '@gig/shared';
import { CaseEntity, EarlyWarningEntity, StaffNoticeEntity, StaffUserEntity } from '../../entities';
import type { DataProtector } from '../../adapters/crypto';
import type { SmsSender } from '../../adapters/sms';
import { isUniqueViolation } from '../db-errors';
import { writeTransaction } from '../db-retry';
import { clustersSince, type WarningRules } from './list';

/** The windows are `days`-long periods of China's calendar counted from this day. */
const EPOCH = '2020-01-01';

/** The window (first and last China day) that `now` falls in. */
export function windowOf(now: Date, days: number): { start: string; end: string } {
  const day = chinaDate(now);
  const start = addDays(EPOCH, Math.floor(daysBetween(EPOCH, day) / days) * days);
  return { start, end: addDays(start, days - 1) };
}

/**
 * Raises early warnings and tells the supervisors, on the maintenance timer (services.ts) in every
 * API process. A respondent with claims from EARLY_WARNING_MIN_CASES different workers in the
 * last EARLY_WARNING_DAYS (citywide) and no warning raised in those days gets one: the warning
 * and a notice in every active supervisor's inbox in one transaction, unique per respondent and
 * window, so of two processes only one raises it and the other's insert fails and tells no one.
 * Then each warning not yet sent is texted to every supervisor with a phone: a round claims an
 * attempt (a conditional update only one process wins), sends with one id per warning and
 * supervisor (the gateway drops a repeat), and sets `notifiedAt`; a failed round leaves it for
 * the next, up to `maxAttempts`.
 */
export class WarningRaiser {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly sms: SmsSender,
    private readonly rules: WarningRules,
    private readonly maxAttempts: number,
  ) {}

  async sweep(now = new Date()): Promise<{ raised: number; texted: number }> {
    const raised = await this.raise(now);
    const texted = await this.sendPending();
    return { raised, texted };
  }

  /** Raises the warnings due now; returns how many this process raised. */
  async raise(now = new Date()): Promise<number> {
    const { days, minCases } = this.rules;
    const since = new Date(now.getTime() - days * 86400_000);
    const clusters = await clustersSince(this.ds, async () => true, since, minCases, 1000);
    if (!clusters.length) return 0;
    const recent = await this.ds.getRepository(EarlyWarningEntity).find({
      select: { respondentGroup: true },
      where: { respondentGroup: In(clusters.map((c) => c.group)), raisedAt: MoreThanOrEqual(since) },
    });
    const told = new Set(recent.map((w) => w.respondentGroup));
    const fresh = clusters.filter((c) => !told.has(c.group));
    if (!fresh.length) return 0;
    const supervisors = await this.ds
      .getRepository(StaffUserEntity)
      .find({ select: { id: true }, where: { role: 'supervisor', disabled: false } });
    const window = windowOf(now, days);
    let raised = 0;
    for (const c of fresh) {
      const latest = await this.latestCase(c.group);
      if (!latest) continue;
      try {
        // Again on a deadlock or a cluster's certification conflict (two processes raising at once):
        // the retry then meets the other's row and stops at the unique key below.
        await writeTransaction(this.ds, async (em) => {
          const warning = em.create(EarlyWarningEntity, {
            id: randomUUID(),
            respondentGroup: c.group,
            respondentName: latest.respondentName.slice(0, 200),
            windowStart: window.start,
            windowEnd: window.end,
            workers: c.workers,
            claims: c.claims,
            raisedAt: now,
            notifiedAt: null,
            smsAttempts: 0,
          });
          await em.insert(EarlyWarningEntity, warning);
          if (supervisors.length)
            await em.insert(
              StaffNoticeEntity,
              supervisors.map((s) => ({
                id: randomUUID(),
                staffId: s.id,
                caseId: latest.id,
                caseNumber: latest.number,
                kind: 'early_warning' as const,
                at: null,
                readAt: null,
                respondentGroup: c.group,
                createdAt: now,
              })),
            );
        });
        raised++;
      } catch (err) {
        // Another process raised it for this window first: it tells them.
        if (!isUniqueViolation(err)) throw err;
      }
    }
    return raised;
  }

  /** The respondent's latest claim (ix_cases_group_received): the case a warning's notice and text name. */
  private latestCase(group: string) {
    return this.ds
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.number', 'c.respondentName', 'c.receivedAt'])
      .where('c.respondentGroup = :group', { group })
      .orderBy('c.receivedAt', 'DESC')
      .limit(1)
      .getOne();
  }

  /** Texts the warnings not yet sent; returns how many were sent in full this round. */
  async sendPending(): Promise<number> {
    const repo = this.ds.getRepository(EarlyWarningEntity);
    const due = await repo.find({
      where: { notifiedAt: IsNull(), smsAttempts: LessThan(this.maxAttempts) },
      order: { raisedAt: 'ASC' },
      take: 50,
    });
    if (!due.length) return 0;
    const phones = (
      await this.ds.getRepository(StaffUserEntity).find({
        select: { id: true, phoneEnc: true },
        where: { role: 'supervisor', disabled: false },
      })
    ).filter((s) => s.phoneEnc);
    let sent = 0;
    for (const w of due) {
      const claimed = await repo.update(
        { id: w.id, notifiedAt: IsNull(), smsAttempts: w.smsAttempts },
        { smsAttempts: w.smsAttempts + 1 },
      );
      if (!claimed.affected) continue;
      const latest = await this.latestCase(w.respondentGroup);
      try {
        for (const s of phones)
          await this.sms.sendNotice(
            this.protector.decrypt(s.phoneEnc!),
            {
              caseNumber: latest?.number ?? '',
              kind: 'early_warning',
              title: '劳动争议预警',
              text: `${w.respondentName}：近${this.rules.days}日${w.workers}名劳动者申请调解（${w.claims}件），请登录管理端查看被申请人页面。`,
            },
            `warning:${w.id}:${s.id}`,
          );
      } catch {
        continue; // the next round tries again (the gateway drops the ones already sent)
      }
      await repo.update({ id: w.id }, { notifiedAt: new Date() });
      sent++;
    }
    return sent;
  }
}

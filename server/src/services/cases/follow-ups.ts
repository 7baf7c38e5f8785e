import { Between, type DataSource } from 'typeorm';
import { chinaDate, type ClockRules } from '@gig/shared';
import { CaseEntity, NotificationEntity } from '../../entities';
import type { NotificationService } from '../notifications';
import { isUniqueViolation } from '../db-errors';
import { writeTransaction } from '../db-retry';

/** A sweep that was down this many days still asks the cases it missed. */
const CATCH_UP_DAYS = 3;

/**
 * The follow-up after the end: ClockRules.followUpDays after a case was closed the worker is
 * asked, once (a unique key, so several sweeps or processes cannot repeat it), whether the money
 * arrived or the problem was solved. Only cases closed under the follow-up rules (their
 * `follow_up` deadline) whose reopen window is still open, and nobody has answered yet.
 */
export class FollowUpService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifier: NotificationService,
    private readonly clock: ClockRules,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const today = chinaDate(now);
    const day = 86400_000;
    // A closed case is not written again, so its last change is its close (ix_cases_status_updated).
    const closed = Between(
      new Date(now.getTime() - (this.clock.followUpDays + CATCH_UP_DAYS + 1) * day),
      new Date(now.getTime() - (this.clock.followUpDays - 1) * day),
    );
    const rows = await this.ds.getRepository(CaseEntity).find({ where: { status: 'closed', updatedAt: closed } });
    let asked = 0;
    for (const c of rows) {
      const ask = c.deadlines.find((d) => d.kind === 'follow_up');
      const until = c.deadlines.find((d) => d.kind === 'reopen_window');
      if (!ask || !until || ask.due > today || until.due < today) continue;
      const key = `follow_up:${c.id}:${ask.from}`;
      if (await this.ds.getRepository(NotificationEntity).existsBy({ dedupeKey: key })) continue;
      try {
        await writeTransaction(this.ds, (em) => this.notifier.forCase(em, c, 'follow_up', { until: until.due }, key));
        asked++;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    return asked;
  }
}

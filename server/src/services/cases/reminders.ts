import { In, IsNull, LessThan, Not, type DataSource } from 'typeorm';
import {
  RUNNING_DEADLINES,
  TERMINAL_STATUSES,
  chinaDate,
  daysBetween,
  deadlineState,
  type ClockRules,
  type DeadlineKind,
} from '@gig/shared';
import { CaseEntity, NotificationEntity } from '../../entities';
import type { NotificationService } from '../notifications';
import { isUniqueViolation } from '../db-errors';
import { writeTransaction } from '../db-retry';

/** Deadlines the worker acts on. The 15-day mediation window is the station's clock. */
const WORKER_DEADLINES: readonly DeadlineKind[] = [
  'limitation',
  'judicial_confirmation',
  'arbitration_review',
  'agreed_payment',
  'worker_suit',
];

/** The legal clock's reminders to the worker: which deadlines run (shared), and when each is near. */
export class ReminderService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifier: NotificationService,
    private readonly clock: ClockRules,
  ) {}

  /**
   * Looks at every open case's running deadlines and tells the worker once per threshold reached
   * (ClockRules.reminderDays: 60, 30, 7 days before). A threshold longer than the period itself
   * is skipped (a 15-day window gets no "30 days left"). Once-only by a unique key, so several
   * sweeps or processes cannot repeat one.
   */
  async sweep(now = new Date()): Promise<number> {
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
            await writeTransaction(this.ds, (em) =>
              this.notifier.forCase(
                em,
                c,
                'deadline_near',
                { deadlineKind: d.kind as DeadlineKind, due: d.due, daysLeft: st.daysLeft },
                key,
              ),
            );
            created++;
          } catch (err) {
            // Another process wrote the same reminder first (on a cluster, a certification conflict
            // retried until the unique key says so).
            if (!isUniqueViolation(err)) throw err;
          }
        }
      }
    }
    return created;
  }
}

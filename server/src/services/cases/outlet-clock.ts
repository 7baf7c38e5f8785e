import { LessThan, MoreThan, type DataSource } from 'typeorm';
import { chinaDate } from '@gig/shared';
import { CaseEntity } from '../../entities';
import { AppError } from '../../errors';
import { SYSTEM_ACTOR } from './reach';
import type { CaseTransitions } from './transition';

/**
 * The outlet's time limit: a dispatched case whose outlet did not settle within the station's set
 * working days (ClockRules.outletResponseWorkingDays) returns to the station by itself, through
 * the one transition like any action (`outlet_timeout`, the system's), so the worker is told and
 * the trail says why. Once per case and due date by an idempotency key: several processes or
 * sweeps return it once.
 */
export class OutletClock {
  constructor(
    private readonly ds: DataSource,
    private readonly transitions: CaseTransitions,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const today = chinaDate(now);
    let returned = 0;
    // The outlet's time is among the dispatched case's running deadlines, so nextDue is at most it.
    for (let after = ''; ;) {
      const page = await this.ds.getRepository(CaseEntity).find({
        select: { id: true, deadlines: true },
        where: { status: 'dispatched', nextDue: LessThan(today), ...(after ? { id: MoreThan(after) } : {}) },
        order: { id: 'ASC' },
        take: 200,
      });
      if (!page.length) break;
      after = page[page.length - 1]!.id;
      for (const c of page) {
        const due = c.deadlines.find((d) => d.kind === 'outlet_response')?.due;
        if (!due || due >= today) continue;
        try {
          const key = `outlet-timeout:${c.id}:${due}`;
          const r = await this.transitions.act(SYSTEM_ACTOR, c.id, 'outlet_timeout', {}, key);
          if (!r.replayed) returned++;
        } catch (err) {
          // Settled, taken back or moved meanwhile: nothing to return.
          if (!(err instanceof AppError) || err.statusCode !== 409) throw err;
        }
      }
    }
    return returned;
  }
}

import type { DataSource } from 'typeorm';
import {
  DUE_SOON_DAYS,
  OPEN_STATUSES,
  addDays,
  chinaDate,
  type CaseQueueQuery,
  type Principal,
  type WorkbenchCounts,
} from '@gig/shared';
import { CaseConsultantReachEntity, CaseEntity } from '../../entities';
import { AppError, fieldError } from '../../errors';
import { inScope, stationScope } from '../stations';
import { handledCounts } from './open-counts';
import { each, keysetPage, searchAlternatives, split } from './queue-plan';
import type { CaseReach, ReachBranch } from './reach';

/** The one branch of a citywide user: every case. */
const EVERY: ReachBranch = { where: '1 = 1', params: {} };

function encodeCursor(c: { n: string; d: string }): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

const isDay = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);

function decodeCursor(cursor: string): { n: string; d?: string } {
  try {
    const c: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only what encodeCursor writes: a case number and a day; anything else is a forged cursor.
    if (c && typeof c === 'object') {
      const { n, d } = c as { n?: unknown; d?: unknown };
      if (typeof n === 'string' && /^[A-Z]{1,4}\d{4}-\d{6}$/.test(n) && (d === undefined || isDay(d))) return { n, d };
    }
  } catch {
    /* fall through */
  }
  throw fieldError('/query/cursor', 'cursor', 'not a cursor from this API');
}

/** Lists of cases within a user's reach: the staff queue, the workbench counts, a worker's own cases. */
export class CaseQueue {
  constructor(
    private readonly ds: DataSource,
    private readonly reach: CaseReach,
  ) {}

  async listForWorker(p: Principal): Promise<CaseEntity[]> {
    return this.reach.withStations(
      await this.ds.getRepository(CaseEntity).find({ where: { workerId: p.id }, order: { createdAt: 'DESC' } }),
    );
  }

  /**
   * The staff queue: the cases this user may read, filtered, searched, sorted newest first (by
   * case number) or by next due date, a page at a time. The cursor is the last row's sort key, so
   * pages stay right while new cases arrive. Read as a union of index-sized branches (queue-plan.ts).
   */
  async queue(p: Principal, q: CaseQueueQuery): Promise<{ items: CaseEntity[]; nextCursor: string | null }> {
    if (q.stationId && !inScope(await stationScope(this.ds, p), q.stationId)) {
      throw new AppError('OUT_OF_SCOPE', {
        fields: [{ path: '/query/stationId', rule: 'scope', message: 'not one of your stations' }],
      });
    }
    const none = { items: [], nextCursor: null };
    const reach = await this.reach.branches(p);
    let branches: ReachBranch[] = reach === 'all' ? [EVERY] : reach;
    if (!branches.length) return none;
    const sort = q.sort === 'due' ? 'due' : 'newest';
    const today = chinaDate(new Date());
    if (q.status?.length) branches = split(branches, each('c.status', 'qStatus', [...new Set(q.status)]));
    if (q.q) {
      const alts = await searchAlternatives(this.ds, q.q);
      if (!alts) return none;
      branches = split(branches, alts);
    }
    // Due soon, newest first: one branch per day (today and the next three), each in number order.
    if (q.due === 'soon' && sort === 'newest')
      branches = split(
        branches,
        each(
          'c.nextDue',
          'qDue',
          [0, 1, 2, 3].map((d) => addDays(today, d)),
        ),
      );
    const base = () => {
      const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').where('1 = 1');
      if (q.stationId) qb.andWhere('c.stationId = :stationId', { stationId: q.stationId });
      if (q.industry) qb.andWhere('c.industry = :industry', { industry: q.industry });
      if (q.claimType) qb.andWhere('c.claimTypes LIKE :claimType', { claimType: `% ${q.claimType} %` });
      if (q.urgent !== undefined) qb.andWhere('c.urgent = :urgent', { urgent: q.urgent });
      if (q.legalAid !== undefined) qb.andWhere('c.legalAid = :legalAid', { legalAid: q.legalAid });
      // Filing dates are China calendar days.
      if (q.filedFrom)
        qb.andWhere('c.receivedAt >= :filedFrom', { filedFrom: new Date(`${q.filedFrom}T00:00:00+08:00`) });
      if (q.filedTo)
        qb.andWhere('c.receivedAt < :filedTo', { filedTo: new Date(`${addDays(q.filedTo, 1)}T00:00:00+08:00`) });
      if (q.due === 'overdue') qb.andWhere('c.nextDue < :today', { today });
      if (q.due === 'soon')
        qb.andWhere('c.nextDue >= :today AND c.nextDue <= :soon', { today, soon: addDays(today, DUE_SOON_DAYS) });
      return qb;
    };
    const limit = q.limit ?? 50;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const rows = await keysetPage(base, branches, { sort, after, limit });
    // Stations from the directory: a join hydrated three entities per row.
    const items = await this.reach.withStations(rows.slice(0, limit));
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor({ n: last.number, d: last.nextDue ?? '9999-12-31' }) : null,
    };
  }

  /**
   * The workbench counts, within this user's reach (the same filters as the queue's). The cases
   * their station handles (every case, for citywide users) come from the kept counts
   * (open-counts.ts: flat in the size of the backlog); each other reach branch is one pass over
   * its open cases, leaving out those of the branches before it (a case met twice counts once),
   * on the indexes that carry status, next due date and the flags.
   */
  async workbench(p: Principal): Promise<WorkbenchCounts> {
    const today = chinaDate(new Date());
    const reach = await this.reach.branches(p);
    const branches = reach === 'all' ? [EVERY] : reach;
    const totals: WorkbenchCounts = { submitted: 0, dueSoon: 0, overdue: 0, urgent: 0, legalAid: 0, awaitingWorker: 0 };
    const sum = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
    const rows = await Promise.all(
      branches.map((b, i) => {
        if (b === EVERY) return handledCounts(this.ds, null, today);
        // Only as the first branch: the counts leave out no branch before them.
        if (i === 0 && b.handledBy) return handledCounts(this.ds, b.handledBy, today);
        // A branch with a kept table (the consultants') is counted from its rows: the same columns.
        const qb = this.ds
          .createQueryBuilder()
          .from(b.kept ? CaseConsultantReachEntity : CaseEntity, 'c')
          .select(sum("c.status = 'submitted'"), 'submitted')
          .addSelect(sum('c.nextDue >= :today AND c.nextDue <= :soon'), 'dueSoon')
          .addSelect(sum('c.nextDue < :today'), 'overdue')
          .addSelect(sum('c.urgent = :wbTrue'), 'urgent')
          .addSelect(sum('c.legalAid = :wbTrue'), 'legalAid')
          .addSelect(sum("c.status = 'agreement'"), 'awaitingWorker')
          .where('c.status IN (:...open)', {
            open: OPEN_STATUSES,
            today,
            soon: addDays(today, DUE_SOON_DAYS),
            wbTrue: true,
          })
          .andWhere(`(${b.kept?.where ?? b.where})`, b.params);
        // COALESCE: a relation over a NULL column is unknown, and NOT unknown would drop the row.
        for (const prev of branches.slice(0, i)) qb.andWhere(`NOT COALESCE((${prev.where}), 0)`, prev.params);
        return qb.getRawOne<Record<keyof WorkbenchCounts, string | number | null>>();
      }),
    );
    for (const r of rows)
      for (const k of Object.keys(totals) as (keyof WorkbenchCounts)[]) totals[k] += Number(r?.[k] ?? 0);
    return totals;
  }
}

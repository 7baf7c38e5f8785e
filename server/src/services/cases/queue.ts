import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  CASE_STATUSES,
  addDays,
  chinaDate,
  isTerminal,
  type CaseQueueQuery,
  type Principal,
  type WorkbenchCounts,
} from '@gig/shared';
import { CaseEntity } from '../../entities';
import { AppError, fieldError } from '../../errors';
import { inScope, stationScope } from '../stations';
import type { CaseReach } from './reach';

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
    return this.ds
      .getRepository(CaseEntity)
      .find({ where: { workerId: p.id }, relations: { station: { parent: true } }, order: { createdAt: 'DESC' } });
  }

  /**
   * The staff queue: the cases this user may read, filtered, searched, sorted newest first (by
   * case number) or by next due date, a page at a time. The cursor is the last row's sort key, so
   * pages stay right while new cases arrive.
   */
  async queue(p: Principal, q: CaseQueueQuery): Promise<{ items: CaseEntity[]; nextCursor: string | null }> {
    if (q.stationId && !inScope(await stationScope(this.ds, p), q.stationId)) {
      throw new AppError('OUT_OF_SCOPE', {
        fields: [{ path: '/query/stationId', rule: 'scope', message: 'not one of your stations' }],
      });
    }
    const qb = this.ds
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.station', 's')
      .leftJoinAndSelect('s.parent', 'sp');
    if (!(await this.reach.narrow(qb, p))) return { items: [], nextCursor: null };
    if (q.stationId) qb.andWhere('c.stationId = :stationId', { stationId: q.stationId });
    if (q.status?.length) qb.andWhere('c.status IN (:...status)', { status: q.status });
    if (q.industry) qb.andWhere('c.industry = :industry', { industry: q.industry });
    if (q.claimType) qb.andWhere('c.claimTypes LIKE :claimType', { claimType: `% ${q.claimType} %` });
    if (q.urgent !== undefined) qb.andWhere('c.urgent = :urgent', { urgent: q.urgent });
    if (q.legalAid !== undefined) qb.andWhere('c.legalAid = :legalAid', { legalAid: q.legalAid });
    // Filing dates are China calendar days.
    if (q.filedFrom)
      qb.andWhere('c.receivedAt >= :filedFrom', { filedFrom: new Date(`${q.filedFrom}T00:00:00+08:00`) });
    if (q.filedTo)
      qb.andWhere('c.receivedAt < :filedTo', { filedTo: new Date(`${addDays(q.filedTo, 1)}T00:00:00+08:00`) });
    const today = chinaDate(new Date());
    if (q.due === 'overdue') qb.andWhere('c.nextDue < :today', { today });
    if (q.due === 'soon') qb.andWhere('c.nextDue >= :today AND c.nextDue <= :soon', { today, soon: addDays(today, 3) });
    if (q.q) {
      // '!' escapes the same way in SQLite and MariaDB string literals (a backslash does not).
      const like = `%${q.q.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
      qb.andWhere("(c.number LIKE :like ESCAPE '!' OR c.respondentName LIKE :like ESCAPE '!')", { like });
    }
    const limit = q.limit ?? 50;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.sort === 'due') {
      const key = "COALESCE(c.nextDue, '9999-12-31')";
      if (after)
        qb.andWhere(`(${key} > :ad OR (${key} = :ad AND c.number > :an))`, {
          ad: after.d ?? '9999-12-31',
          an: after.n,
        });
      qb.orderBy(key, 'ASC').addOrderBy('c.number', 'ASC');
    } else {
      if (after) qb.andWhere('c.number < :an', { an: after.n });
      qb.orderBy('c.number', 'DESC');
    }
    // limit, not take: the joins are many-to-one, so rows are cases one for one.
    const rows = await qb.limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor({ n: last.number, d: last.nextDue ?? '9999-12-31' }) : null,
    };
  }

  /** The workbench counts, within this user's reach (the same filters as the queue's). */
  async workbench(p: Principal): Promise<WorkbenchCounts> {
    const today = chinaDate(new Date());
    const open = CASE_STATUSES.filter((s) => !isTerminal(s));
    const count = async (where: (qb: SelectQueryBuilder<CaseEntity>) => void): Promise<number> => {
      const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').where('c.status IN (:...open)', { open });
      if (!(await this.reach.narrow(qb, p))) return 0;
      where(qb);
      return qb.getCount();
    };
    const [submitted, dueSoon, overdue, urgent, legalAid, awaitingWorker] = await Promise.all([
      count((qb) => qb.andWhere("c.status = 'submitted'")),
      count((qb) => qb.andWhere('c.nextDue >= :today AND c.nextDue <= :soon', { today, soon: addDays(today, 3) })),
      count((qb) => qb.andWhere('c.nextDue < :today', { today })),
      count((qb) => qb.andWhere('c.urgent = :t', { t: true })),
      count((qb) => qb.andWhere('c.legalAid = :t', { t: true })),
      count((qb) => qb.andWhere("c.status = 'agreement'")),
    ]);
    return { submitted, dueSoon, overdue, urgent, legalAid, awaitingWorker };
  }
}

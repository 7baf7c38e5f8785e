import type { DataSource, EntityManager } from 'typeorm';
import { DUE_SOON_DAYS, OPEN_STATUSES, addDays, isTerminal, type WorkbenchCounts } from '@gig/shared';
import type { CaseEntity } from '../../entities';
import { addingUpsert, isSqlite } from '../../db/upsert';
import { monthRowOf, rangesUpTo } from '../stats/periods';

/**
 * The open cases each station handles, kept in `case_open_counts` with every filing and case
 * event in its transaction, so that the workbench reads a few dozen rows whatever the size of the
 * station's backlog. An open case counts in up to three rows:
 * - its total row: (station, status, urgent, legalAid, dueOn `TOTAL`), for the counts by status
 *   and flag;
 * - when a deadline runs, its due day's row (station, status `ANY`, 0, 0, dueOn = next due day)
 *   and that month's row (dueOn 'MYYYY-MM', services/stats/periods.ts), for due soon (a few day
 *   rows) and overdue (the month rows before this month and this month's day rows before today).
 * The rows are the cases' own columns grouped, and `rebuildOpenCounts` makes them again from the
 * cases (the migrations, and after bulk loads that write cases directly).
 */

type Counted = Pick<CaseEntity, 'stationId' | 'status' | 'urgent' | 'legalAid' | 'nextDue'>;
const openIn = `status IN (${OPEN_STATUSES.map(() => '?').join(', ')})`;
export const OPEN_COUNT_KEY = ['stationId', 'status', 'urgent', 'legalAid', 'dueOn'] as const;
/** The `dueOn` of a total row (sorts before every day and month). */
export const TOTAL = '*';
/** The `status` of a due day's or month's row (sorts before every status). */
export const ANY = '*';

/** The rows a case counts in (booleans as 0/1, which both drivers bind); none once it has ended. */
export function openCountKeys(c: Counted): (string | number)[][] {
  if (isTerminal(c.status)) return [];
  const station = c.stationId ?? '';
  const keys: (string | number)[][] = [[station, c.status, c.urgent ? 1 : 0, c.legalAid ? 1 : 0, TOTAL]];
  if (c.nextDue) keys.push([station, ANY, 0, 0, c.nextDue], [station, ANY, 0, 0, monthRowOf(c.nextDue)]);
  return keys;
}

/**
 * The rows some cases count in, each with its count (`n` per case: 1, or -1 for a case leaving its
 * rows, or the size of a group of like cases), in key order: the order every writer takes its rows in.
 */
export function openCountRows(cases: (Counted & { n: number })[]): { key: (string | number)[]; n: number }[] {
  const rows = new Map<string, { key: (string | number)[]; n: number }>();
  for (const c of cases)
    for (const key of openCountKeys(c)) {
      const id = key.join('\u0000');
      const row = rows.get(id) ?? { key, n: 0 };
      row.n += c.n;
      rows.set(id, row);
    }
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** The rows that change when a case goes from `before` (null: new) to `after`, in key order. */
export const openCountMoves = (before: Counted | null, after: Counted) =>
  openCountRows([...(before ? [{ ...before, n: -1 }] : []), { ...after, n: 1 }]).filter((r) => r.n !== 0);

/**
 * Moves a case from the rows it counted in (`before`; null when it is new) to those it counts in
 * now, inside the caller's transaction. Nothing is written when none changed. Rows are written
 * in key order, so two transactions never wait on each other's rows in opposite orders.
 */
export async function moveOpenCounts(em: EntityManager, before: Counted | null, after: Counted): Promise<void> {
  const changed = openCountMoves(before, after);
  if (changed.length)
    await em.query(
      addingUpsert(isSqlite(em), 'case_open_counts', OPEN_COUNT_KEY, ['n'], changed.length),
      changed.flatMap((r) => [...r.key, r.n]),
    );
}

/**
 * The counts made again from the cases themselves (in one transaction, if the caller gives one):
 * the open cases grouped by the columns the rows are keyed by, then spread over their rows by
 * `openCountKeys`, the rule every filing and event follows.
 */
export async function rebuildOpenCounts(q: Pick<EntityManager, 'query'>): Promise<void> {
  const groups: (Counted & { n: unknown })[] = await q.query(
    `SELECT stationId, status, urgent, legalAid, nextDue, COUNT(*) AS n FROM cases
     WHERE ${openIn} GROUP BY stationId, status, urgent, legalAid, nextDue`,
    [...OPEN_STATUSES],
  );
  const rows = openCountRows(
    groups.map((g) => ({ ...g, urgent: Number(g.urgent) === 1, legalAid: Number(g.legalAid) === 1, n: Number(g.n) })),
  );
  await q.query('DELETE FROM case_open_counts');
  const cols = [...OPEN_COUNT_KEY, 'n'];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await q.query(
      `INSERT INTO case_open_counts (${cols.join(', ')}) VALUES ${chunk.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`,
      chunk.flatMap((r) => [...r.key, r.n]),
    );
  }
}

/**
 * The workbench's counts of the cases one station handles (null: every case), from the kept rows
 * alone: each figure a sum over an index range of a few rows (the total rows of the station's
 * statuses; four due days for due soon; the month rows before this month and this month's days
 * before today for overdue), so that none grows with the backlog. Due soon is a next due date
 * from today to `DUE_SOON_DAYS` ahead, overdue one before today. `today` is China's date.
 */
export async function handledCounts(ds: DataSource, stationId: string | null, today: string): Promise<WorkbenchCounts> {
  const params: unknown[] = [];
  const sum = (cond: string, ...p: unknown[]) => {
    params.push(...(stationId === null ? [] : [stationId]), ...p);
    return `(SELECT COALESCE(SUM(n), 0) FROM case_open_counts WHERE ${stationId === null ? '' : 'stationId = ? AND '}${cond})`;
  };
  const total = (cond: string, ...p: unknown[]) => sum(`${cond} AND dueOn = ?`, ...p, TOTAL);
  const due = (lo: string, hi: string) =>
    sum('status = ? AND urgent = 0 AND legalAid = 0 AND dueOn >= ? AND dueOn <= ?', ANY, lo, hi);
  const [r]: Record<keyof WorkbenchCounts, unknown>[] = await ds.query(
    `SELECT ${total('status = ?', 'submitted')} AS submitted, ${total('status = ?', 'agreement')} AS awaitingWorker,
       ${total(`${openIn} AND urgent = 1`, ...OPEN_STATUSES)} AS urgent,
       ${total(`${openIn} AND legalAid = 1`, ...OPEN_STATUSES)} AS legalAid,
       ${due(today, addDays(today, DUE_SOON_DAYS))} AS dueSoon,
       ${rangesUpTo(addDays(today, -1))
         .map((range) => due(range.lo, range.hi))
         .join(' + ')} AS overdue`,
    params,
  );
  const n = (k: keyof WorkbenchCounts) => Number(r?.[k] ?? 0);
  return {
    submitted: n('submitted'),
    dueSoon: n('dueSoon'),
    overdue: n('overdue'),
    urgent: n('urgent'),
    legalAid: n('legalAid'),
    awaitingWorker: n('awaitingWorker'),
  };
}

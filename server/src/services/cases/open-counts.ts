import type { DataSource, EntityManager } from 'typeorm';
import { DUE_SOON_DAYS, OPEN_STATUSES, addDays, isTerminal, type CaseStatus, type WorkbenchCounts } from '@gig/shared';
import type { CaseEntity } from '../../entities';
import { addingUpsert, isSqlite } from '../../db/upsert';

/**
 * The open cases per handling station, status, flags and next due date (`case_open_counts`), kept
 * with every filing and case event in its transaction, so that the workbench's counts read a
 * station's rows (bounded by the days its deadlines fall on, not by its backlog) whatever its size. The rows are the cases' own columns grouped, and
 * `rebuildOpenCounts` makes them again from the cases (the migration, and after bulk loads that
 * write cases directly).
 */

type Counted = Pick<CaseEntity, 'stationId' | 'status' | 'urgent' | 'legalAid' | 'nextDue'>;
const COLUMNS = ['stationId', 'status', 'urgent', 'legalAid', 'dueOn'] as const;

/** The row a case counts in (booleans as 0/1, which both drivers bind), or null once it has ended. */
function keyOf(c: Counted): (string | number)[] | null {
  if (isTerminal(c.status as CaseStatus)) return null;
  return [c.stationId ?? '', c.status, c.urgent ? 1 : 0, c.legalAid ? 1 : 0, c.nextDue ?? ''];
}

/**
 * Moves a case from the row it counted in (`before`; null when it is new) to the one it counts in
 * now, inside the caller's transaction. Nothing is written when neither changed. Rows are written
 * in key order, so two transactions never wait on each other's rows in opposite orders.
 */
export async function moveOpenCounts(em: EntityManager, before: Counted | null, after: Counted): Promise<void> {
  const rows = new Map<string, { key: (string | number)[]; n: number }>();
  const add = (c: Counted | null, delta: number) => {
    const key = c && keyOf(c);
    if (!key) return;
    const id = key.join('\u0000');
    const row = rows.get(id) ?? { key, n: 0 };
    row.n += delta;
    rows.set(id, row);
  };
  add(before, -1);
  add(after, 1);
  const changed = [...rows]
    .filter(([, r]) => r.n !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, r]) => r);
  if (changed.length)
    await em.query(
      addingUpsert(isSqlite(em), 'case_open_counts', COLUMNS, ['n'], changed.length),
      changed.flatMap((r) => [...r.key, r.n]),
    );
}

/** The counts made again from the cases themselves (in one transaction, if the caller gives one). */
export async function rebuildOpenCounts(q: Pick<EntityManager, 'query'>): Promise<void> {
  const key = `COALESCE(stationId, ''), status, urgent, legalAid, COALESCE(nextDue, '')`;
  await q.query('DELETE FROM case_open_counts');
  await q.query(
    `INSERT INTO case_open_counts (stationId, status, urgent, legalAid, dueOn, n)
     SELECT ${key}, COUNT(*) FROM cases WHERE status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) GROUP BY ${key}`,
    [...OPEN_STATUSES],
  );
}

/**
 * The workbench's counts of the cases one station handles (null: every case), from the kept rows
 * alone, summed by the database in one pass over the station's rows (one per status, flags and
 * due day; a row per due day is cheap to sum, costly to send and hydrate): due soon is a next
 * due date from today to `DUE_SOON_DAYS` ahead, overdue one before today. `today` is China's date.
 */
export async function handledCounts(ds: DataSource, stationId: string | null, today: string): Promise<WorkbenchCounts> {
  const sum = (cond: string) => `SUM(CASE WHEN ${cond} THEN n ELSE 0 END)`;
  const [r]: Record<keyof WorkbenchCounts, unknown>[] = await ds.query(
    `SELECT ${sum("status = 'submitted'")} AS submitted, ${sum("status = 'agreement'")} AS awaitingWorker,
       ${sum('urgent = 1')} AS urgent, ${sum('legalAid = 1')} AS legalAid,
       ${sum("dueOn <> '' AND dueOn < ?")} AS overdue, ${sum('dueOn >= ? AND dueOn <= ?')} AS dueSoon
     FROM case_open_counts${stationId === null ? '' : ' WHERE stationId = ?'}`,
    [today, today, addDays(today, DUE_SOON_DAYS), ...(stationId === null ? [] : [stationId])],
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

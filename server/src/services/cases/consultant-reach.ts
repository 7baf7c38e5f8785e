import type { EntityManager } from 'typeorm';
import { OPEN_STATUSES, isTerminal } from '@gig/shared';
import type { CaseEntity } from '../../entities';

/**
 * The consultants' reach, kept: a row in `case_consultant_reach` per consultant of each open
 * urgent case (the relation reach.ts reads: a consultant reaches a case while it is flagged), with
 * the case's columns the workbench counts by. Every case event updates it in its transaction, and
 * `rebuildConsultantReach` makes it again from the cases (the migration, bulk loads).
 */

type Kept = Pick<
  CaseEntity,
  'id' | 'status' | 'nextDue' | 'urgent' | 'legalAid' | 'stationId' | 'outletId' | 'respondentOutletId' | 'lawyerId'
> & { consultants: string[] | null };

/** The columns of a row after its consultant, in the table's order (the cases' own names). */
export const CONSULTANT_REACH_COLUMNS = [
  'id',
  'status',
  'nextDue',
  'urgent',
  'legalAid',
  'stationId',
  'outletId',
  'respondentOutletId',
  'lawyerId',
] as const;

/** The rows a case has: one per consultant while it is urgent and open (booleans as 0/1). */
export function consultantReachRows(c: Kept): unknown[][] {
  if (!c.urgent || isTerminal(c.status)) return [];
  const values = CONSULTANT_REACH_COLUMNS.map((k) =>
    k === 'urgent' || k === 'legalAid' ? (c[k] ? 1 : 0) : (c[k] ?? null),
  );
  return [...new Set(c.consultants ?? [])].sort().map((staffUserId) => [staffUserId, ...values]);
}

async function insertRows(q: Pick<EntityManager, 'query'>, rows: unknown[][]): Promise<void> {
  const cols = ['staffUserId', ...CONSULTANT_REACH_COLUMNS];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await q.query(
      `INSERT INTO case_consultant_reach (${cols.join(', ')}) VALUES ${chunk.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`,
      chunk.flat(),
    );
  }
}

/**
 * Replaces a case's rows when an event changed them (`before` → `after`), inside the caller's
 * transaction. Nothing is written for a case that has none before or after (almost every case).
 */
export async function moveConsultantReach(em: EntityManager, before: Kept, after: Kept): Promise<void> {
  const [was, is] = [consultantReachRows(before), consultantReachRows(after)];
  if (JSON.stringify(was) === JSON.stringify(is)) return;
  if (was.length) await em.query('DELETE FROM case_consultant_reach WHERE id = ?', [before.id]);
  await insertRows(em, is);
}

/** The rows made again from the cases themselves (in one transaction, if the caller gives one). */
export async function rebuildConsultantReach(q: Pick<EntityManager, 'query'>): Promise<void> {
  const cases: (Omit<Kept, 'consultants'> & { consultants: string | null })[] = await q.query(
    `SELECT ${CONSULTANT_REACH_COLUMNS.join(', ')}, consultants FROM cases
     WHERE urgent = ? AND status IN (${OPEN_STATUSES.map(() => '?').join(', ')})`,
    [1, ...OPEN_STATUSES],
  );
  await q.query('DELETE FROM case_consultant_reach');
  const rows = cases.flatMap((c) =>
    consultantReachRows({
      ...c,
      urgent: Number(c.urgent) === 1,
      legalAid: Number(c.legalAid) === 1,
      consultants: c.consultants ? (JSON.parse(c.consultants) as string[]) : null,
    }),
  );
  await insertRows(q, rows);
}

import type { EntityManager } from 'typeorm';
import { CaseEntity } from '../../entities';
import { AppError } from '../../errors';
import type { Rows } from '../../db/rows';

/**
 * The per-worker limit on claims a day (CLAIMS_PER_WORKER_PER_DAY), checked inside the filing's
 * transaction: on MySQL/MariaDB the worker's row is locked first, so one worker's parallel filings
 * are counted one after another (SQLite runs write transactions one at a time anyway). A retry of
 * a claim already filed never gets here: it is answered from its Idempotency-Key. Plain prepared
 * statements (the index on workerId, createdAt answers the count).
 */
export async function checkDailyClaims(
  em: EntityManager,
  cases: Rows<CaseEntity>,
  workerId: string,
  today: string,
  limit: number,
) {
  if (em.connection.options.type !== 'better-sqlite3')
    await em.query('SELECT id FROM workers WHERE id = ? FOR UPDATE', [workerId]);
  const since = cases.param('createdAt', new Date(`${today}T00:00:00+08:00`));
  const filed = await cases.count('workerId = ? AND createdAt >= ?', [workerId, since], em);
  if (filed >= limit) throw new AppError('CLAIM_DAILY_LIMIT', { details: { limit } });
}

import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import { CaseEntity, WorkerEntity } from '../../entities';
import { AppError } from '../../errors';

/**
 * The per-worker limit on claims a day (CLAIMS_PER_WORKER_PER_DAY), checked inside the filing's
 * transaction: on MySQL/MariaDB the worker's row is locked first, so one worker's parallel filings
 * are counted one after another (SQLite runs write transactions one at a time anyway). A retry of
 * a claim already filed never gets here: it is answered from its Idempotency-Key.
 */
export async function checkDailyClaims(em: EntityManager, workerId: string, today: string, limit: number) {
  if (em.connection.options.type !== 'better-sqlite3')
    await em
      .getRepository(WorkerEntity)
      .createQueryBuilder('w')
      .setLock('pessimistic_write')
      .where('w.id = :id', { id: workerId })
      .getOne();
  const since = new Date(`${today}T00:00:00+08:00`);
  const filed = await em.getRepository(CaseEntity).countBy({ workerId, createdAt: MoreThanOrEqual(since) });
  if (filed >= limit) throw new AppError('CLAIM_DAILY_LIMIT', { details: { limit } });
}

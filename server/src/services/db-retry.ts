import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../errors';

/** How many times a write is tried in all, and the first wait between two tries. */
const ATTEMPTS = 6;
const BASE_DELAY_MS = 15;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Refusals that mean "run the transaction again": a deadlock (InnoDB's detector, and a Galera
 * certification conflict, which MariaDB reports as ER_LOCK_DEADLOCK), MySQL Group Replication's
 * certification failure (3101) and TiDB's write conflict (9007). Not a lock wait timeout: that
 * already waited innodb_lock_wait_timeout, and answers 503 with Retry-After (db/unavailable.ts).
 */
const RETRY_ERRNOS = new Set([1213, 3101, 9007]);
export function isWriteConflict(err: unknown): boolean {
  const e = err as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_LOCK_DEADLOCK' || RETRY_ERRNOS.has(Number(e?.driverError?.errno ?? e?.errno));
}

/**
 * Runs a write again when the database gave it up as a deadlock victim: InnoDB's deadlock
 * detector on one server, or a Galera certification conflict — on a cluster
 * two nodes may change the same row at once, and the one certified second is refused at commit
 * with ER_LOCK_DEADLOCK (MariaDB Galera) or a write conflict (TiDB's optimistic mode). `fn` must be
 * a whole transaction (or one autocommit statement): nothing of a refused attempt stays, so
 * running it again is safe, and what it read is read again. The waits grow and are jittered so
 * that the writers that collided do not collide again. When every try is refused the caller gets a
 * 503 with Retry-After, which a client retries like any other 503.
 */
export async function withWriteRetry<T>(fn: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!isWriteConflict(err)) throw err;
      if (i >= attempts)
        throw new AppError('SERVICE_UNAVAILABLE', {
          details: { reason: 'write_conflict' },
          headers: { 'retry-after': '1' },
        });
      await pause(BASE_DELAY_MS * 2 ** (i - 1) * (0.5 + Math.random()));
    }
  }
}

/** `ds.transaction(work)`, run again on a deadlock or certification conflict (see withWriteRetry). */
export function writeTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return withWriteRetry(() => ds.transaction(work));
}

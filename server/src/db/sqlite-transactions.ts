import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver runs everything on one connection and one query runner, so two
 * transactions started at once do not stay apart: the second becomes a savepoint inside the first,
 * the first's commit releases the second's savepoint, and a rollback of either undoes both (the
 * other request was told it succeeded). SQLite runs one write transaction at a time anyway, so
 * here they take turns: `transaction()` waits for the one before it (and for an implicit one, e.g.
 * a `save` outside a transaction, to end), and a transaction opened inside a running one (its
 * async context says so) is its savepoint as before. Not needed on MySQL/MariaDB (a pool).
 */
export function serializeSqliteTransactions(ds: DataSource): DataSource {
  const inside = new AsyncLocalStorage<true>();
  const manager = ds.manager as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const original = manager.transaction.bind(manager);
  let tail: Promise<unknown> = Promise.resolve();
  const runner = () => (ds.driver as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const idle = async () => {
    for (let i = 0; runner()?.isTransactionActive && i < 5000; i++) await new Promise((r) => setTimeout(r, 1));
  };
  manager.transaction = (...args: unknown[]) => {
    if (inside.getStore()) return original(...args);
    const turn = tail.then(() => inside.run(true, async () => (await idle(), original(...args))));
    tail = turn.catch(() => undefined);
    return turn;
  };
  return ds;
}

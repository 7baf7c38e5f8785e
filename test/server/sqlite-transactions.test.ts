import { createDataSource } from '@gig/server/db/data-source';

/**
 * The embedded SQLite runs every query on one connection (TypeORM's better-sqlite3 driver): two
 * transactions at once used to become one, so a failing request rolled back another's committed
 * writes and the other was answered an error. They now take turns; nesting still works.
 */
describe('SQLite transactions at once', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('a failing transaction does not undo another running at the same time', async () => {
    const ds = createDataSource('sqlite::memory:');
    await ds.initialize();
    await ds.query('CREATE TABLE t (v text)');
    const first = ds.transaction(async (em) => {
      await em.query("INSERT INTO t VALUES ('first')");
      await sleep(20);
    });
    const second = ds.transaction(async (em) => {
      await sleep(5);
      await em.query("INSERT INTO t VALUES ('second')");
      await sleep(30);
      throw new Error('the second request fails');
    });
    const third = ds.transaction(async (em) => {
      await em.query("INSERT INTO t VALUES ('third')");
      // A transaction inside a transaction is its savepoint: its failure undoes only itself.
      await em
        .transaction(async (inner) => {
          await inner.query("INSERT INTO t VALUES ('inner')");
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    const results = await Promise.allSettled([first, second, third]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await ds.query('SELECT v FROM t ORDER BY v')).map((r: { v: string }) => r.v)).toEqual(['first', 'third']);
    await ds.destroy();
  });
});

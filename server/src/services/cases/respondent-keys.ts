import type { DataSource, EntityManager } from 'typeorm';
import { RespondentKeyEntity } from '../../entities';

/**
 * The distinct respondent keys (`respondent_keys`, one row per distinct `cases.respondentKey`):
 * written with the case, in its transaction, and scanned by the queue's respondent search, so a
 * fragment anywhere in a name costs a pass over the city's employers, not over its cases.
 */

/**
 * Records a case's respondent key (from shared `respondentKey`) if it is new; call it with the
 * transaction's manager wherever a case's `respondentKey` is written. A known key costs one
 * statement and changes nothing; on MariaDB the duplicate takes only a shared lock, so filings
 * against one employer do not queue on its row. The first sighting's time is the column default.
 */
export async function recordRespondentKey(em: EntityManager, key: string): Promise<void> {
  if (!key || known(em.connection).has(key)) return;
  await em.query(
    em.connection.options.type === 'better-sqlite3'
      ? 'INSERT INTO "respondent_keys" ("respondentKey") VALUES (?) ON CONFLICT ("respondentKey") DO NOTHING'
      : 'INSERT IGNORE INTO `respondent_keys` (`respondentKey`) VALUES (?)',
    [key],
  );
}

/**
 * Keys this process has seen committed (rows are never deleted): most claims name an employer
 * already on file, and their filing then skips the statement. Bounded; forgetting costs a statement.
 */
const recorded = new WeakMap<DataSource, Set<string>>();
const known = (ds: DataSource) => {
  let keys = recorded.get(ds);
  if (!keys) recorded.set(ds, (keys = new Set()));
  return keys;
};

/** Call once the transaction that recorded `key` through `ds` has committed. */
export function rememberRespondentKey(ds: DataSource, key: string): void {
  const keys = known(ds);
  if (keys.size >= 20_000) keys.clear();
  if (key) keys.add(key);
}

/** `value` as a LIKE pattern for itself, escaped with '!' (the same in SQLite and MariaDB literals). */
export const likeEscaped = (value: string) => value.replace(/[!%_]/g, (ch) => `!${ch}`);

/**
 * Up to `limit` distinct respondent keys containing `fragment` (already folded by `respondentKey`),
 * in key order; `%`, `_` and `!` in it are literal. One pass over the primary key that stops at
 * `limit` matches.
 */
export async function keysContaining(ds: DataSource, fragment: string, limit: number): Promise<string[]> {
  const rows = await ds
    .getRepository(RespondentKeyEntity)
    .createQueryBuilder('rk')
    .select('rk.respondentKey', 'k')
    .where("rk.respondentKey LIKE :like ESCAPE '!'", { like: `%${likeEscaped(fragment)}%` })
    .orderBy('rk.respondentKey', 'ASC')
    .limit(limit)
    .getRawMany<{ k: string }>();
  return rows.map((r) => r.k);
}

import type { DataSource, EntityManager } from 'typeorm';

export const isSqlite = (q: DataSource | EntityManager): boolean =>
  ('connection' in q ? q.connection : q).options.type === 'better-sqlite3';

/**
 * `INSERT INTO table (keys…, adds…) VALUES (…), … ` for `rows` rows, where a row whose `keys` are
 * already there gets the new values added to its `adds` columns (counters, kept in the caller's
 * transaction): SQLite's ON CONFLICT … DO UPDATE, MySQL's and MariaDB's ON DUPLICATE KEY UPDATE.
 */
export function addingUpsert(
  sqlite: boolean,
  table: string,
  keys: readonly string[],
  adds: readonly string[],
  rows: number,
): string {
  const q = (c: string) => (sqlite ? `"${c}"` : `\`${c}\``);
  const cols = [...keys, ...adds];
  const values = Array.from({ length: rows }, () => `(${cols.map(() => '?').join(', ')})`).join(', ');
  const add = (c: string) => (sqlite ? `${q(c)} = ${q(c)} + excluded.${q(c)}` : `${q(c)} = ${q(c)} + VALUES(${q(c)})`);
  const onKey = sqlite ? `ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET` : 'ON DUPLICATE KEY UPDATE';
  return `INSERT INTO ${table} (${cols.map(q).join(', ')}) VALUES ${values} ${onKey} ${adds.map(add).join(', ')}`;
}

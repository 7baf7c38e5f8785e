import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { serializeSqliteTransactions } from './sqlite-transactions';
import { ENTITIES } from '../entities';
import { MYSQL_MIGRATIONS } from '../migrations/mysql';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import { resolveFromRoot } from '../config';

export type Dialect = 'sqlite' | 'mysql' | 'mariadb';

export interface DatabaseTarget {
  dialect: Dialect;
  /** File path or `:memory:` for SQLite; the URL for MySQL and MariaDB. */
  location: string;
}

/**
 * `sqlite:<file>` (relative to the project root) or `sqlite::memory:`; `mysql://…` for MySQL 8;
 * `mariadb://…` for MariaDB (TypeORM's mariadb driver keeps JSON columns as JSON, see toolchain.md).
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new Error('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:data/app.sqlite');
    return { dialect: 'sqlite', location: file === ':memory:' ? file : resolveFromRoot(file) };
  }
  const m = /^(mysql|mariadb):\/\//.exec(url);
  if (!m) throw new Error('DATABASE_URL must start with sqlite:, mysql:// or mariadb://');
  return { dialect: m[1] as Dialect, location: url };
}

export function dataSourceOptions(target: DatabaseTarget, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  if (target.dialect === 'sqlite') {
    if (target.location !== ':memory:') fs.mkdirSync(path.dirname(target.location), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: target.location,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      // WAL lets readers run while a write is in progress; busy_timeout waits instead of failing.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
      ...extra,
    } as DataSourceOptions;
  }
  return {
    type: target.dialect,
    url: target.location,
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    ...extra,
  } as DataSourceOptions;
}

export function createDataSource(url: string, extra: Partial<DataSourceOptions> = {}): DataSource {
  const target = parseDatabaseUrl(url);
  const ds = new DataSource(dataSourceOptions(target, extra));
  return target.dialect === 'sqlite' ? serializeSqliteTransactions(ds) : ds;
}

/** SQL statements that would bring the schema in line with the entities; empty when in step. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

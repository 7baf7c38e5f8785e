import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Plain, prepared SQL for the hot paths (reading a case, filing one), through TypeORM's own query
 * runner and with TypeORM's own value conversions, but without its query builder: the SELECT and
 * INSERT text is made once per entity, and rows are hydrated column by column the way TypeORM's
 * result transformer does it (`driver.prepareHydratedValue`, `column.setEntityValue`), so an
 * entity read here is the same object a repository would give. Relations are not loaded.
 *
 * Where clauses name database columns (this project's are the property names) with `?` for each
 * parameter: better-sqlite3 and mysql2 both take positional `?`.
 */
export class Rows<T extends ObjectLiteral> {
  private readonly meta: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  private readonly selectSql: string;
  private readonly insertSql: string;

  constructor(
    private readonly ds: DataSource,
    target: EntityTarget<T>,
  ) {
    this.meta = ds.getMetadata(target);
    // A relation's join column that is also a declared column (stationId) is one column here.
    this.columns = this.meta.columns.filter((c) => !c.isVirtual);
    const q = (name: string) => ds.driver.escape(name);
    const names = this.columns.map((c) => q(c.databaseName));
    this.selectSql = `SELECT ${names.join(', ')} FROM ${q(this.meta.tableName)}`;
    this.insertSql = `INSERT INTO ${q(this.meta.tableName)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  }

  /** Rows matching `where` (e.g. `caseId = ? ORDER BY seq`), hydrated as entities. */
  async where(where: string, params: unknown[], em?: EntityManager): Promise<T[]> {
    const raw = (await (em ?? this.ds).query(`${this.selectSql} WHERE ${where}`, params)) as ObjectLiteral[];
    return raw.map((r) => this.hydrate(r));
  }

  async one(where: string, params: unknown[], em?: EntityManager): Promise<T | null> {
    return (await this.where(`${where} LIMIT 1`, params, em))[0] ?? null;
  }

  /** A value as this column stores it, for a where clause's parameter (a Date becomes SQLite's text). */
  param(property: keyof T & string, value: unknown): unknown {
    const column = this.meta.findColumnWithPropertyName(property);
    if (!column) throw new Error(`Rows(${this.meta.tableName}): no column ${property}`);
    return this.ds.driver.preparePersistentValue(value, column);
  }

  /** Whether a row matches `where`: one prepared `SELECT 1 … LIMIT 1`. */
  async exists(where: string, params: unknown[], em?: EntityManager): Promise<boolean> {
    const q = (name: string) => this.ds.driver.escape(name);
    const raw = (await (em ?? this.ds).query(
      `SELECT 1 AS x FROM ${q(this.meta.tableName)} WHERE ${where} LIMIT 1`,
      params,
    )) as unknown[];
    return raw.length > 0;
  }

  /** COUNT(*) of the rows matching `where`. */
  async count(where: string, params: unknown[], em?: EntityManager): Promise<number> {
    const q = (name: string) => this.ds.driver.escape(name);
    const raw = (await (em ?? this.ds).query(
      `SELECT COUNT(*) AS n FROM ${q(this.meta.tableName)} WHERE ${where}`,
      params,
    )) as {
      n: number | string;
    }[];
    return Number(raw[0]?.n ?? 0);
  }

  hydrate(raw: ObjectLiteral): T {
    const entity = this.meta.create(undefined, { fromDeserializer: true }) as T;
    for (const c of this.columns) {
      const value = raw[c.databaseName];
      if (value !== undefined) c.setEntityValue(entity, this.ds.driver.prepareHydratedValue(value, c));
    }
    return entity;
  }

  /**
   * Inserts an entity in one statement, nothing re-read afterwards: so the caller sets what the
   * database would otherwise make (id, version, created/updated times). A column left unset takes
   * its declared plain default, or null where it may be null, on the row and on the entity alike.
   */
  async insert(em: EntityManager, entity: T): Promise<void> {
    const values = this.columns.map((c) => {
      let v: unknown = c.getEntityValue(entity);
      if (v === undefined) {
        const fallback = c.default;
        if (fallback !== undefined && typeof fallback !== 'function') v = fallback;
        else if (c.isNullable) v = null;
        else throw new Error(`Rows.insert(${this.meta.tableName}): ${c.propertyName} is not set`);
        c.setEntityValue(entity, v);
      }
      return this.ds.driver.preparePersistentValue(v, c);
    });
    await em.query(this.insertSql, values);
  }
}

import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../db-errors';

/** A case number, whole (`LD2026-000123`), and the start of one as a clerk types it (`LD2026-0001`). */
export const CASE_NUMBER = /^LD\d{4}-\d{6}$/;
export const CASE_NUMBER_START = /^L(D(\d{1,4}(-\d{0,6})?)?)?$/;

/**
 * LD<year>-<6 digits>, unique and gap-free per year: the year's counter row is incremented under
 * its row lock, in the filing's transaction, so a number is used exactly when its case is
 * committed; the increment also answers the new value (one statement: RETURNING on SQLite,
 * LAST_INSERT_ID(expr) on MySQL/MariaDB, which the server reports with the update). On a Galera
 * cluster two nodes may increment at once; certification refuses the second at commit and the
 * filing's withWriteRetry files it again with the next number.
 */
export async function nextCaseNumber(em: EntityManager, year: number): Promise<string> {
  let last = await increment(em, year);
  if (last === null) {
    // The year's first case; a concurrent filing may create the row first, which is fine. Only
    // that: a deadlock here has rolled the whole transaction back, and must reach the retry.
    await em.query('INSERT INTO case_counters (year, last) VALUES (?, 0)', [year]).catch((err: unknown) => {
      if (!isUniqueViolation(err)) throw err;
    });
    last = await increment(em, year);
    if (last === null) throw new Error(`case_counters: no row for ${year}`);
  }
  return `LD${year}-${String(last).padStart(6, '0')}`;
}

async function increment(em: EntityManager, year: number): Promise<number | null> {
  if (em.connection.options.type === 'better-sqlite3') {
    const rows = (await em.query('UPDATE case_counters SET last = last + 1 WHERE year = ? RETURNING last', [year])) as {
      last: number;
    }[];
    return rows.length ? Number(rows[0]!.last) : null;
  }
  const r = (await em.query('UPDATE case_counters SET last = LAST_INSERT_ID(last + 1) WHERE year = ?', [year])) as {
    affectedRows: number;
    insertId: number;
  };
  return r.affectedRows ? Number(r.insertId) : null;
}

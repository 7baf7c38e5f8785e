import { In, type EntityManager } from 'typeorm';
import { assignGroup, type GroupStore } from '@gig/shared';
import { EarlyWarningEntity, RespondentAliasEntity } from '../../entities';

/** The shared `assignGroup`'s store in a filing's transaction: two indexed reads, and a merge's few statements. */
export function databaseGroups(em: EntityManager): GroupStore {
  const sqlite = em.connection.options.type === 'better-sqlite3';
  const q = (id: string) => (sqlite ? `"${id}"` : `\`${id}\``);
  return {
    async aliasOf(nameKey) {
      // Every filing asks: one prepared statement on the primary key, no query builder.
      const sql = `SELECT ${q('respondentGroup')} AS g FROM ${q('respondent_aliases')} WHERE ${q('nameKey')} = ?`;
      return ((await em.query(sql, [nameKey])) as { g: string }[])[0]?.g;
    },
    async groupOfCode(code) {
      const sql = `SELECT ${q('respondentGroup')} AS g FROM ${q('cases')} WHERE ${q('respondentCreditCode')} = ? AND ${q('respondentGroup')} <> '' LIMIT 1`;
      return ((await em.query(sql, [code])) as { g: string }[])[0]?.g;
    },
    async merge(from, to, nameKey) {
      await dropDuplicateWarnings(em, from, to);
      // Plain statements: a re-key is not a change to the case (no version, no updatedAt).
      for (const table of ['cases', 'respondent_aliases', 'staff_notices', 'early_warnings'])
        await em.query(`UPDATE ${q(table)} SET ${q('respondentGroup')} = ? WHERE ${q('respondentGroup')} = ?`, [
          to,
          from,
        ]);
      await em.upsert(RespondentAliasEntity, { nameKey, respondentGroup: to }, ['nameKey']);
    },
  };
}

/**
 * Before `from`'s early warnings become `to`'s: where both were warned in the same window
 * (uq_early_warnings_window), the one raised first stays (on a tie `to`'s) with the figures it was
 * raised and texted with, and the other goes: the supervisors were told of this respondent in
 * that window once already, and the sweep counts the merged claims anew. Their inbox notices both
 * stay (already delivered, re-keyed with the rest). If the one going was texted and the one
 * staying not yet, the one staying counts as texted, so no one is texted twice for the window.
 * (A sweep raising `to`'s warning between this read and the re-key fails the filing on the unique
 * index; the worker's retry with the same Idempotency-Key files it.)
 */
async function dropDuplicateWarnings(em: EntityManager, from: string, to: string) {
  const rows = await em.find(EarlyWarningEntity, {
    select: { id: true, respondentGroup: true, windowStart: true, raisedAt: true, notifiedAt: true },
    where: { respondentGroup: In([from, to]) },
  });
  const moved = rows.filter((w) => w.respondentGroup === from);
  for (const m of moved) {
    const there = rows.find((w) => w.respondentGroup === to && w.windowStart === m.windowStart);
    if (!there) continue;
    const [keep, drop] = m.raisedAt.getTime() < there.raisedAt.getTime() ? [m, there] : [there, m];
    // Through the entity manager: it writes the timestamp as each dialect stores it.
    await em.delete(EarlyWarningEntity, { id: drop.id });
    if (drop.notifiedAt && !keep.notifiedAt)
      await em.update(EarlyWarningEntity, { id: keep.id }, { notifiedAt: drop.notifiedAt });
  }
}

/** The key for a claim being filed, in its transaction (`em`). */
export const respondentGroupFor = (em: EntityManager, name: string, creditCode: string | null) =>
  assignGroup(databaseGroups(em), name, creditCode);

import type { EntityManager } from 'typeorm';
import { assignGroup, type GroupStore } from '@gig/shared';
import { CaseEntity, RespondentAliasEntity } from '../../entities';

/** The shared `assignGroup`'s store in a filing's transaction: two indexed reads, and a merge's few statements. */
export function databaseGroups(em: EntityManager): GroupStore {
  const sqlite = em.connection.options.type === 'better-sqlite3';
  const q = (id: string) => (sqlite ? `"${id}"` : `\`${id}\``);
  return {
    async aliasOf(nameKey) {
      return (await em.findOne(RespondentAliasEntity, { where: { nameKey } }))?.respondentGroup;
    },
    async groupOfCode(code) {
      const row = await em
        .getRepository(CaseEntity)
        .createQueryBuilder('c')
        .select('c.respondentGroup', 'g')
        .where("c.respondentCreditCode = :code AND c.respondentGroup <> ''", { code })
        .limit(1)
        .getRawOne<{ g: string }>();
      return row?.g;
    },
    async merge(from, to, nameKey) {
      // Plain statements: a re-key is not a change to the case (no version, no updatedAt).
      for (const table of ['cases', 'respondent_aliases', 'staff_notices'])
        await em.query(`UPDATE ${q(table)} SET ${q('respondentGroup')} = ? WHERE ${q('respondentGroup')} = ?`, [
          to,
          from,
        ]);
      await em.upsert(RespondentAliasEntity, { nameKey, respondentGroup: to }, ['nameKey']);
    },
  };
}

/** The key for a claim being filed, in its transaction (`em`). */
export const respondentGroupFor = (em: EntityManager, name: string, creditCode: string | null) =>
  assignGroup(databaseGroups(em), name, creditCode);

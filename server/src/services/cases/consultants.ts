import type { EntityManager } from 'typeorm';
import { CaseConsultantEntity, type CaseEntity } from '../../entities';

type Consulted = Pick<CaseEntity, 'id' | 'urgent' | 'consultants'>;

/** Who a case is open to as a consultant: its list, while it is urgent (the reach's own rule). */
const consultantsOf = (c: Consulted | null): Set<string> => new Set(c?.urgent ? (c.consultants ?? []) : []);

/**
 * Keeps `case_consultants` equal to the case's consultants (`before`: the case as it was, null
 * when it is new), inside the caller's transaction; nothing is written when the list did not change.
 */
export async function moveConsultants(em: EntityManager, before: Consulted | null, after: Consulted): Promise<void> {
  const was = consultantsOf(before);
  const now = consultantsOf(after);
  const gone = [...was].filter((id) => !now.has(id)).sort();
  const added = [...now].filter((id) => !was.has(id)).sort();
  for (const consultantId of gone) await em.delete(CaseConsultantEntity, { consultantId, caseId: after.id });
  if (added.length)
    await em.insert(
      CaseConsultantEntity,
      added.map((consultantId) => ({ consultantId, caseId: after.id })),
    );
}

/** The rows made again from the cases themselves (the migration, and after bulk loads that write cases directly). */
export async function rebuildConsultants(q: Pick<EntityManager, 'query'>): Promise<void> {
  await q.query('DELETE FROM case_consultants');
  const rows = (await q.query('SELECT id, consultants FROM cases WHERE urgent = 1 AND consultants IS NOT NULL')) as {
    id: string;
    consultants: string | string[] | null;
  }[];
  const pairs = rows.flatMap((r) => {
    const ids = typeof r.consultants === 'string' ? (JSON.parse(r.consultants) as string[] | null) : r.consultants;
    return [...new Set(ids ?? [])].map((consultantId) => [consultantId, r.id]);
  });
  for (let i = 0; i < pairs.length; i += 500) {
    const part = pairs.slice(i, i + 500);
    await q.query(
      `INSERT INTO case_consultants (consultantId, caseId) VALUES ${part.map(() => '(?, ?)').join(', ')}`,
      part.flat(),
    );
  }
}

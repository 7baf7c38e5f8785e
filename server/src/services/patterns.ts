import type { DataSource } from 'typeorm';
import type { Principal, RelatedCases } from '@gig/shared';
import { CaseEntity } from '../entities';
import type { CaseService } from './cases';

/**
 * Patterns across cases (product.md step 8): claims against the same employer are linked, within
 * what the staff member may see. The early warning on clusters is services/warnings.
 */
export class PatternService {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseService,
  ) {}

  /**
   * Other cases against the same respondent (cases.respondentGroup: one respondent across
   * spellings, outlets and branches, or its credit code), newest first.
   */
  async related(p: Principal, caseId: string, limit = 50): Promise<RelatedCases> {
    const { c } = await this.cases.reach.load(p, caseId);
    // A case without a key (never, after the RespondentGroups backfill) links by its credit code only.
    const respondentKey = c.respondentGroup || null;
    if (!c.respondentGroup && !c.respondentCreditCode) return { items: [], respondentKey };
    const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').where('c.id <> :id', { id: c.id });
    if (c.respondentGroup) qb.andWhere('c.respondentGroup = :group', { group: c.respondentGroup });
    else qb.andWhere('c.respondentCreditCode = :code', { code: c.respondentCreditCode });
    if (!(await this.cases.reach.narrow(qb, p))) return { items: [], respondentKey };
    const rows = await this.cases.reach.withStations(
      await qb.orderBy('c.receivedAt', 'DESC').addOrderBy('c.number', 'DESC').limit(limit).getMany(),
    );
    return { items: rows.map((r) => this.cases.views.summary(r)), respondentKey };
  }
}

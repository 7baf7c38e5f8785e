import { MoreThanOrEqual, type DataSource } from 'typeorm';
import type { CaseSummary, Principal } from '@gig/shared';
import { CaseEntity } from '../entities';
import type { CaseService } from './cases';

export interface WarningRules {
  days: number;
  minCases: number;
}

/**
 * Patterns across cases (product.md step 8): claims against the same employer are linked, and a
 * cluster in a short time is an early warning, before it becomes a mass incident. Both stay
 * within what the staff member may see.
 */
export class PatternService {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseService,
    private readonly rules: WarningRules,
  ) {}

  /** Other cases against the same respondent (same folded name or same credit code), newest first. */
  async related(p: Principal, caseId: string, limit = 50): Promise<CaseSummary[]> {
    const { c } = await this.cases.reach.load(p, caseId);
    // Cases filed before respondent keys existed have none: an empty key links nothing.
    if (!c.respondentKey && !c.respondentCreditCode) return [];
    const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').where('c.id <> :id', { id: c.id });
    const same = [
      c.respondentKey ? 'c.respondentKey = :key' : null,
      c.respondentCreditCode ? 'c.respondentCreditCode = :code' : null,
    ];
    qb.andWhere(`(${same.filter(Boolean).join(' OR ')})`, { key: c.respondentKey, code: c.respondentCreditCode });
    if (!(await this.cases.reach.narrow(qb, p))) return [];
    const rows = await this.cases.reach.withStations(await qb.orderBy('c.number', 'DESC').limit(limit).getMany());
    return rows.map((r) => this.cases.views.summary(r));
  }

  /**
   * Respondents with at least `minCases` claims received in the last `days` days, most first, each
   * with its cases: the early warning for the government station and the supervisors.
   */
  async warnings(p: Principal, q: Partial<WarningRules> = {}, now = new Date()) {
    const days = q.days ?? this.rules.days;
    const minCases = q.minCases ?? this.rules.minCases;
    const since = new Date(now.getTime() - days * 86400_000);
    const qb = this.ds
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where({ receivedAt: MoreThanOrEqual(since) })
      .andWhere("c.respondentKey <> ''");
    if (!(await this.cases.reach.narrow(qb, p))) return { days, minCases, items: [] };
    // At most a few thousand claims a month in a city: grouping in memory keeps the SQL portable.
    const rows = await this.cases.reach.withStations(await qb.orderBy('c.receivedAt', 'DESC').getMany());
    const groups = new Map<string, CaseEntity[]>();
    for (const r of rows) groups.set(r.respondentKey, [...(groups.get(r.respondentKey) ?? []), r]);
    const items = [...groups.values()]
      .filter((g) => g.length >= minCases)
      .map((g) => ({
        respondentName: g[0]!.respondentName,
        creditCode: g.find((c) => c.respondentCreditCode)?.respondentCreditCode ?? null,
        count: g.length,
        workers: new Set(g.map((c) => c.workerId)).size,
        totalFen: g.reduce((s, c) => s + c.totalFen, 0),
        stations: [...new Set(g.map((c) => c.station?.code).filter((x): x is string => Boolean(x)))],
        firstAt: g[g.length - 1]!.receivedAt.toISOString(),
        lastAt: g[0]!.receivedAt.toISOString(),
        cases: g.map((c) => this.cases.views.summary(c)),
      }))
      .sort((a, b) => b.count - a.count || b.totalFen - a.totalFen);
    return { days, minCases, items };
  }
}

import { In, MoreThanOrEqual, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { WARNING_CASES, type Principal, type WarningList } from '@gig/shared';
import { CaseEntity, EarlyWarningEntity } from '../../entities';
import type { CaseService } from '../cases';

export interface WarningRules {
  days: number;
  minCases: number;
}

/** A respondent over the threshold in the window, as the aggregate gives it. */
export interface Cluster {
  group: string;
  workers: number;
  claims: number;
  totalFen: number;
  firstAt: Date;
}

/** A raw DATETIME: mysql2 gives a Date, better-sqlite3 the text TypeORM wrote ('YYYY-MM-DD HH:MM:SS.ffffff', UTC). */
export const rawTime = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));

const num = (v: number | string | null) => Number(v ?? 0);

/** What a case summary (views.summary) and the lists here read: not the whole row (half the time of a list). */
export const SUMMARY_COLUMNS = [
  'c.id',
  'c.number',
  'c.status',
  'c.stationId',
  'c.claim',
  'c.totalFen',
  'c.urgent',
  'c.legalAid',
  'c.createdAt',
  'c.updatedAt',
  'c.respondentName',
  'c.respondentCreditCode',
  'c.receivedAt',
];

/**
 * Respondents with claims from at least `minCases` different workers received since `since`
 * (a worker's repeat claims count once), most workers first, at most `limit`: one GROUP BY over
 * the window. For a citywide user it reads only ix_cases_received_group (receivedAt,
 * respondentGroup, workerId, totalFen), so its cost is the window's claims, never the whole table;
 * for others the queue's reach narrows it (`narrow` = false: they may read no case).
 */
export async function clustersSince(
  ds: DataSource,
  narrow: (qb: SelectQueryBuilder<CaseEntity>) => Promise<boolean>,
  since: Date,
  minCases: number,
  limit: number,
): Promise<Cluster[]> {
  const qb = ds
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select('c.respondentGroup', 'g')
    .addSelect('COUNT(DISTINCT c.workerId)', 'workers')
    .addSelect('COUNT(*)', 'claims')
    .addSelect('SUM(c.totalFen)', 'fen')
    .addSelect('MIN(c.receivedAt)', 'firstAt')
    .where('c.receivedAt >= :since', { since })
    .andWhere("c.respondentGroup <> ''");
  if (!(await narrow(qb))) return [];
  // `+` keeps SQLite (without ANALYZE statistics) from walking ix_cases_group_received end to end
  // to save the sort, instead of reading the window's range of ix_cases_received_group.
  const rows = await qb
    .groupBy('+c.respondentGroup')
    .having('COUNT(DISTINCT c.workerId) >= :minCases', { minCases })
    .orderBy('workers', 'DESC')
    .addOrderBy('claims', 'DESC')
    .addOrderBy('fen', 'DESC')
    .addOrderBy('g', 'ASC')
    .limit(limit)
    .getRawMany<{
      g: string;
      workers: number | string;
      claims: number | string;
      fen: number | string | null;
      firstAt: Date | string;
    }>();
  return rows.map((r) => ({
    group: r.g,
    workers: num(r.workers),
    claims: num(r.claims),
    totalFen: num(r.fen),
    firstAt: rawTime(r.firstAt),
  }));
}

/**
 * The early-warning listing for a staff member: the clusters within their reach, each with its
 * latest WARNING_CASES cases (one indexed read each, on ix_cases_group_received), the stations
 * handling its claims in the window, and whether the supervisors were told in this window.
 */
export async function listWarnings(
  ds: DataSource,
  cases: CaseService,
  p: Principal,
  rules: WarningRules & { limit: number },
  now: Date,
  stationCode: (id: string) => Promise<string | null>,
): Promise<WarningList> {
  const { days, minCases, limit } = rules;
  const since = new Date(now.getTime() - days * 86400_000);
  const narrow = (qb: SelectQueryBuilder<CaseEntity>) => cases.reach.narrow(qb, p);
  const found = await clustersSince(ds, narrow, since, minCases, limit + 1);
  const page = found.slice(0, limit);
  if (!page.length) return { days, minCases, more: false, items: [] };
  const groups = page.map((c) => c.group);
  const [latest, stations, raised] = await Promise.all([
    Promise.all(page.map((c) => latestCases(ds, narrow, c.group, since, WARNING_CASES))),
    stationsOf(ds, narrow, groups, since),
    ds.getRepository(EarlyWarningEntity).find({
      where: { respondentGroup: In(groups), raisedAt: MoreThanOrEqual(since) },
      order: { raisedAt: 'DESC' },
    }),
  ]);
  const items = await Promise.all(
    page.map(async (c, i) => {
      const rows = await cases.reach.withStations(latest[i]!);
      const warning = raised.find((w) => w.respondentGroup === c.group);
      const codes = [...new Set((stations.get(c.group) ?? []).map((id) => stationCode(id)))];
      return {
        respondentKey: c.group,
        respondentName: rows[0]?.respondentName ?? c.group,
        creditCode: rows.find((r) => r.respondentCreditCode)?.respondentCreditCode ?? null,
        count: c.claims,
        workers: c.workers,
        totalFen: c.totalFen,
        stations: (await Promise.all(codes)).filter((x): x is string => Boolean(x)).sort(),
        firstAt: c.firstAt.toISOString(),
        lastAt: (rows[0]?.receivedAt ?? c.firstAt).toISOString(),
        raisedAt: warning?.raisedAt.toISOString() ?? null,
        notifiedAt: warning?.notifiedAt?.toISOString() ?? null,
        cases: rows.map((r) => cases.views.summary(r)),
      };
    }),
  );
  return { days, minCases, more: found.length > limit, items };
}

/** A respondent's latest cases received since `since` within reach, newest first. */
async function latestCases(
  ds: DataSource,
  narrow: (qb: SelectQueryBuilder<CaseEntity>) => Promise<boolean>,
  group: string,
  since: Date,
  take: number,
): Promise<CaseEntity[]> {
  const qb = ds
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select(SUMMARY_COLUMNS)
    .where('c.respondentGroup = :group AND c.receivedAt >= :since', { group, since });
  if (!(await narrow(qb))) return [];
  // In the index's order (a tie-break by number would sort the respondent's whole window).
  return qb.orderBy('c.receivedAt', 'DESC').limit(take).getMany();
}

/** The stations handling each respondent's claims in the window (ids), from ix_cases_group_received. */
async function stationsOf(
  ds: DataSource,
  narrow: (qb: SelectQueryBuilder<CaseEntity>) => Promise<boolean>,
  groups: string[],
  since: Date,
): Promise<Map<string, string[]>> {
  const qb = ds
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select('c.respondentGroup', 'g')
    .addSelect('c.stationId', 's')
    .where('c.respondentGroup IN (:...groups) AND c.receivedAt >= :since', { groups, since })
    .andWhere('c.stationId IS NOT NULL');
  const out = new Map<string, string[]>();
  if (!(await narrow(qb))) return out;
  for (const r of await qb
    .groupBy('c.respondentGroup')
    .addGroupBy('c.stationId')
    .getRawMany<{ g: string; s: string }>())
    out.set(r.g, [...(out.get(r.g) ?? []), r.s]);
  return out;
}

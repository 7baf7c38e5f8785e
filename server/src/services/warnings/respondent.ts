import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { CASE_STATUSES, type CaseStatus, type Principal, type RespondentQuery, type RespondentView } from '@gig/shared';
import { AppError } from '../../errors';
import { CaseEntity, CaseEventEntity, EarlyWarningEntity } from '../../entities';
import type { CaseService } from '../cases';
import { SUMMARY_COLUMNS } from './list';

/** Ended: nothing more happens unless someone reopens it. */
const ENDED: readonly CaseStatus[] = ['closed', 'withdrawn', 'rejected'];

const num = (v: number | string | null | undefined) => Number(v ?? 0);

/** The agreed total of a stored agreement (simple-json: text on SQLite, text or parsed on MariaDB), once in force. */
function agreedOf(raw: unknown): number | null {
  const a = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    totalFen?: number;
    effectiveOn?: string | null;
  } | null;
  return a && a.effectiveOn ? num(a.totalFen) : null;
}

/**
 * One respondent (cases.respondentGroup) for a staff member: every claim against it within their
 * reach, newest first and paged (ix_cases_group_received), with what they came to. Agreed is the
 * agreements in force; paid the agreed amount of those performed (staff recorded performance or
 * the worker confirmed receipt: an event into `performed`), as the statistics count it; a default
 * is an agreement reported or recorded as not performed (an event into `defaulted`), even if it
 * was paid later. A respondent with no claim the user may see is 404.
 */
export async function respondentPage(
  ds: DataSource,
  cases: CaseService,
  p: Principal,
  key: string,
  q: RespondentQuery,
): Promise<RespondentView> {
  const base = async (qb: SelectQueryBuilder<CaseEntity>) => {
    qb.where('c.respondentGroup = :key', { key });
    return cases.reach.narrow(qb, p);
  };
  const repo = ds.getRepository(CaseEntity);
  const byStatus = repo
    .createQueryBuilder('c')
    .select('c.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(c.totalFen)', 'fen');
  if (!(await base(byStatus))) throw new AppError('NOT_FOUND');
  const statusRows = await byStatus.groupBy('c.status').getRawMany<{ status: CaseStatus; n: string; fen: string }>();
  const claims = statusRows.reduce((s, r) => s + num(r.n), 0);
  if (!claims) throw new AppError('NOT_FOUND');

  const workersQ = repo.createQueryBuilder('c').select('COUNT(DISTINCT c.workerId)', 'n');
  const namesQ = repo
    .createQueryBuilder('c')
    .select('c.respondentName', 'name')
    .addSelect('MAX(c.respondentCreditCode)', 'code')
    .addSelect('MAX(c.receivedAt)', 'last');
  const agreementsQ = repo.createQueryBuilder('c').select('c.id', 'id').addSelect('c.agreement', 'agreement');
  const eventsQ = repo
    .createQueryBuilder('c')
    .innerJoin(CaseEventEntity, 'e', 'e.caseId = c.id')
    .select('c.id', 'id')
    .addSelect('e.toStatus', 'to')
    .distinct(true);
  const pageQ = repo.createQueryBuilder('c').select([...SUMMARY_COLUMNS, 'c.agreement']);
  // `base` sets the WHERE: the conditions of each come after it.
  await Promise.all([workersQ, namesQ, agreementsQ, eventsQ, pageQ].map(base));
  agreementsQ.andWhere('c.agreement IS NOT NULL');
  eventsQ.andWhere("e.toStatus IN ('performed', 'defaulted')");
  const [workers, names, agreements, events, rows, warnings] = await Promise.all([
    workersQ.getRawOne<{ n: string }>(),
    namesQ
      .groupBy('c.respondentName')
      .orderBy('last', 'DESC')
      .limit(20)
      .getRawMany<{ name: string; code: string | null }>(),
    agreementsQ.getRawMany<{ id: string; agreement: unknown }>(),
    eventsQ.getRawMany<{ id: string; to: 'performed' | 'defaulted' }>(),
    pageQ
      .orderBy('c.receivedAt', 'DESC')
      .addOrderBy('c.number', 'DESC')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getMany(),
    ds
      .getRepository(EarlyWarningEntity)
      .find({ where: { respondentGroup: key }, order: { raisedAt: 'DESC' }, take: 10 }),
  ]);

  const agreed = new Map(agreements.map((a) => [a.id, agreedOf(a.agreement)]));
  const performed = new Set(events.filter((e) => e.to === 'performed').map((e) => e.id));
  const defaulted = new Set(events.filter((e) => e.to === 'defaulted').map((e) => e.id));
  const count = (s: CaseStatus) => num(statusRows.find((r) => r.status === s)?.n);
  const inForce = [...agreed.entries()].filter(([, fen]) => fen !== null);
  await cases.reach.withStations(rows);
  return {
    key,
    name: names[0]?.name ?? key,
    names: names.map((n) => n.name),
    creditCodes: [...new Set(names.map((n) => n.code).filter((c): c is string => Boolean(c)))],
    figures: {
      claims,
      workers: num(workers?.n),
      open: statusRows.filter((r) => !ENDED.includes(r.status)).reduce((s, r) => s + num(r.n), 0),
      agreements: inForce.length,
      performed: inForce.filter(([id]) => performed.has(id)).length,
      defaults: defaulted.size,
      defaultedNow: count('defaulted'),
      claimedFen: statusRows.reduce((s, r) => s + num(r.fen), 0),
      agreedFen: inForce.reduce((s, [, fen]) => s + fen!, 0),
      paidFen: inForce.filter(([id]) => performed.has(id)).reduce((s, [, fen]) => s + fen!, 0),
      byStatus: CASE_STATUSES.filter((s) => count(s) > 0).map((status) => ({ status, count: count(status) })),
    },
    warnings: warnings.map((w) => ({
      windowStart: w.windowStart,
      windowEnd: w.windowEnd,
      workers: w.workers,
      claims: w.claims,
      raisedAt: w.raisedAt.toISOString(),
      notifiedAt: w.notifiedAt?.toISOString() ?? null,
    })),
    cases: {
      total: claims,
      page: q.page,
      pageSize: q.pageSize,
      items: rows.map((c) => ({
        ...cases.views.summary(c),
        receivedAt: c.receivedAt.toISOString(),
        agreedFen: agreed.get(c.id) ?? agreedOf(c.agreement),
        performed: performed.has(c.id),
        defaulted: defaulted.has(c.id),
      })),
    },
  };
}

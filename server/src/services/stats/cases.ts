import type { DataSource } from 'typeorm';
import { CaseEntity } from '../../entities';
import type { StatsFilter } from './read';

/** The most cases one export lists (the figures themselves are never cut). */
export const MAX_EXPORT_CASES = 50_000;

/** The start of a China calendar day as an instant. */
export const chinaDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

/**
 * The case list behind an export: the cases filed in the period within the filter, oldest first,
 * with only what the list shows (personal data stays sealed unless the export reveals it).
 */
export async function casesFiledIn(ds: DataSource, f: StatsFilter, limit = MAX_EXPORT_CASES): Promise<CaseEntity[]> {
  const next = new Date(chinaDayStart(f.to).getTime() + 86_400_000);
  const qb = ds
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.stationId',
      'c.industry',
      'c.claimTypes',
      'c.totalFen',
      'c.agreement',
      'c.legalAid',
      'c.urgent',
      'c.receivedAt',
      'c.updatedAt',
      'c.claimantNameEnc',
      'c.phoneEnc',
      'c.purgedAt',
    ])
    .where('c.receivedAt >= :from AND c.receivedAt < :next', { from: chinaDayStart(f.from), next })
    .orderBy('c.receivedAt', 'ASC')
    .addOrderBy('c.number', 'ASC')
    .limit(limit);
  if (f.stations) {
    if (!f.stations.length) return [];
    qb.andWhere('c.stationId IN (:...stations)', { stations: f.stations });
  }
  if (f.industry) qb.andWhere('c.industry = :industry', { industry: f.industry });
  if (f.claimType) qb.andWhere('c.claimTypes LIKE :claimType', { claimType: `% ${f.claimType} %` });
  return qb.getMany();
}

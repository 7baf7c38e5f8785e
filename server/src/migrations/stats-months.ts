import type { QueryRunner } from 'typeorm';

/**
 * Fills the statistics' month rows (`day` 'MYYYY-MM', services/stats/periods.ts) from the day
 * rows, in both roll-up tables: each the sum of its month's day rows with the same key. Frozen
 * here with its migration; the server keeps both kinds of row from then on.
 */
export async function fillStatsMonths(q: QueryRunner, sqlite: boolean): Promise<void> {
  const id = (c: string) => (sqlite ? `"${c}"` : `\`${c}\``);
  const month = sqlite ? "'M' || SUBSTR(day, 1, 7)" : "CONCAT('M', SUBSTR(day, 1, 7))";
  const counters = ['filed', 'accepted', 'rejected', 'agreements', 'failures', 'withdrawn', 'openDelta', 'legalAid', 'urgent', 'transferred', 'claimedFen', 'agreedFen', 'paidFen'];
  const fill = async (table: string, keys: string[], sums: string[]) => {
    await q.query(`DELETE FROM ${id(table)} WHERE day >= 'M'`);
    const cols = ['claimType', 'day', 'stationId', 'industry', ...keys, ...sums].map(id).join(', ');
    const groups = ['claimType', 'stationId', 'industry', ...keys].map(id);
    await q.query(
      `INSERT INTO ${id(table)} (${cols}) SELECT ${id('claimType')}, ${month}, ${groups.slice(1).join(', ')}, ${sums.map((c) => `SUM(${id(c)})`).join(', ')} FROM ${id(table)} WHERE day < 'M' GROUP BY ${id('claimType')}, ${month}, ${groups.slice(1).join(', ')}`,
    );
  };
  await fill('case_stats_daily', [], counters);
  await fill('case_stats_days', ['kind', 'days'], ['n']);
}

import type { DataSource } from 'typeorm';
import { CLAIM_TYPE, type StatsFigures, type StatsGroupBy } from '@gig/shared';
import { COUNTERS, type Counter, type DurationKind } from './rollup';
import { monthsOf, rangesOf, rangesUpTo, type DayRange } from './periods';

/** Which roll-up rows a report reads: a period, the stations (null: all), an industry, a claim type. */
export interface StatsFilter {
  from: string;
  to: string;
  stations: string[] | null;
  industry: string | null;
  claimType: string | null;
}

type Sums = Record<Counter, number>;
type Histogram = Record<DurationKind, Map<number, number>>;
const GROUP_COLUMN: Record<StatsGroupBy, string> = {
  station: 'stationId',
  industry: 'industry',
  claimType: 'claimType',
  month: 'SUBSTR(day, 1, 7)',
};
/** The group of a row: a month row's month follows its 'M'. */
const groupColumn = (groupBy: StatsGroupBy, r: DayRange) =>
  groupBy === 'month' && r.kind === 'month' ? 'SUBSTR(day, 2, 7)' : GROUP_COLUMN[groupBy];

const zero = (): Sums => Object.fromEntries(COUNTERS.map((k) => [k, 0])) as Sums;

/** Reads the roll-ups (case_stats_daily, case_stats_days) into figures, in a handful of grouped sums. */
export class StatsReader {
  constructor(private readonly ds: DataSource) {}

  private where(f: StatsFilter, groupBy: StatsGroupBy | null, range: DayRange): [string, unknown[]] {
    const parts: string[] = [];
    const params: unknown[] = [];
    const and = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    // Claim type '' is each case once; grouping by claim type reads the per-type rows instead.
    if (f.claimType) and('claimType = ?', f.claimType);
    // Each type an equality (not `<> ''`), so the index's day range applies within each.
    else if (groupBy === 'claimType')
      and(`claimType IN (${CLAIM_TYPE.values.map(() => '?').join(', ')})`, ...CLAIM_TYPE.values);
    else and("claimType = ''");
    and('day >= ? AND day <= ?', range.lo, range.hi);
    if (f.stations) {
      if (!f.stations.length) and('1 = 0');
      else and(`stationId IN (${f.stations.map(() => '?').join(', ')})`, ...f.stations);
    }
    if (f.industry) and('industry = ?', f.industry);
    return [parts.join(' AND '), params];
  }

  /**
   * The figures of the whole filter and of each group (keys in no particular order). Every case is
   * in one station, industry and month, so those totals are their groups' sums (one pass); a case
   * with several claim types is in several groups, so that total is read apart.
   */
  async figures(
    f: StatsFilter,
    groupBy: StatsGroupBy | null,
  ): Promise<{ total: StatsFigures; groups: Map<string, StatsFigures> }> {
    const raw = await this.raw(f, groupBy);
    const whole = groupBy === null || groupBy === 'claimType' ? await this.raw(f, null) : null;
    let total: Raw = whole?.get('') ?? { sums: zero(), hist: emptyHist() };
    if (!whole) {
      total = { sums: zero(), hist: emptyHist() };
      const keys = [...raw.keys()].sort();
      for (const k of keys) {
        const r = raw.get(k)!;
        for (const c of COUNTERS) if (c !== 'openDelta') total.sums[c] += r.sums[c];
        for (const kind of ['acceptance', 'resolution'] as const)
          for (const [d, n] of r.hist[kind]) total.hist[kind].set(d, (total.hist[kind].get(d) ?? 0) + n);
      }
      // Open: at the end of the last month, or the sum over the stations or industries.
      total.sums.openDelta =
        groupBy === 'month'
          ? (raw.get(keys[keys.length - 1] ?? '')?.sums.openDelta ?? 0)
          : keys.reduce((a, k) => a + raw.get(k)!.sums.openDelta, 0);
    }
    const groups = new Map<string, StatsFigures>();
    if (groupBy) for (const [k, r] of raw) groups.set(k, figuresOf(r.sums, r.hist));
    return { total: figuresOf(total.sums, total.hist), groups };
  }

  /**
   * The sums and the histograms of each group (one group '' when not grouped): each statement
   * once per range of rows (periods.ts: the whole months from the month rows, the ragged ends
   * from the day rows), added up here.
   */
  private async raw(f: StatsFilter, groupBy: StatsGroupBy | null): Promise<Map<string, Raw>> {
    const out = new Map<string, Raw>();
    const at = (k: string) => out.get(k) ?? out.set(k, { sums: zero(), hist: emptyHist() }).get(k)!;
    const counters = COUNTERS.filter((k) => k !== 'openDelta');
    const query = async <R>(range: DayRange, select: (g: string) => string, extraGroup = '') => {
      const g = groupBy ? groupColumn(groupBy, range) : "''";
      const keys = [...(groupBy ? [g] : []), ...(extraGroup ? [extraGroup] : [])];
      const [w, p] = this.where(f, groupBy, range);
      const by = keys.length ? ` GROUP BY ${keys.join(', ')}` : '';
      return (await this.ds.query(`${select(g)} WHERE ${w}${by}`, p)) as R[];
    };
    const period = rangesOf(f.from, f.to);
    for (const range of period) {
      const rows = await query<Record<string, string | number | null>>(
        range,
        (g) => `SELECT ${g} AS g, ${counters.map((k) => `SUM(${k}) AS ${k}`).join(', ')} FROM case_stats_daily`,
      );
      for (const r of rows) for (const k of counters) at(String(r.g)).sums[k] += Number(r[k] ?? 0);
    }
    // Open at the end of the period: everything that opened or closed up to its last day (by
    // month: up to each month's end, so a running total over the months in order).
    const net = new Map<string, number>();
    for (const range of rangesUpTo(f.to)) {
      const rows = await query<{ g: string; n: string | number | null }>(
        range,
        (g) => `SELECT ${g} AS g, SUM(openDelta) AS n FROM case_stats_daily`,
      );
      for (const r of rows) net.set(String(r.g), (net.get(String(r.g)) ?? 0) + Number(r.n ?? 0));
    }
    if (groupBy === 'month')
      for (const m of monthsOf(f.from, f.to))
        at(m).sums.openDelta = [...net].reduce((a, [k, n]) => (k <= m ? a + n : a), 0);
    else for (const [k, n] of net) at(k).sums.openDelta = n;
    for (const range of period) {
      const rows = await query<{ g: string; kind: DurationKind; days: number | string; n: number | string }>(
        range,
        (g) => `SELECT ${g} AS g, kind, days, SUM(n) AS n FROM case_stats_days`,
        'kind, days',
      );
      for (const r of rows) {
        const h = at(String(r.g)).hist[r.kind];
        h.set(Number(r.days), (h.get(Number(r.days)) ?? 0) + Number(r.n));
      }
    }
    return out;
  }
}

interface Raw {
  sums: Sums;
  hist: Histogram;
}
const emptyHist = (): Histogram => ({ acceptance: new Map(), resolution: new Map() });

/** The value at 1-based rank `rank` of the sorted values a histogram holds. */
function atRank(sorted: [number, number][], rank: number): number {
  let seen = 0;
  for (const [v, n] of sorted) if ((seen += n) >= rank) return v;
  return sorted[sorted.length - 1]![0];
}

/** The median (the mean of the two middle values for an even count) and the nearest-rank p90. */
export function quantiles(h: Map<number, number> | undefined): { median: number | null; p90: number | null } {
  const sorted = [...(h ?? new Map<number, number>()).entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((a, [, n]) => a + n, 0);
  if (!total) return { median: null, p90: null };
  const median =
    total % 2 ? atRank(sorted, (total + 1) / 2) : (atRank(sorted, total / 2) + atRank(sorted, total / 2 + 1)) / 2;
  return { median, p90: atRank(sorted, Math.ceil(0.9 * total)) };
}

export function figuresOf(s: Sums, h: Histogram | undefined): StatsFigures {
  const ended = s.agreements + s.failures;
  const acceptance = quantiles(h?.acceptance);
  const resolution = quantiles(h?.resolution);
  return {
    filed: s.filed,
    accepted: s.accepted,
    rejected: s.rejected,
    agreements: s.agreements,
    failures: s.failures,
    withdrawn: s.withdrawn,
    open: Math.max(0, s.openDelta),
    successRate: ended ? s.agreements / ended : null,
    medianDaysToAcceptance: acceptance.median,
    medianDaysToResolution: resolution.median,
    p90DaysToResolution: resolution.p90,
    claimedFen: s.claimedFen,
    agreedFen: Math.max(0, s.agreedFen),
    paidFen: s.paidFen,
    legalAid: s.legalAid,
    urgent: s.urgent,
    transferredToArbitration: s.transferred,
  };
}

import { addDays } from '@gig/shared';
import { COUNTERS } from '@gig/server/services/stats/rollup';
import { monthsOf, rangesOf, rangesUpTo, type DayRange } from '@gig/server/services/stats/periods';
import { useStatsWorld } from './stats-world';

/** The days a list of ranges covers (a month row stands for every day of its month). */
function daysIn(ranges: DayRange[]): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    if (r.kind === 'day') for (let d = r.lo; d <= r.hi; d = addDays(d, 1)) out.push(d);
    else {
      const lo = r.lo === 'M' ? '2019-01' : r.lo.slice(1);
      for (const m of monthsOf(`${lo}-01`, `${r.hi.slice(1)}-01`))
        for (let d = `${m}-01`; d.startsWith(m); d = addDays(d, 1)) out.push(d);
    }
  }
  return out;
}
const every = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

describe('statistics periods: whole months from the month rows, the ends from the day rows', () => {
  it('cover every day of a period exactly once, whatever its ends', () => {
    const starts = ['2024-01-01', '2024-01-15', '2024-02-29', '2024-02-01', '2024-12-31', '2023-12-01'];
    for (const from of starts)
      for (const length of [0, 1, 13, 27, 28, 29, 30, 31, 45, 59, 60, 365, 366, 800]) {
        const to = addDays(from, length);
        expect([from, to, daysIn(rangesOf(from, to))]).toEqual([from, to, every(from, to)]);
        expect([to, daysIn(rangesUpTo(to))]).toEqual([to, every('2019-01-01', to)]);
      }
    // Whole months read month rows only; a year of them is one range.
    expect(rangesOf('2025-01-01', '2025-12-31')).toEqual([{ kind: 'month', lo: 'M2025-01', hi: 'M2025-12' }]);
    expect(rangesOf('2025-03-10', '2025-03-20')).toEqual([{ kind: 'day', lo: '2025-03-10', hi: '2025-03-20' }]);
  });
});

describe('statistics month rows', () => {
  const s = useStatsWorld();

  it('each month row is the sum of its days, in both roll-ups', async () => {
    const db = s().w.t.app.db;
    const key = (r: Record<string, unknown>) =>
      `${r.claimType}|${r.m}|${r.stationId}|${r.industry}|${r.kind ?? ''}|${r.days ?? ''}`;
    const compare = async (table: string, extra: string[], sums: string[]) => {
      const cols = ['claimType', 'stationId', 'industry', ...extra].join(', ');
      const fromDays = (await db.query(
        `SELECT ${cols}, SUBSTR(day, 1, 7) AS m, ${sums.map((c) => `SUM(${c}) AS ${c}`).join(', ')} FROM ${table} WHERE day < 'M' GROUP BY ${cols}, SUBSTR(day, 1, 7)`,
      )) as Record<string, unknown>[];
      const months = (await db.query(
        `SELECT ${cols}, SUBSTR(day, 2, 7) AS m, ${sums.join(', ')} FROM ${table} WHERE day >= 'M'`,
      )) as Record<string, unknown>[];
      const norm = (rows: Record<string, unknown>[]) =>
        Object.fromEntries(rows.map((r) => [key(r), sums.map((c) => Number(r[c]))]));
      expect(months.length).toBeGreaterThan(3);
      expect(norm(months)).toEqual(norm(fromDays));
    };
    await compare('case_stats_daily', [], [...COUNTERS]);
    await compare('case_stats_days', ['kind', 'days'], ['n']);
  });

  it('a period cutting months gives what its day rows alone give', async () => {
    const db = s().w.t.app.db;
    const counted = ['filed', 'accepted', 'rejected', 'agreements', 'failures', 'withdrawn', 'legalAid', 'urgent'];
    for (const [from, to] of [
      ['2026-08-04', '2026-10-20'],
      ['2026-08-15', '2026-09-14'],
      ['2026-08-01', '2026-09-07'],
      ['2026-08-10', '2026-10-31'],
      ['2026-07-15', '2026-11-15'],
      ['2026-09-05', '2026-09-05'],
    ]) {
      const [sums] = (await db.query(
        `SELECT ${counted.map((c) => `SUM(${c}) AS ${c}`).join(', ')} FROM case_stats_daily WHERE claimType = '' AND day >= ? AND day <= ?`,
        [from, to],
      )) as Record<string, unknown>[];
      const [open] = (await db.query(
        `SELECT SUM(openDelta) AS n FROM case_stats_daily WHERE claimType = '' AND day <= ?`,
        [to],
      )) as { n: unknown }[];
      const res = await s().w.t.api('GET', `/api/admin/stats?from=${from}&to=${to}`, { token: s().token.supervisor });
      expect(res.status).toBe(200);
      const want = {
        ...Object.fromEntries(counted.map((c) => [c, Number(sums![c] ?? 0)])),
        open: Number(open!.n ?? 0),
      };
      const got = { ...Object.fromEntries(counted.map((c) => [c, res.body[c]])), open: res.body.open };
      expect([from, to, got]).toEqual([from, to, want]);
    }
    // By month, a ragged period's months are its parts: their sums are the whole.
    const byMonth = (
      await s().w.t.api('GET', '/api/admin/stats?from=2026-08-04&to=2026-10-20&groupBy=month', {
        token: s().token.supervisor,
      })
    ).body;
    expect(byMonth.groups.map((g: { key: string }) => g.key)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(byMonth.groups.reduce((a: number, g: { filed: number }) => a + g.filed, 0)).toBe(byMonth.filed);
    expect(byMonth.groups[2].open).toBe(byMonth.open);
  });
});

import type { QueryRunner } from 'typeorm';

/**
 * Fills the statistics' roll-ups (case_stats_daily, case_stats_days) from the cases and their
 * event trails, once, when the tables are created: the same counts the server keeps from then on
 * (services/stats/rollup.ts), replayed event by event in China's calendar. Where the trail does not
 * keep a value (an agreement's amount before a change), the case's current one is used. Frozen
 * here with its migration, so later changes to the live code do not change what it did.
 */
const COUNTERS = ['filed', 'accepted', 'rejected', 'agreements', 'failures', 'withdrawn', 'openDelta', 'legalAid', 'urgent', 'transferred', 'claimedFen', 'agreedFen', 'paidFen'] as const;
type Counter = (typeof COUNTERS)[number];
const TERMINAL = new Set(['rejected', 'withdrawn', 'closed']);
const chinaDay = (t: Date | string) => {
  const ms = typeof t === 'string' ? Date.parse(t.includes('T') ? t : `${t.replace(' ', 'T')}Z`) : t.getTime();
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
};
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const json = <T>(v: unknown): T | null => (v === null || v === undefined ? null : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

interface CaseRow {
  id: string;
  stationId: string | null;
  industry: string;
  claimTypes: string;
  totalFen: number | string;
  legalAid: number | boolean;
  receivedAt: Date | string;
  agreement: unknown;
}
interface EventRow {
  caseId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  stationId: string | null;
  data: unknown;
  createdAt: Date | string;
}

export async function backfillStats(q: QueryRunner, sqlite: boolean): Promise<void> {
  const id = (c: string) => (sqlite ? `"${c}"` : `\`${c}\``);
  const day = new Map<string, Record<Counter, number>>();
  const durations = new Map<string, number>();
  const add = (key: string[], k: Counter, v: number) => {
    if (!v) return;
    const s = day.get(key.join('\u0001')) ?? Object.fromEntries(COUNTERS.map((c) => [c, 0]));
    s[k] += v;
    day.set(key.join('\u0001'), s as Record<Counter, number>);
  };
  const keysOf = (c: CaseRow, d: string, station: string | null) =>
    ['', ...new Set(c.claimTypes.split(' ').filter(Boolean))].map((t) => [t, d, station ?? '', c.industry]);
  let after = '';
  for (;;) {
    const cases = (await q.query(
      `SELECT ${['id', 'stationId', 'industry', 'claimTypes', 'totalFen', 'legalAid', 'receivedAt', 'agreement'].map(id).join(', ')} FROM ${id('cases')} WHERE ${id('id')} > ? ORDER BY ${id('id')} LIMIT 500`,
      [after],
    )) as CaseRow[];
    if (!cases.length) break;
    after = cases[cases.length - 1]!.id;
    const events = (await q.query(
      `SELECT ${['caseId', 'action', 'fromStatus', 'toStatus', 'stationId', 'data', 'createdAt'].map(id).join(', ')} FROM ${id('case_events')} WHERE ${id('caseId')} IN (${cases.map(() => '?').join(', ')}) ORDER BY ${id('caseId')}, ${id('seq')}`,
      cases.map((c) => c.id),
    )) as EventRow[];
    const byCase = new Map<string, EventRow[]>();
    for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    for (const c of cases) replay(c, byCase.get(c.id) ?? []);
  }
  function replay(c: CaseRow, events: EventRow[]) {
    const filed = chinaDay(c.receivedAt);
    let station = events[0]?.stationId ?? c.stationId;
    const askedLater = events.some((e) => e.action === 'request_legal_aid');
    for (const k of keysOf(c, filed, station)) {
      add(k, 'filed', 1);
      add(k, 'openDelta', 1);
      add(k, 'claimedFen', Number(c.totalFen));
      add(k, 'legalAid', Number(c.legalAid) && !askedLater ? 1 : 0);
    }
    const agreed = json<{ totalFen: number }>(c.agreement)?.totalFen ?? 0;
    for (const e of events.slice(1)) {
      const d = chinaDay(e.createdAt);
      const from = e.fromStatus ?? '';
      // Counted where the case was (an event names the station after it); a move changes the open.
      const ks = keysOf(c, d, station);
      const moved = e.stationId !== station;
      if (!TERMINAL.has(from) && (moved || TERMINAL.has(e.toStatus))) for (const k of ks) add(k, 'openDelta', -1);
      if (!TERMINAL.has(from) && moved && !TERMINAL.has(e.toStatus))
        for (const k of keysOf(c, d, e.stationId)) add(k, 'openDelta', 1);
      station = e.stationId;
      const each = (k: Counter, v: number) => ks.forEach((key) => add(key, k, v));
      const took = (kind: string, days: number) =>
        ks.forEach((key) => {
          const dk = [...key, kind, String(days)].join('\u0001');
          durations.set(dk, (durations.get(dk) ?? 0) + 1);
        });
      if (e.action === 'request_legal_aid') each('legalAid', 1);
      if (e.action === 'flag_urgent') each('urgent', 1);
      if (TERMINAL.has(from) && !TERMINAL.has(e.toStatus)) each('openDelta', 1);
      if (from === e.toStatus) continue;
      if (e.action === 'accept') each('accepted', 1), took('acceptance', daysBetween(filed, d));
      if (e.toStatus === 'rejected') each('rejected', 1);
      if (e.toStatus === 'withdrawn') each('withdrawn', 1);
      if (e.toStatus === 'transferred_to_arbitration') each('transferred', 1);
      if (e.toStatus === 'agreement') each('agreements', 1), each('agreedFen', agreed), took('resolution', daysBetween(filed, d));
      if (e.toStatus === 'mediation_failed') each('failures', 1), took('resolution', daysBetween(filed, d));
      if (e.toStatus === 'performed') each('paidFen', json<{ paidFen?: number }>(e.data)?.paidFen ?? agreed);
    }
  }
  const cols = ['claimType', 'day', 'stationId', 'industry', ...COUNTERS];
  const rows = [...day.entries()].map(([k, s]) => [...k.split('\u0001'), ...COUNTERS.map((c) => s[c])]);
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await q.query(
      `INSERT INTO ${id('case_stats_daily')} (${cols.map(id).join(', ')}) VALUES ${part.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`,
      part.flat(),
    );
  }
  const dcols = ['claimType', 'day', 'stationId', 'industry', 'kind', 'days', 'n'];
  const drows = [...durations.entries()].map(([k, n]) => {
    const [t, d, s, ind, kind, days] = k.split('\u0001');
    return [t, d, s, ind, kind, Number(days), n];
  });
  for (let i = 0; i < drows.length; i += 200) {
    const part = drows.slice(i, i + 200);
    await q.query(
      `INSERT INTO ${id('case_stats_days')} (${dcols.map(id).join(', ')}) VALUES ${part.map(() => `(${dcols.map(() => '?').join(', ')})`).join(', ')}`,
      part.flat(),
    );
  }
}

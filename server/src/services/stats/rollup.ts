import type { EntityManager } from 'typeorm';
import { chinaDate, daysBetween, isTerminal, type CaseStatus } from '@gig/shared';
import type { CaseEntity } from '../../entities';
import { addingUpsert, isSqlite } from '../../db/upsert';
import { monthRowOf } from './periods';

/** The counters of a roll-up row (case_stats_daily), in column order. */
export const COUNTERS = [
  'filed',
  'accepted',
  'rejected',
  'agreements',
  'failures',
  'withdrawn',
  'openDelta',
  'legalAid',
  'urgent',
  'transferred',
  'claimedFen',
  'agreedFen',
  'paidFen',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type DurationKind = 'acceptance' | 'resolution';

/** What one case event adds to one station's day. */
export interface StatsChange {
  day: string;
  stationId: string;
  industry: string;
  claimTypes: string[];
  counts: Partial<Record<Counter, number>>;
  durations: { kind: DurationKind; days: number }[];
}

/** The case's claim types as stored (` unpaid_wages overtime `). */
export const claimTypesOf = (c: Pick<CaseEntity, 'claimTypes'>): string[] =>
  [...new Set(c.claimTypes.split(' ').filter(Boolean))].sort();

const base = (c: CaseEntity, day: string, stationId: string | null): StatsChange => ({
  day,
  stationId: stationId ?? '',
  industry: c.industry,
  claimTypes: claimTypesOf(c),
  counts: {},
  durations: [],
});

/** A claim filed: received, open, its amount claimed, and legal aid if asked for with it. */
export function filingChange(c: CaseEntity, at: Date): StatsChange {
  const ch = base(c, chinaDate(at), c.stationId);
  ch.counts = { filed: 1, openDelta: 1, claimedFen: c.totalFen, legalAid: c.legalAid ? 1 : 0 };
  return ch;
}

/**
 * What an action did to the figures (STATS_DEFINITIONS), from the case before and after it: at
 * the station handling the case when it happened.
 */
export function transitionChanges(
  before: CaseEntity,
  after: CaseEntity,
  action: string,
  data: unknown,
  at: Date,
): StatsChange[] {
  const day = chinaDate(at);
  const from: CaseStatus = before.status;
  const to: CaseStatus = after.status;
  const filedDay = chinaDate(before.receivedAt);
  const out: StatsChange[] = [];
  // Counted where the case was when it happened; an action that moves it (a transfer, arbitration)
  // takes it out of that station's open cases and into the new one's.
  const ch = base(before, day, before.stationId);
  const n = ch.counts;
  const add = (k: Counter, v: number) => {
    if (v) n[k] = (n[k] ?? 0) + v;
  };
  const moved = before.stationId !== after.stationId;
  if (!isTerminal(from) && (moved || isTerminal(to))) add('openDelta', -1);
  // A closed case reopened (the worker's follow-up answer) is open again.
  if (isTerminal(from) && !isTerminal(to)) add('openDelta', 1);
  if (!isTerminal(from) && moved && !isTerminal(to)) {
    const arrived = base(after, day, after.stationId);
    arrived.counts.openDelta = 1;
    out.push(arrived);
  }
  if (from !== to) {
    if (action === 'accept') {
      add('accepted', 1);
      ch.durations.push({ kind: 'acceptance', days: daysBetween(filedDay, day) });
    }
    if (to === 'rejected') add('rejected', 1);
    if (to === 'withdrawn') add('withdrawn', 1);
    if (to === 'transferred_to_arbitration') add('transferred', 1);
    if (to === 'agreement' || to === 'mediation_failed') {
      add(to === 'agreement' ? 'agreements' : 'failures', 1);
      ch.durations.push({ kind: 'resolution', days: daysBetween(filedDay, day) });
    }
    if (to === 'performed') {
      const paid = (data as { paidFen?: number } | null)?.paidFen ?? after.agreement?.totalFen ?? 0;
      add('paidFen', paid);
    }
  }
  if (after.agreement) add('agreedFen', after.agreement.totalFen - (before.agreement?.totalFen ?? 0));
  if (after.legalAid && !before.legalAid) add('legalAid', 1);
  if (after.urgent && !before.urgent) add('urgent', 1);
  if (Object.keys(n).length || ch.durations.length) out.push(ch);
  return out;
}

const KEYS = ['claimType', 'day', 'stationId', 'industry'];
const DURATION_KEYS = [...KEYS, 'kind', 'days'];

/**
 * Adds the changes to the roll-ups inside the caller's transaction (the one writing the event):
 * the case as a whole under claim type '', and once under each of its claim types, each in its
 * day's row and in its month's (periods.ts, so long periods read months): one statement
 * for the day rows and one for the durations, whatever their number. Rows are listed in key
 * order, so two transactions never wait on each other's rows in opposite orders; one change's
 * rows never repeat a key (a statement may not update one row twice on SQLite).
 */
export async function applyStats(em: EntityManager, changes: StatsChange[]): Promise<void> {
  const sqlite = isSqlite(em);
  const totals = new Map<string, { key: unknown[]; counts: number[] }>();
  const durations = new Map<string, { key: unknown[]; n: number }>();
  for (const ch of changes)
    for (const t of ['', ...ch.claimTypes])
      for (const day of [ch.day, monthRowOf(ch.day)]) {
        const key = [t, day, ch.stationId, ch.industry];
        const id = key.join('\u0000');
        if (COUNTERS.some((k) => ch.counts[k])) {
          const row = totals.get(id) ?? { key, counts: COUNTERS.map(() => 0) };
          row.counts = row.counts.map((v, i) => v + (ch.counts[COUNTERS[i]!] ?? 0));
          totals.set(id, row);
        }
        for (const d of ch.durations) {
          const dk = [...key, d.kind, d.days];
          const did = dk.join('\u0000');
          durations.set(did, { key: dk, n: (durations.get(did)?.n ?? 0) + 1 });
        }
      }
  const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  const day = sorted(totals);
  if (day.length)
    await em.query(
      addingUpsert(sqlite, 'case_stats_daily', KEYS, COUNTERS, day.length),
      day.flatMap((r) => [...r.key, ...r.counts]),
    );
  const days = sorted(durations);
  if (days.length)
    await em.query(
      addingUpsert(sqlite, 'case_stats_days', DURATION_KEYS, ['n'], days.length),
      days.flatMap((r) => [...r.key, r.n]),
    );
}

import { defineEnum } from './enums';
import type { FieldError } from './errors';
import { yuanToFen } from './validators';

/**
 * The worker's own record of their work (issue 17 point 5): what an entry is, the canonical text
 * its hash is taken over, and the week and month summaries. Pure: the server hashes and stores,
 * the app shows, both from here.
 */
export const WORK_LOG_KIND = defineEnum({
  shift: { 'zh-CN': '上班时长', en: 'Shift' },
  orders: { 'zh-CN': '接单数', en: 'Orders' },
  income: { 'zh-CN': '收入', en: 'Income' },
  deduction: { 'zh-CN': '扣款', en: 'Deduction' },
  penalty: { 'zh-CN': '罚款', en: 'Penalty' },
});
export type WorkLogKind = (typeof WORK_LOG_KIND.values)[number];
export const MONEY_KINDS: readonly WorkLogKind[] = ['income', 'deduction', 'penalty'];

/** Which figures each kind carries: required (true), allowed (false), or refused (absent). */
const FIGURES: Record<WorkLogKind, Partial<Record<'hours' | 'orders' | 'amountYuan', boolean>>> = {
  shift: { hours: true, orders: false },
  orders: { orders: true, hours: false },
  income: { amountYuan: true },
  deduction: { amountYuan: true },
  penalty: { amountYuan: true },
};

/** An entry's checks beyond its schema: the figures its kind needs, and no others. */
export function workLogProblems(e: {
  kind: WorkLogKind;
  hours?: number;
  orders?: number;
  amountYuan?: string;
}): FieldError[] {
  const out: FieldError[] = [];
  const rules = FIGURES[e.kind];
  for (const f of ['hours', 'orders', 'amountYuan'] as const) {
    const given = e[f] !== undefined;
    if (rules[f] === true && !given)
      out.push({ path: `/${f}`, rule: 'required', message: `a ${e.kind} entry needs ${f}` });
    if (rules[f] === undefined && given)
      out.push({ path: `/${f}`, rule: 'not_allowed', message: `a ${e.kind} entry has no ${f}` });
  }
  if (e.amountYuan !== undefined && (yuanToFen(e.amountYuan) ?? 0) <= 0)
    out.push({ path: '/amountYuan', rule: 'positive', message: 'amountYuan must be more than 0' });
  if (e.hours !== undefined && Math.round(e.hours * 100) !== e.hours * 100)
    out.push({ path: '/hours', rule: 'precision', message: 'hours may have at most 2 decimals' });
  return out;
}

/** What the hash covers: the entry as saved, with its evidence files' hashes and the chain link. */
export interface WorkLogHashed {
  prevSha256: string | null;
  savedAt: string;
  date: string;
  kind: WorkLogKind;
  /** Hundredths of an hour (7.5 hours = 750). */
  hoursX100: number | null;
  orders: number | null;
  amountFen: number | null;
  platform: string | null;
  note: string | null;
  corrects: string | null;
  evidenceSha256: string[];
}

export const WORK_LOG_HASH_VERSION = 'gig-work-log/v1';

/**
 * The canonical text an entry's SHA-256 is taken over (UTF-8): a JSON array, no spaces, in this
 * order: "gig-work-log/v1", prevSha256 (hex or null), savedAt (ISO 8601 UTC, milliseconds), date,
 * kind, hours in hundredths, orders, amount in fen, platform, note, the id of the entry corrected
 * (or null), and the SHA-256s of its files in the order given. Anyone can recompute it.
 */
export function workLogCanonical(e: WorkLogHashed): string {
  return JSON.stringify([
    WORK_LOG_HASH_VERSION,
    e.prevSha256,
    e.savedAt,
    e.date,
    e.kind,
    e.hoursX100,
    e.orders,
    e.amountFen,
    e.platform,
    e.note,
    e.corrects,
    e.evidenceSha256,
  ]);
}

export interface SummarisedEntry {
  id: string;
  date: string;
  kind: WorkLogKind;
  hoursX100: number | null;
  orders: number | null;
  amountFen: number | null;
  corrects: string | null;
}

export interface WorkLogPeriod {
  /** 2026-W48 (ISO week, Monday first) or 2026-11. */
  period: string;
  from: string;
  to: string;
  hours: number;
  orders: number;
  incomeFen: number;
  deductionFen: number;
  penaltyFen: number;
  /** income − deductions − penalties */
  netFen: number;
  /** net ÷ hours, in fen per hour (rounded half up); null without hours. */
  hourlyFen: number | null;
  entries: number;
}

const DAY = 86_400_000;
const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO week of a calendar date (dates are the worker's, China's calendar): its name and days. */
export function isoWeek(date: string): { period: string; from: string; to: string } {
  const t = utc(date);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  const monday = t - dow * DAY;
  const thursday = monday + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { period: `${year}-W${String(week).padStart(2, '0')}`, from: iso(monday), to: iso(monday + 6 * DAY) };
}

function month(date: string): { period: string; from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return { period: date.slice(0, 7), from: `${date.slice(0, 7)}-01`, to: iso(Date.UTC(y, m, 1) - DAY) };
}

/** The entries that count: those no later entry corrects. */
export function inForce<T extends Pick<SummarisedEntry, 'id' | 'corrects'>>(entries: T[]): T[] {
  const corrected = new Set(entries.map((e) => e.corrects).filter(Boolean));
  return entries.filter((e) => !corrected.has(e.id));
}

/** Summaries by ISO week or by month, oldest first; entries corrected by another are left out. */
export function summarise(entries: SummarisedEntry[], by: 'week' | 'month'): WorkLogPeriod[] {
  type Row = Omit<WorkLogPeriod, 'netFen' | 'hourlyFen'> & { hoursX100: number };
  const rows = new Map<string, Row>();
  for (const e of inForce(entries)) {
    const p = by === 'week' ? isoWeek(e.date) : month(e.date);
    let r = rows.get(p.period);
    if (!r) {
      r = { ...p, hours: 0, hoursX100: 0, orders: 0, incomeFen: 0, deductionFen: 0, penaltyFen: 0, entries: 0 };
      rows.set(p.period, r);
    }
    r.entries++;
    r.hoursX100 += e.hoursX100 ?? 0;
    r.orders += e.orders ?? 0;
    const fen = e.amountFen ?? 0;
    if (e.kind === 'income') r.incomeFen += fen;
    if (e.kind === 'deduction') r.deductionFen += fen;
    if (e.kind === 'penalty') r.penaltyFen += fen;
  }
  return [...rows.values()]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(({ hoursX100, ...r }) => {
      const netFen = r.incomeFen - r.deductionFen - r.penaltyFen;
      const hourlyFen = hoursX100 > 0 ? Math.round((netFen * 100) / hoursX100) : null;
      return { ...r, hours: hoursX100 / 100, netFen, hourlyFen };
    });
}

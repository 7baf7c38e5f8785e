import { addDays, addMonths } from '@gig/shared';

/**
 * The roll-ups keep a row per day (`day` 'YYYY-MM-DD') and, beside it in the same table, a row
 * per month (`day` 'MYYYY-MM') holding the sum of that month's day rows. 'M' sorts after every
 * digit, so a range of days never meets a month row, and a long period reads its whole months
 * from the month rows and only its ragged ends from the day rows.
 */
export const MONTH_ROW = 'M';

/** The month row a day (or a month, YYYY-MM) is counted in. */
export const monthRowOf = (day: string): string => `${MONTH_ROW}${day.slice(0, 7)}`;

/** A range of `day` values to read: days (`kind` 'day') or month rows ('month'), both ends included. */
export interface DayRange {
  kind: 'day' | 'month';
  lo: string;
  hi: string;
}

const month = (day: string) => day.slice(0, 7);
const firstOf = (m: string) => `${m}-01`;
const nextMonth = (m: string) => month(addMonths(firstOf(m), 1));
const prevMonth = (m: string) => month(addMonths(firstOf(m), -1));
/** The last day of the month a day is in. */
const lastOf = (day: string) => addDays(firstOf(nextMonth(month(day))), -1);

const days = (lo: string, hi: string): DayRange => ({ kind: 'day', lo, hi });
const months = (lo: string, hi: string): DayRange => ({ kind: 'month', lo: monthRowOf(lo), hi: monthRowOf(hi) });

/**
 * The ranges that cover the days `from`..`to` exactly once: the days up to the end of the first
 * month when the period starts within it, the whole months between as month rows, and the days
 * of the last month when it ends within it.
 */
export function rangesOf(from: string, to: string): DayRange[] {
  if (to < from) return [days(from, to)];
  const startsMonth = from.endsWith('-01');
  const endsMonth = to === lastOf(to);
  if (month(from) === month(to)) return [startsMonth && endsMonth ? months(month(from), month(to)) : days(from, to)];
  const out: DayRange[] = [];
  const firstWhole = startsMonth ? month(from) : nextMonth(month(from));
  const lastWhole = endsMonth ? month(to) : prevMonth(month(to));
  if (!startsMonth) out.push(days(from, lastOf(from)));
  if (firstWhole <= lastWhole) out.push(months(firstWhole, lastWhole));
  if (!endsMonth) out.push(days(firstOf(month(to)), to));
  return out;
}

/**
 * The ranges that cover every day up to `to` (the open cases at its end are a sum over all of
 * them): every month row before `to`'s month (and that month's own when `to` is its last day),
 * then the days of `to`'s month.
 */
export function rangesUpTo(to: string): DayRange[] {
  if (to === lastOf(to)) return [{ kind: 'month', lo: MONTH_ROW, hi: monthRowOf(to) }];
  return [{ kind: 'month', lo: MONTH_ROW, hi: monthRowOf(prevMonth(month(to))) }, days(firstOf(month(to)), to)];
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = month(from); m <= month(to); m = nextMonth(m)) out.push(m);
  return out;
}

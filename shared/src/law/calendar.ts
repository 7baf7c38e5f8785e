import { addDays, daysBetween, isDayOff, type ClockRules, type IsoDate } from '../case/deadlines';

/** Calendar helpers for the calculators (民法典 art 202 month-end rule); `addMonths` is also the statistics' month step. */

/** A real calendar date in YYYY-MM-DD, else RangeError. */
export function isoDate(name: string, d: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m || addDays(d, 0) !== d) throw new RangeError(`${name} must be a YYYY-MM-DD date, got ${d}`);
  return d;
}

/** The corresponding day `months` later, or the month's last day where there is none (民法典 art 202). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(day, last))).toISOString().slice(0, 10);
}

/**
 * The span from `from` to `to`, both days included, as whole calendar months (from + k months ≤
 * to + 1 day) and the days left over, with the length of the month those days fall in (from + k
 * months to from + k + 1 months).
 */
export function monthsAndDays(from: IsoDate, to: IsoDate): { whole: number; days: number; monthLength: number } {
  const after = addDays(to, 1);
  let whole = 0;
  while (addMonths(from, whole + 1) <= after) whole++;
  const anchor = addMonths(from, whole);
  return {
    whole,
    days: daysBetween(anchor, after),
    monthLength: daysBetween(anchor, addMonths(from, whole + 1)),
  };
}

/** A last day that falls on a day off moves to the next working day (民法典 art 203), as the clock does. */
export function rollForward(d: IsoDate, rules: ClockRules): IsoDate {
  if (!rules.rollForwardOffDays) return d;
  let out = d;
  for (let i = 0; i < 60 && isDayOff(out, rules); i++) out = addDays(out, 1);
  return out;
}

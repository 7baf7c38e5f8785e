import { addDays, type IsoDate } from './calendar';

/**
 * The statutory holidays (全国年节及纪念日放假办法, as amended with effect from 2025-01-01), known
 * before each year's State Council notice, so a period never ends on one even when that year's
 * notice is not configured: on fixed dates every year (New Year's Day 1 January, Labour Day 1-2 May
 * — 1 May only before 2025 — National Day 1-3 October) and the lunar ones for the tabled years
 * below. Each year's bridge days and make-up workdays come from `ClockRules`.
 */
export function isStatutoryHoliday(d: IsoDate): boolean {
  const md = d.slice(5);
  if (md === '01-01' || md === '05-01' || md === '10-01' || md === '10-02' || md === '10-03') return true;
  if (md === '05-02' && d >= '2025-01-01') return true;
  return LUNAR_HOLIDAYS.has(d);
}

/**
 * The statutory holidays on lunar dates and the Qingming solar term, on the solar calendar, for
 * the years tabled (from 2025, when the Spring Festival became four days: New Year's Eve and the
 * first three days of the first month): Spring Festival, Qingming, Dragon Boat (5th of the 5th
 * month), Mid-Autumn (15th of the 8th month). Astronomical dates, so a table: the test checks it
 * against an independent lunar calendar (npm `chinese-days`). A year beyond it needs its notice.
 */
const LUNAR_NEW_YEAR: Readonly<Record<number, IsoDate>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};
const QINGMING_DRAGON_BOAT_MID_AUTUMN: Readonly<Record<number, readonly IsoDate[]>> = {
  2025: ['2025-04-04', '2025-05-31', '2025-10-06'],
  2026: ['2026-04-05', '2026-06-19', '2026-09-25'],
  2027: ['2027-04-05', '2027-06-09', '2027-09-15'],
  2028: ['2028-04-04', '2028-05-28', '2028-10-03'],
  2029: ['2029-04-04', '2029-06-16', '2029-09-22'],
  2030: ['2030-04-05', '2030-06-05', '2030-09-12'],
};
export const STATUTORY_HOLIDAY_YEARS = Object.keys(LUNAR_NEW_YEAR).map(Number);
const LUNAR_HOLIDAYS: ReadonlySet<IsoDate> = new Set(
  STATUTORY_HOLIDAY_YEARS.flatMap((y) => [
    ...[-1, 0, 1, 2].map((n) => addDays(LUNAR_NEW_YEAR[y]!, n)),
    ...QINGMING_DRAGON_BOAT_MID_AUTUMN[y]!,
  ]),
);

/**
 * Whether a year's State Council notice (bridge days off, make-up working days) is configured:
 * without it the clock knows only the statutory days, and the staff page should say so.
 */
export function holidayNoticeConfigured(
  year: number,
  rules: { holidays: readonly IsoDate[]; makeUpWorkdays: readonly IsoDate[] },
): boolean {
  const y = String(year);
  return [...rules.holidays, ...rules.makeUpWorkdays].some((d) => d.startsWith(`${y}-`));
}

/** Calendar arithmetic on YYYY-MM-DD dates (China's civil calendar): what the legal clock counts with. */
export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: IsoDate): [number, number, number] {
  const m = DATE_RE.exec(d);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(t: Date): IsoDate {
  return t.toISOString().slice(0, 10);
}

/** The civil date in China (UTC+8) of an instant. */
export function chinaDate(instant: Date): IsoDate {
  return fromUtc(new Date(instant.getTime() + 8 * 3600_000));
}

/** `YYYY-MM-DD HH:mm` in China time (UTC+8): how people read a time, and WeChat's `time` fields. */
export function chinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** 0 (Sunday) to 6 (Saturday). */
export function dayOfWeek(d: IsoDate): number {
  const [y, m, day] = parts(d);
  return new Date(Date.UTC(y, m - 1, day)).getUTCDay();
}

export function addDays(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  return fromUtc(new Date(Date.UTC(y, m - 1, day + n)));
}

/** The corresponding day `years` later; 29 February falls back to the 28th (民法典 art 202). */
export function addYears(d: IsoDate, years: number): IsoDate {
  const [y, m, day] = parts(d);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y + years, m - 1, Math.min(day, last))));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

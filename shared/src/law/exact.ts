/**
 * Exact money arithmetic for the statutory calculators: amounts are integer fen, intermediate
 * values are ratios of safe integers in lowest terms, and a result is rounded half-up to the fen
 * only at the end. A product that would leave the safe-integer range throws a RangeError rather
 * than lose precision. Plain numbers, not BigInt: the miniapp targets iOS 11, which has no BigInt.
 * Internal to shared/src/law: not exported from the package.
 */

/** A non-negative exact ratio num / den of safe integers (den > 0), kept in lowest terms. */
export interface Ratio {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1;
}

/** a × b, which must stay a safe integer (else exactness is lost: RangeError). */
function times(a: number, b: number): number {
  const p = a * b;
  if (!Number.isSafeInteger(p)) throw new RangeError('the amount is too large to compute exactly');
  return p;
}

function reduced(num: number, den: number): Ratio {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** n as an exact ratio; `n` must be a safe integer. */
export function int(n: number): Ratio {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  return { num: n, den: 1 };
}

/** num / den for safe integers, den > 0. */
export function ratio(num: number, den: number): Ratio {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(`not a ratio of integers: ${num}/${den}`);
  }
  return reduced(num, den);
}

/** The product of exact ratios (cross-reduced first, so intermediate values stay small). */
export function mul(...factors: Ratio[]): Ratio {
  return factors.reduce((a, b) => {
    const g1 = gcd(a.num, b.den);
    const g2 = gcd(b.num, a.den);
    return reduced(times(a.num / g1, b.num / g2), times(a.den / g2, b.den / g1));
  }, int(1));
}

/** a ÷ b, b non-zero. */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0) throw new RangeError('division by zero');
  return mul(a, { num: b.den, den: b.num });
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Ratio, b: Ratio): number {
  const l = times(a.num, b.den);
  const r = times(b.num, a.den);
  return l < r ? -1 : l > r ? 1 : 0;
}

export const minR = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) <= 0 ? a : b);
export const maxR = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) >= 0 ? a : b);

/** A non-negative ratio rounded half-up to an integer (x.5 → x + 1). */
export function roundHalfUp(r: Ratio): number {
  if (r.num < 0 || r.den <= 0) throw new RangeError('only non-negative amounts are rounded here');
  const q = Math.floor(r.num / r.den);
  const rest = r.num - q * r.den;
  return 2 * rest >= r.den ? q + 1 : q;
}

/** The ratio as a decimal string with up to `places` decimals (display only; rounded half-up). */
export function decimal(r: Ratio, places = 4): string {
  const scale = 10 ** places;
  const scaled = roundHalfUp(mul(r, int(scale)));
  const whole = Math.floor(scaled / scale);
  const frac = String(scaled % scale)
    .padStart(places, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** An amount in fen, validated: a non-negative safe integer, else RangeError. */
export function fen(name: string, v: number): number {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer number of fen`);
  return v;
}

/** An amount in fen for a step's value: ¥1234.56. */
export function yuanText(f: number): string {
  return `¥${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
}

/**
 * A non-negative decimal quantity (hours) as an exact ratio, read to the millionth: exact for
 * any value written with up to 6 decimals.
 */
export function quantity(name: string, v: number): Ratio {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a non-negative number`);
  const micro = Math.round(v * 1_000_000);
  if (!Number.isSafeInteger(micro)) throw new RangeError(`${name} is too large`);
  return ratio(micro, 1_000_000);
}

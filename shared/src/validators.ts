/**
 * Rules a JSON Schema cannot say. Each returns null when the value is good, or the rule broken;
 * the server turns that into a 400 naming the field, and the clients check the same way inline.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Resident ID card number (GB 11643-1999): 18 characters, a real birth date, the check character. */
export function idNumberProblem(id: string): 'format' | 'birth_date' | 'checksum' | null {
  if (!/^[1-9][0-9]{16}[0-9Xx]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > Date.now())
    return 'birth_date';
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase() ? null : 'checksum';
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code (GB 32100-2015): 18 characters from its alphabet, the check character. */
export function creditCodeProblem(code: string): 'format' | 'checksum' | null {
  const c = code.toUpperCase();
  if (c.length !== 18 || [...c].some((ch) => !USCC_CHARS.includes(ch))) return 'format';
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(c[i]!), 0);
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === c[17] ? null : 'checksum';
}

/** A yuan amount as a person types it ("3500", "3,500.5", "3500.50") → integer fen, exactly; null if not an amount. */
export function yuanToFen(input: string): number | null {
  const s = input.replace(/[,，\s]/g, '');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * A respondent's name folded for matching: full-width forms to half-width (NFKC), lower case, and
 * no spaces, brackets, dots or dashes, so 温州某某（鹿城）快递有限公司 and 温州某某(鹿城)快递有限公司 are one.
 */
export function respondentKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()[\]{}【】<>《》·.,，。、\-_'"]/g, '')
    .slice(0, 100);
}

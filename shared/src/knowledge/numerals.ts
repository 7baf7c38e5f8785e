const DIGITS = '零一二三四五六七八九';

/** An article number in Chinese numerals as statutes write it: 47 → 四十七, 10 → 十, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + unit;
  }
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 第四十七条 / 第47条 → 47; anything else → null. */
export function articleNumberOf(text: string): number | null {
  const m = /^第([0-9]+|[零一二三四五六七八九十百千]+)条$/.exec(text.trim());
  if (!m) return null;
  const v = m[1]!;
  if (/^[0-9]+$/.test(v)) return Number(v);
  let total = 0;
  let digit = 0;
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  for (const ch of v) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) digit = d;
    else {
      total += (digit || 1) * unit[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

/** How an answer names an article: 《劳动合同法》第四十七条. */
export function articleLabel(law: string, article: number): string {
  return `《${law}》第${chineseNumber(article)}条`;
}

import type { LegalBasis, Locale } from '@gig/shared';

/**
 * How a calculation step reads on the phone. The calculators write a step's value for any reader
 * (numbers, dates and a few English words); in Chinese those words are put into Chinese here.
 * A value no rule knows is shown as it is.
 */
const REMAINDER: Record<string, string> = {
  '6 months or more': '剩余6个月以上',
  'under 6 months': '剩余不满6个月',
  nothing: '没有剩余',
};

const ZH: [RegExp, (...m: string[]) => string][] = [
  [
    /^(\S+) to (\S+): (\d+) full years, then (6 months or more|under 6 months|nothing) \(from (\S+)\)$/,
    (_, a, b, y, rest, from) => `${a} 至 ${b}：满${y}年，${REMAINDER[rest!]}（自${from}起）`,
  ],
  [/^(\d+) months = (\d+) years \+ (\d+) months$/, (_, m, y, r) => `${m}个月 = ${y}年 + ${r}个月`],
  [/^from (\S+)$/, (_, d) => `自${d}起`],
  [/^as given$/, () => '按所填工作年限'],
  [/^(\d+) hours$/, (_, h) => `${h}小时`],
  [/^(\S+) \(assumed still employed then\)$/, (_, d) => `${d}（假定届时仍在职）`],
  [/^(\S+) to (\S+)$/, (_, a, b) => `${a} 至 ${b}`],
];

export function stepValue(value: string, locale: Locale): string {
  if (locale !== 'zh-CN') return value;
  for (const [re, f] of ZH) {
    const m = re.exec(value);
    if (m) return f(...m);
  }
  return value;
}

/**
 * Where a rule comes from, as a line: 《劳动合同法》第47条 / Labour Contract Law art 47; a source
 * that is not a statute (a notice, regional practice: article "—") without brackets or article.
 */
export function basisLine(b: LegalBasis, locale: Locale): string {
  const law = b.law[locale];
  if (b.article === '—') return law;
  if (locale === 'en') return `${law} art ${b.article}`;
  return `《${law}》第${b.article.replace(/,\s*/g, '、')}条`;
}

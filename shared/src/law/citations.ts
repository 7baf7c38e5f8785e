import type { LegalBasis } from '../case/deadline-basis';
import type { Label } from '../labels';

/**
 * The statutes the calculators cite (legal-rules.md §3, §7 items 10-15), and the step record every
 * result carries. Only articles the reference confirms are cited; anything it marks unconfirmed
 * says so in its label.
 */

/** One line of a calculation: what was taken or applied, its value, and the article behind it. */
export interface CalcStep {
  label: Label;
  value: string;
  basis: LegalBasis;
}

export const LAW = {
  lcl: { 'zh-CN': '劳动合同法', en: 'Labour Contract Law' },
  lclRegulation: {
    'zh-CN': '劳动合同法实施条例',
    en: 'Regulation on the Implementation of the Labour Contract Law',
  },
  labourLaw: { 'zh-CN': '劳动法', en: 'Labour Law' },
  injury: { 'zh-CN': '工伤保险条例', en: 'Regulation on Work-Related Injury Insurance' },
  wageConversion: {
    'zh-CN': '劳社部发〔2008〕3号（未核实）',
    en: 'MOLSS notice 劳社部发〔2008〕3号 (unconfirmed)',
  },
  regional: {
    'zh-CN': '地区裁审口径（按地区配置）',
    en: 'Regional adjudication practice (configured per region)',
  },
  practice: { 'zh-CN': '计算口径（实务不一）', en: 'Calculation convention (practice varies)' },
} as const satisfies Record<string, Label>;

export function cite(law: Label, article: string, zh: string, en: string): LegalBasis {
  return { law, article, rule: { 'zh-CN': zh, en } };
}

export function step(zh: string, en: string, value: string, basis: LegalBasis): CalcStep {
  return { label: { 'zh-CN': zh, en }, value, basis };
}

/** The distinct bases of a list of steps, in first-use order (a result's `basis`). */
export function basesOf(steps: readonly CalcStep[]): LegalBasis[] {
  const out: LegalBasis[] = [];
  for (const s of steps) {
    if (!out.some((b) => b.law === s.basis.law && b.article === s.basis.article)) out.push(s.basis);
  }
  return out;
}

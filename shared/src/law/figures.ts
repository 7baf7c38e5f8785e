import type { IsoDate } from '../case/deadlines';
import { defineEnum } from '../enums';

/**
 * The local figures the calculators need (legal-rules.md §7 item 10): the prior-year average
 * monthly wage a city publishes (the 3× cap of art 47, the work-injury clamp of art 64), the
 * monthly and hourly minimum wage (the floor of 实施条例 art 27; LDMAL art 47's final-award test),
 * and a region's look-back limit for double wages. Each is a version: a value for an area from the
 * day it took effect, with its source. A correction is a new version; nothing is edited in place,
 * so a calculation can say which version it used.
 */
export const FIGURE_KIND = defineEnum({
  average_monthly_wage: { 'zh-CN': '上年度职工月平均工资', en: 'Prior-year average monthly wage' },
  minimum_monthly_wage: { 'zh-CN': '月最低工资标准', en: 'Monthly minimum wage' },
  minimum_hourly_wage: { 'zh-CN': '小时最低工资标准', en: 'Hourly minimum wage' },
  double_wage_lookback_months: {
    'zh-CN': '二倍工资可追溯月数（地区裁审口径）',
    en: 'Double wages: months counted back (regional practice)',
  },
});
export type FigureKind = (typeof FIGURE_KIND.values)[number];

/** What a figure's value counts: fen for the wages, whole months for the look-back. */
export const FIGURE_UNIT: { readonly [K in FigureKind]: 'fen' | 'months' } = {
  average_monthly_wage: 'fen',
  minimum_monthly_wage: 'fen',
  minimum_hourly_wage: 'fen',
  double_wage_lookback_months: 'months',
};

export interface LocalFigure {
  id: string;
  /** A district, city (xxxx00) or province (xx0000) code; the most specific one that has the figure wins. */
  areaCode: string;
  kind: FigureKind;
  /** In fen, or in months (FIGURE_UNIT). */
  value: number;
  /** The day this value took effect. */
  effectiveFrom: IsoDate;
  /** Who published it and where (a notice's name and number). */
  source: string;
  sourceUrl: string | null;
  /** Not taken from a published source: shown as 示例 (an example) wherever it is used. */
  example: boolean;
  note: string | null;
  /** 1 for the first value of an area, kind and day; a correction is the next number. */
  version: number;
}

/** The areas whose figures apply to a place, most specific first: the district, its city, its province. */
export function areaChain(areaCode: string): string[] {
  const out = [areaCode, `${areaCode.slice(0, 4)}00`, `${areaCode.slice(0, 2)}0000`];
  return out.filter((c, i) => out.indexOf(c) === i);
}

/**
 * The figure in force for a place on a day: from the most specific area that has one, the latest
 * that took effect on or before `on`, and of those the highest version. Null when none is entered.
 */
export function figureFor(
  figures: readonly LocalFigure[],
  kind: FigureKind,
  areaCode: string,
  on: IsoDate,
): LocalFigure | null {
  for (const area of areaChain(areaCode)) {
    const candidates = figures.filter((f) => f.kind === kind && f.areaCode === area && f.effectiveFrom <= on);
    if (!candidates.length) continue;
    return candidates.reduce((a, b) =>
      b.effectiveFrom > a.effectiveFrom || (b.effectiveFrom === a.effectiveFrom && b.version > a.version) ? b : a,
    );
  }
  return null;
}

/** Every kind's figure in force for a place on a day (kinds with none are left out). */
export function figuresInForce(figures: readonly LocalFigure[], areaCode: string, on: IsoDate): LocalFigure[] {
  return FIGURE_KIND.values.map((k) => figureFor(figures, k, areaCode, on)).filter((f): f is LocalFigure => !!f);
}

const EXAMPLE_SOURCE =
  '示例数值：未从公布文件核实，仅用于演示。请系统管理员按温州市、浙江省人力资源和社会保障部门公布的标准录入。';

/**
 * The demo city's starting figures. None was checked against a published notice on the machine that
 * wrote this (there is no network), so every one is an example: the staff page and every result
 * that uses one say so, and a system admin replaces them with the published figures (a new version
 * with its source). No look-back limit is shipped: without one, double wages are limited only by
 * the one-year limitation period the clock applies.
 */
export const SEED_FIGURES: readonly Omit<LocalFigure, 'id'>[] = [
  {
    areaCode: '330300',
    kind: 'average_monthly_wage',
    value: 800_000,
    effectiveFrom: '2026-01-01',
    source: EXAMPLE_SOURCE,
    sourceUrl: null,
    example: true,
    note: '示例：温州市上年度职工月平均工资',
    version: 1,
  },
  {
    areaCode: '330300',
    kind: 'minimum_monthly_wage',
    value: 249_000,
    effectiveFrom: '2025-01-01',
    source: EXAMPLE_SOURCE,
    sourceUrl: null,
    example: true,
    note: '示例：温州市区月最低工资标准',
    version: 1,
  },
  {
    areaCode: '330300',
    kind: 'minimum_hourly_wage',
    value: 2_400,
    effectiveFrom: '2025-01-01',
    source: EXAMPLE_SOURCE,
    sourceUrl: null,
    example: true,
    note: '示例：温州市区非全日制小时最低工资标准',
    version: 1,
  },
];

/** The calculators a claim item can come from (the `calculation` a claim item records). */
export const CALCULATOR = defineEnum({
  economicCompensation: { 'zh-CN': '经济补偿（劳动合同法第47条）', en: 'Economic compensation (LCL art 47)' },
  unlawfulTerminationDamages: {
    'zh-CN': '违法解除赔偿金（劳动合同法第87条）',
    en: 'Unlawful-termination damages (LCL art 87)',
  },
  doubleWages: { 'zh-CN': '未签劳动合同二倍工资（劳动合同法第82条）', en: 'Double wages (LCL art 82)' },
  overtimePay: { 'zh-CN': '加班费（劳动法第44条）', en: 'Overtime pay (Labour Law art 44)' },
  disabilityLumpSum: {
    'zh-CN': '一次性伤残补助金（工伤保险条例第35-37条）',
    en: 'Disability lump sum (Work Injury Regulation arts 35-37)',
  },
  unpaidWages: { 'zh-CN': '欠发工资（按月工资与欠发月数）', en: 'Unpaid wages (monthly wage × months owed)' },
});
export type CalculatorName = (typeof CALCULATOR.values)[number];

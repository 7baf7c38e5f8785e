import {
  disabilityLumpSum,
  doubleWages,
  economicCompensation,
  fenToYuan,
  type CalcStep,
  type CalculatorName,
  type FigureKind,
  type LegalBasis,
  type LocalFigureView,
} from '@gig/shared';

/**
 * The local figures a calculation used (public.figures: one per kind in force for the area today),
 * each with the article it is used under. The articles are taken from the calculators' own steps
 * (a probe with fixed inputs), so the statute text is written in one place only: shared/src/law.
 */

/** The figures in force, by what the calculators call them. */
export interface Figures {
  average?: LocalFigureView;
  minimum?: LocalFigureView;
  lookBack?: LocalFigureView;
}

export function figuresOf(list: readonly LocalFigureView[]): Figures {
  const of = (k: FigureKind) => list.find((f) => f.kind === k);
  return {
    average: of('average_monthly_wage'),
    minimum: of('minimum_monthly_wage'),
    lookBack: of('double_wage_lookback_months'),
  };
}

/** A figure as used by one calculation: the step that uses it says which article. */
export interface UsedFigure {
  figure: LocalFigureView;
  basis: LegalBasis;
}

/** How a calculator uses a kind of figure: the article, and which of its steps show the figure. */
interface Use {
  basis: LegalBasis;
  shows: (s: CalcStep) => boolean;
}

const zh = (s: CalcStep) => s.label['zh-CN'];
const found = (steps: CalcStep[], test: (s: CalcStep) => boolean): CalcStep => {
  const s = steps.find(test);
  if (!s) throw new Error('a calculator no longer has the step the calculator page cites');
  return s;
};

let uses: Partial<Record<CalculatorName, Partial<Record<FigureKind, Use>>>> | null = null;

function probe(): NonNullable<typeof uses> {
  const comp = economicCompensation({
    monthlyWageFen: 100,
    serviceMonths: 12,
    localAverageMonthlyWageFen: 100,
    minimumWageFen: 200,
  }).steps;
  const cap = found(comp, (s) => zh(s).includes('三倍')).basis;
  const floor = found(comp, (s) => zh(s).includes('按最低工资'));
  const wages = { average_monthly_wage: byRule(cap), minimum_monthly_wage: byLabel(floor) };
  const dw = doubleWages({
    monthlyWageFen: 100,
    employedFrom: '2020-01-01',
    employedTo: '2020-12-31',
    lookBackFrom: '2020-06-01',
  }).steps;
  const injury = disabilityLumpSum({ grade: 10, ownMonthlyWageFen: 100, localAverageMonthlyWageFen: 100 }).steps;
  const own = zh(injury[0]!);
  const clamp = injury[1]!.basis;
  return {
    economicCompensation: wages,
    unlawfulTerminationDamages: wages,
    doubleWages: { double_wage_lookback_months: byLabel(found(dw, (s) => zh(s).includes('追溯'))) },
    disabilityLumpSum: {
      average_monthly_wage: { basis: clamp, shows: (s) => sameRule(s.basis, clamp) && zh(s) !== own },
    },
  };
}
const sameRule = (a: LegalBasis, b: LegalBasis) => a.rule['zh-CN'] === b.rule['zh-CN'];
const byRule = (basis: LegalBasis): Use => ({ basis, shows: (s) => sameRule(s.basis, basis) });
const byLabel = (step: CalcStep): Use => ({ basis: step.basis, shows: (s) => zh(s) === zh(step) });

function useOf(calculator: CalculatorName, kind: FigureKind): Use | undefined {
  uses ??= probe();
  return uses[calculator]?.[kind];
}

/** The figures a calculator took, with the article each is used under. */
export function used(calculator: CalculatorName, figures: (LocalFigureView | undefined)[]): UsedFigure[] {
  return figures.flatMap((figure) => {
    const use = figure && useOf(calculator, figure.kind);
    return figure && use ? [{ figure, basis: use.basis }] : [];
  });
}

/** The example figures (not from a published source) a step of this calculator shows. */
export function examplesIn(calculator: CalculatorName, step: CalcStep, figures: UsedFigure[]): LocalFigureView[] {
  return figures.filter((u) => u.figure.example && useOf(calculator, u.figure.kind)?.shows(step)).map((u) => u.figure);
}

/** A figure's value as the worker reads it: yuan for the wages, months for the look-back. */
export function figureValue(f: Pick<LocalFigureView, 'kind' | 'value'>): { yuan: string } | { months: number } {
  return f.kind === 'double_wage_lookback_months' ? { months: f.value } : { yuan: `¥${fenToYuan(f.value)}` };
}

/** The corresponding day `n` months later (negative: earlier), or that month's last day (民法典 art 202). */
export function addMonths(d: string, n: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(day, last))).toISOString().slice(0, 10);
}

/** The first day a region's look-back lets a double-wage claim reach, counted back from `on`. */
export function lookBackFrom(on: string, months: number): string {
  return addMonths(on, -months);
}

/** The calendar months a span from `from` to `to` (both included) touches, counting a part month as one. */
export function monthsCovered(from: string, to: string): number {
  let n = 0;
  while (addMonths(from, n) <= to) n++;
  return Math.max(1, n);
}

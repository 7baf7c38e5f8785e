import { yuanToFen, type CompensationTrigger, type DisabilityGrade } from '@gig/shared';

/**
 * What the worker tells the calculator page, in plain situations, and the checks on it before
 * anything is computed. Pure: no Taro, no words (the page has those in calc-words.ts).
 */

/** What happened, in the worker's words; several can apply at once. */
export const SITUATIONS = ['dismissed', 'resigned', 'no_contract', 'overtime', 'injury', 'unpaid'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The reason the employer gave for a dismissal. */
export const DISMISS_REASONS = [
  'illness',
  'incompetent',
  'changed',
  'redundancy',
  'closed',
  'mutual',
  'fault',
  'none',
  'disputed',
] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/**
 * A reason that is lawful on its face (劳动合同法 arts 36, 40, 41, 44) owes economic compensation;
 * the others (none, disputed, a fault the worker denies) leave open whether the dismissal was
 * unlawful (art 87), which arbitration or a court decides: null.
 */
export const DISMISS_TRIGGER: { readonly [R in DismissReason]: CompensationTrigger | null } = {
  illness: 'art40_dismissal',
  incompetent: 'art40_dismissal',
  changed: 'art40_dismissal',
  redundancy: 'art41_redundancy',
  closed: 'employer_closed',
  mutual: 'mutual_by_employer',
  fault: null,
  none: null,
  disputed: null,
};

/** Why the worker quit (劳动合同法 art 38). */
export const RESIGN_REASONS = ['unpaid_wages', 'no_social_insurance', 'unsafe'] as const;
export type ResignReason = (typeof RESIGN_REASONS)[number];
export const RESIGN_TRIGGER: { readonly [R in ResignReason]: CompensationTrigger } = {
  unpaid_wages: 'art38_unpaid_wages',
  no_social_insurance: 'art38_no_social_insurance',
  unsafe: 'art38_unsafe_or_forced',
};

export const GRADES: readonly DisabilityGrade[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Every answer the page can ask, as typed (strings for the fields; '' when not given). */
export interface Answers {
  wageYuan: string;
  startDate: string;
  endDate: string;
  stillWorking: boolean;
  dismissReason: DismissReason | null;
  resignReason: ResignReason | null;
  signedLater: boolean;
  signedOn: string;
  overtimeFrom: string;
  overtimeTo: string;
  hoursWorkday: string;
  hoursRestDay: string;
  hoursHoliday: string;
  accidentDate: string;
  grade: DisabilityGrade | null;
  injuryWageYuan: string;
  monthsOwed: string;
  paidYuan: string;
  owedFrom: string;
  owedTo: string;
}
export type Field = keyof Answers;

export function emptyAnswers(): Answers {
  return {
    wageYuan: '',
    startDate: '',
    endDate: '',
    stillWorking: false,
    dismissReason: null,
    resignReason: null,
    signedLater: false,
    signedOn: '',
    overtimeFrom: '',
    overtimeTo: '',
    hoursWorkday: '',
    hoursRestDay: '',
    hoursHoliday: '',
    accidentDate: '',
    grade: null,
    injuryWageYuan: '',
    monthsOwed: '',
    paidYuan: '',
    owedFrom: '',
    owedTo: '',
  };
}

/** What is wrong with an answer: the page says it in words next to the field. */
export type Problem = 'required' | 'amount' | 'number' | 'order' | 'future';

/** The fields each situation asks (the wage, dates and the situation's own questions). */
export function fieldsFor(situations: readonly Situation[], a: Answers): Set<Field> {
  const out = new Set<Field>();
  const has = (s: Situation) => situations.includes(s);
  if (situations.some((s) => s !== 'injury')) out.add('wageYuan');
  if (has('dismissed') || has('resigned') || has('no_contract')) out.add('startDate').add('endDate');
  if (has('dismissed')) out.add('dismissReason');
  if (has('resigned')) out.add('resignReason');
  if (has('no_contract') && a.signedLater) out.add('signedOn');
  if (has('overtime')) out.add('overtimeFrom').add('overtimeTo').add('hoursWorkday');
  if (has('injury')) out.add('accidentDate');
  if (has('injury') && a.grade !== null) out.add('injuryWageYuan');
  if (has('unpaid')) out.add('monthsOwed').add('paidYuan').add('owedFrom').add('owedTo');
  return out;
}

/** Whether the worker may say "still working there": only for no contract, never after leaving. */
export const canStillWork = (situations: readonly Situation[]) =>
  situations.includes('no_contract') && !situations.includes('dismissed') && !situations.includes('resigned');

/** A positive amount in yuan → fen, or null. */
export function positiveFen(v: string): number | null {
  const f = yuanToFen(v);
  return f !== null && f > 0 ? f : null;
}

/** A non-negative number with at most 2 decimals, or null ('' → 0). */
export function quantityOf(v: string): number | null {
  const s = v.trim();
  if (s === '') return 0;
  return /^\d{1,5}(\.\d{1,2})?$/.test(s) ? Number(s) : null;
}

/** The problems with the answers the chosen situations need, by field; none → ready to compute. */
export function problemsOf(
  situations: readonly Situation[],
  a: Answers,
  today: string,
): Partial<Record<Field, Problem>> {
  const need = fieldsFor(situations, a);
  const out: Partial<Record<Field, Problem>> = {};
  const date = (f: Field, required: boolean) => {
    const v = a[f] as string;
    if (!v) {
      if (required) out[f] = 'required';
    } else if (v > today) out[f] = 'future';
  };
  const after = (from: Field, to: Field) => {
    if (!out[to] && a[from] && a[to] && (a[to] as string) < (a[from] as string)) out[to] = 'order';
  };
  if (need.has('wageYuan') && positiveFen(a.wageYuan) === null) out.wageYuan = a.wageYuan ? 'amount' : 'required';
  if (need.has('startDate')) {
    date('startDate', true);
    date('endDate', !(a.stillWorking && canStillWork(situations)));
    after('startDate', 'endDate');
  }
  if (need.has('dismissReason') && !a.dismissReason) out.dismissReason = 'required';
  if (need.has('resignReason') && !a.resignReason) out.resignReason = 'required';
  if (need.has('signedOn')) {
    date('signedOn', true);
    after('startDate', 'signedOn');
  }
  if (need.has('overtimeFrom')) {
    date('overtimeFrom', true);
    date('overtimeTo', true);
    after('overtimeFrom', 'overtimeTo');
    const hours = (['hoursWorkday', 'hoursRestDay', 'hoursHoliday'] as const).map((f) => {
      const q = quantityOf(a[f]);
      if (q === null) out[f] = 'number';
      return q ?? 0;
    });
    if (!out.hoursWorkday && !out.hoursRestDay && !out.hoursHoliday && hours.every((h) => h === 0))
      out.hoursWorkday = 'required';
  }
  if (need.has('accidentDate')) date('accidentDate', true);
  if (need.has('injuryWageYuan') && positiveFen(a.injuryWageYuan) === null)
    out.injuryWageYuan = a.injuryWageYuan ? 'amount' : 'required';
  if (need.has('monthsOwed')) {
    const m = quantityOf(a.monthsOwed);
    if (m === null) out.monthsOwed = 'number';
    else if (m === 0) out.monthsOwed = 'required';
    if (a.paidYuan && yuanToFen(a.paidYuan) === null) out.paidYuan = 'amount';
    date('owedFrom', false);
    date('owedTo', false);
    after('owedFrom', 'owedTo');
  }
  return out;
}

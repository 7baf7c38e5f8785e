import {
  COMPENSATION_TRIGGER,
  COMPENSATION_TRIGGER_RULES,
  OVERTIME_LIMIT_BASIS,
  disabilityLumpSum,
  doubleWages,
  economicCompensation,
  fenToYuan,
  overtimeOverLimit,
  overtimePay,
  unlawfulTerminationDamages,
  unpaidWages,
  workInjuryDeadlines,
  yuanToFen,
  type CalcStep,
  type CalculatorName,
  type ClaimType,
  type CompensationInput,
  type CompensationTrigger,
  type Label,
  type LegalBasis,
  type OvertimeKind,
  type WorkInjuryDeadline,
} from '@gig/shared';
import type { CalcWordKey } from '../calc-words';
import { DISMISS_TRIGGER, RESIGN_TRIGGER, positiveFen, quantityOf, type Answers, type Situation } from './answers';
import { lookBackFrom, monthsCovered, used, type Figures, type UsedFigure } from './figures';

/**
 * The calculator page's results: for each situation the worker picked, the statutory calculations
 * it leads to (shared/src/law), the notes that go with them (each with its article), and what each
 * would put into the claim. Pure; call it only once `problemsOf` finds nothing.
 */

/** One amount the worker may put into the claim. */
export interface CalcOption {
  key: string;
  situation: Situation;
  calculator: CalculatorName;
  claimType: ClaimType;
  /** The condition it holds under ("if the dismissal was lawful"), when it is one of two. */
  condition?: CalcWordKey;
  /** Which kind of overtime. */
  detail?: CalcWordKey;
  amountFen: number;
  steps: CalcStep[];
  figures: UsedFigure[];
  periodFrom?: string;
  periodTo?: string;
  /** For the claim item, in Chinese (what the station reads). */
  note: string;
  /** Options of one group are alternatives: at most one goes into the claim. */
  group?: string;
}

export interface CalcNote {
  key: CalcWordKey;
  tone: 'info' | 'warn';
  basis?: LegalBasis;
  /** A label shown with the note (the way the employment ended). */
  label?: Label;
  value?: string;
}

export interface Outcome {
  situation: Situation;
  options: CalcOption[];
  notes: CalcNote[];
  deadlines: WorkInjuryDeadline[];
}

const KINDS: { kind: OvertimeKind; field: 'hoursWorkday' | 'hoursRestDay' | 'hoursHoliday'; zh: string }[] = [
  { kind: 'workday', field: 'hoursWorkday', zh: '工作日延长工作时间' },
  { kind: 'rest_day', field: 'hoursRestDay', zh: '休息日工作且未补休' },
  { kind: 'holiday', field: 'hoursHoliday', zh: '法定休假日工作' },
];
const KIND_WORD: Record<OvertimeKind, CalcWordKey> = {
  workday: 'otWorkday',
  rest_day: 'otRestDay',
  holiday: 'otHoliday',
};

const example = (figures: UsedFigure[]) => (figures.some((u) => u.figure.example) ? '；用到的当地标准为示例数值' : '');
const whyOwed = (t: CompensationTrigger): CalcNote => ({
  key: 'whyOwed',
  tone: 'info',
  basis: COMPENSATION_TRIGGER_RULES[t].basis,
  label: COMPENSATION_TRIGGER.labels[t],
});

function compensation(
  situation: Situation,
  a: Answers,
  f: Figures,
  damages: boolean,
  extra: Partial<CalcOption> = {},
): CalcOption {
  const input: CompensationInput = { monthlyWageFen: positiveFen(a.wageYuan)!, serviceStart: a.startDate };
  input.serviceEnd = a.endDate;
  if (f.average) input.localAverageMonthlyWageFen = f.average.value;
  if (f.minimum) input.minimumWageFen = f.minimum.value;
  const calculator = damages ? 'unlawfulTerminationDamages' : 'economicCompensation';
  const r = damages ? unlawfulTerminationDamages(input) : economicCompensation(input);
  const figures = used(calculator, [f.average, f.minimum]);
  const what = damages
    ? `违法解除赔偿金 2 × ${r.months}个月 × ${fenToYuan(r.baseFen)}元（劳动合同法第87条；是否违法由仲裁或法院认定）`
    : `经济补偿 ${r.months}个月 × ${fenToYuan(r.baseFen)}元（劳动合同法第47条）`;
  return {
    key: `${situation}-${calculator}`,
    situation,
    calculator,
    claimType: 'termination_compensation',
    amountFen: r.amountFen,
    steps: r.steps,
    figures,
    periodFrom: a.startDate,
    periodTo: a.endDate,
    note: `计算器估算：${what}${example(figures)}`,
    ...extra,
  };
}

function dismissed(a: Answers, f: Figures): Pick<Outcome, 'options' | 'notes'> {
  const reason = a.dismissReason!;
  const trigger = DISMISS_TRIGGER[reason];
  if (trigger) return { options: [compensation('dismissed', a, f, false)], notes: [whyOwed(trigger)] };
  const unlawful: CalcNote = {
    key: 'unlawfulDecided',
    tone: 'warn',
    basis: COMPENSATION_TRIGGER_RULES.unlawful_termination.basis,
  };
  const damages = compensation('dismissed', a, f, true, { condition: 'ifUnlawful', group: 'dismissal' });
  if (reason === 'fault') {
    const fault: CalcNote = {
      key: 'faultNote',
      tone: 'info',
      basis: COMPENSATION_TRIGGER_RULES.art39_dismissal_for_fault.basis,
    };
    return { options: [damages], notes: [fault, unlawful] };
  }
  const lawful = compensation('dismissed', a, f, false, { condition: 'ifLawful', group: 'dismissal' });
  return { options: [lawful, damages], notes: [unlawful] };
}

function noContract(a: Answers, f: Figures, today: string): Pick<Outcome, 'options' | 'notes'> {
  const still = a.stillWorking && !a.endDate;
  const r = doubleWages({
    monthlyWageFen: positiveFen(a.wageYuan)!,
    employedFrom: a.startDate,
    ...(still ? { asOf: today } : { employedTo: a.endDate }),
    ...(a.signedLater && a.signedOn ? { signedOn: a.signedOn } : {}),
    ...(f.lookBack ? { lookBackFrom: lookBackFrom(today, f.lookBack.value) } : {}),
  });
  const figures = used('doubleWages', [f.lookBack]);
  const notes: CalcNote[] = [];
  const deemed = r.steps.find((s) => s.label['zh-CN'].startsWith('视为'));
  if (r.deemedOpenEnded && deemed) notes.push({ key: 'deemedOpenEnded', tone: 'info', basis: deemed.basis });
  const option: CalcOption = {
    key: 'no_contract-doubleWages',
    situation: 'no_contract',
    calculator: 'doubleWages',
    claimType: 'double_wages',
    amountFen: r.amountFen,
    steps: r.steps,
    figures,
    ...(r.from && r.to ? { periodFrom: r.from, periodTo: r.to } : {}),
    note: `计算器估算：未签劳动合同二倍工资差额 ${r.from ?? ''}至${r.to ?? ''}（劳动合同法第82条）${example(figures)}`,
  };
  return { options: [option], notes };
}

function overtime(a: Answers): Pick<Outcome, 'options' | 'notes'> {
  const wage = positiveFen(a.wageYuan)!;
  let total = 0;
  const options = KINDS.flatMap(({ kind, field, zh }) => {
    const hours = quantityOf(a[field]) ?? 0;
    total += hours;
    if (!hours) return [];
    const r = overtimePay({ monthlyWageFen: wage, hours, kind });
    return [
      {
        key: `overtime-${kind}`,
        situation: 'overtime' as const,
        calculator: 'overtimePay' as const,
        claimType: 'overtime' as const,
        detail: KIND_WORD[kind],
        amountFen: r.amountFen,
        steps: r.steps,
        figures: [],
        periodFrom: a.overtimeFrom,
        periodTo: a.overtimeTo,
        note: `计算器估算：${zh}加班 ${hours}小时，按${r.rate * 100}%计（劳动法第44条）`,
      },
    ];
  });
  const perMonth = total / monthsCovered(a.overtimeFrom, a.overtimeTo);
  const notes: CalcNote[] = overtimeOverLimit({ monthlyHours: perMonth })
    ? [{ key: 'overLimit', tone: 'warn', basis: OVERTIME_LIMIT_BASIS, value: perMonth.toFixed(1) }]
    : [];
  return { options, notes };
}

function injury(a: Answers, f: Figures): Outcome {
  const deadlines = workInjuryDeadlines(a.accidentDate);
  if (a.grade === null)
    return { situation: 'injury', options: [], notes: [{ key: 'gradeLater', tone: 'info' }], deadlines };
  if (!f.average) return { situation: 'injury', options: [], notes: [{ key: 'noAverage', tone: 'warn' }], deadlines };
  const r = disabilityLumpSum({
    grade: a.grade,
    ownMonthlyWageFen: positiveFen(a.injuryWageYuan)!,
    localAverageMonthlyWageFen: f.average.value,
  });
  const figures = used('disabilityLumpSum', [f.average]);
  const option: CalcOption = {
    key: 'injury-disabilityLumpSum',
    situation: 'injury',
    calculator: 'disabilityLumpSum',
    claimType: 'work_injury',
    amountFen: r.amountFen,
    steps: r.steps,
    figures,
    note: `计算器估算：${a.grade}级伤残一次性伤残补助金 ${r.months}个月本人工资（工伤保险条例第35-37条）${example(figures)}`,
  };
  return { situation: 'injury', options: [option], notes: [], deadlines };
}

function unpaid(a: Answers): CalcOption {
  const paidFen = a.paidYuan ? (yuanToFen(a.paidYuan) ?? 0) : 0;
  const months = quantityOf(a.monthsOwed) ?? 0;
  const r = unpaidWages({
    monthlyWageFen: positiveFen(a.wageYuan)!,
    monthsOwed: months,
    paidFen,
    ...(a.owedFrom ? { periodFrom: a.owedFrom } : {}),
    ...(a.owedTo ? { periodTo: a.owedTo } : {}),
  });
  return {
    key: 'unpaid-unpaidWages',
    situation: 'unpaid',
    calculator: 'unpaidWages',
    claimType: 'unpaid_wages',
    amountFen: r.amountFen,
    steps: r.steps,
    figures: [],
    ...(r.from ? { periodFrom: r.from } : {}),
    ...(r.to ? { periodTo: r.to } : {}),
    note: `计算器估算：欠发工资 ${months}个月 × ${fenToYuan(positiveFen(a.wageYuan)!)}元 − 已付 ${fenToYuan(paidFen)}元（劳动法第50条）`,
  };
}

function outcome(s: Situation, a: Answers, f: Figures, today: string): Outcome {
  const none = { deadlines: [] as WorkInjuryDeadline[] };
  switch (s) {
    case 'dismissed':
      return { situation: s, ...dismissed(a, f), ...none };
    case 'resigned': {
      const t = RESIGN_TRIGGER[a.resignReason!];
      return { situation: s, options: [compensation(s, a, f, false)], notes: [whyOwed(t)], ...none };
    }
    case 'no_contract':
      return { situation: s, ...noContract(a, f, today), ...none };
    case 'overtime':
      return { situation: s, ...overtime(a), ...none };
    case 'injury':
      return injury(a, f);
    case 'unpaid':
      return { situation: s, options: [unpaid(a)], notes: [], ...none };
  }
}

/** The results of every situation picked, in the order picked. A calculation that cannot be done exactly says so. */
export function outcomes(situations: readonly Situation[], a: Answers, f: Figures, today: string): Outcome[] {
  return situations.map((s) => {
    try {
      return outcome(s, a, f, today);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return { situation: s, options: [], notes: [{ key: 'tooLarge', tone: 'warn' }], deadlines: [] };
    }
  });
}

/** Whether an option can go into the claim (a claim item's amount is above 0). */
export const claimable = (o: CalcOption) => o.amountFen > 0;

import {
  DEFAULT_CLOCK_RULES,
  addYears,
  periodEnd,
  type ClockRules,
  type IsoDate,
  type LegalBasis,
} from '../case/deadlines';
import { isoDate, rollForward } from './calendar';
import { LAW, basesOf, cite, step, type CalcStep } from './citations';
import { cmp, fen, int, maxR, minR, mul, ratio, roundHalfUp, yuanText } from './exact';

/**
 * Work injury (工伤保险条例): the recognition deadlines (art 17) and the lump-sum disability
 * payment (arts 35-37, 本人工资 art 64): legal-rules.md §3 and §7 item 15. Names and shapes are
 * a contract: add fields, never rename.
 */

/** The clock's DeadlineKind is a closed union, so these deadlines carry their own kind. */
export type WorkInjuryDeadlineKind = 'employer' | 'worker';

export interface WorkInjuryDeadline {
  kind: WorkInjuryDeadlineKind;
  /** The accident day, or the day of diagnosis or appraisal of an occupational disease. */
  from: IsoDate;
  /** The last day to apply for recognition, after rolling past days off. */
  due: IsoDate;
  basis: LegalBasis;
}

/** Days the employer has to apply (工伤保险条例 art 17 para 1) and years for the worker (para 2). */
export const WORK_INJURY_EMPLOYER_DAYS = 30;
export const WORK_INJURY_WORKER_YEARS = 1;

export const WORK_INJURY_DEADLINE_BASIS: { readonly [K in WorkInjuryDeadlineKind]: LegalBasis } = {
  employer: cite(
    LAW.injury,
    '17',
    '用人单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请；特殊情况经批准可以适当延长',
    'The employer applies for work-injury recognition within 30 days of the accident or diagnosis; extendable with approval in special cases',
  ),
  worker: cite(
    LAW.injury,
    '17',
    '用人单位未按规定提出申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日或者被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请',
    'If the employer does not apply, the worker, near relatives or the union may apply within 1 year of the accident or diagnosis, where the employer is located',
  ),
};

/**
 * 工伤保险条例 art 17: the employer applies within 30 days (para 1), else the worker, near
 * relatives or the union within 1 year (para 2), both from the accident or diagnosis day. The
 * first day is not counted; a last day on a day off moves to the next working day (as the
 * clock's periodEnd and limitation do).
 */
export function workInjuryDeadlines(
  accidentOn: IsoDate,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): WorkInjuryDeadline[] {
  const from = isoDate('accidentOn', accidentOn);
  return [
    {
      kind: 'employer',
      from,
      due: periodEnd(from, WORK_INJURY_EMPLOYER_DAYS, rules),
      basis: WORK_INJURY_DEADLINE_BASIS.employer,
    },
    {
      kind: 'worker',
      from,
      due: rollForward(addYears(from, WORK_INJURY_WORKER_YEARS), rules),
      basis: WORK_INJURY_DEADLINE_BASIS.worker,
    },
  ];
}

export type DisabilityGrade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** Months of 本人工资 paid as the lump sum, by grade (工伤保险条例 arts 35-37). */
export const DISABILITY_LUMP_SUM_MONTHS: { readonly [G in DisabilityGrade]: number } = {
  1: 27,
  2: 25,
  3: 23,
  4: 21,
  5: 18,
  6: 16,
  7: 13,
  8: 11,
  9: 9,
  10: 7,
};

export interface DisabilityLumpSumInput {
  grade: DisabilityGrade;
  /** 本人工资: the average monthly contribution wage over the 12 months before the injury, in fen. */
  ownMonthlyWageFen: number;
  /** The local (统筹地区) average monthly wage, in fen. */
  localAverageMonthlyWageFen: number;
}

export interface DisabilityLumpSumResult {
  amountFen: number;
  months: number;
  /** 本人工资 after the 60%-300% clamp, rounded half-up to the fen (the amount uses the exact value). */
  baseFen: number;
  steps: CalcStep[];
  basis: LegalBasis[];
}

const ART64 = cite(
  LAW.injury,
  '64',
  '本人工资是指工伤职工因工作遭受事故伤害或者患职业病前12个月平均月缴费工资；高于统筹地区职工平均工资300%的，按300%计算；低于60%的，按60%计算',
  '本人工资 is the average monthly contribution wage over the 12 months before the injury, clamped to 60%–300% of the local average wage',
);
const gradeArticle = (g: DisabilityGrade) => (g <= 4 ? '35' : g <= 6 ? '36' : '37');
const gradeBasis = (g: DisabilityGrade) =>
  cite(
    LAW.injury,
    gradeArticle(g),
    '一次性伤残补助金：一级至十级伤残分别为27、25、23、21、18、16、13、11、9、7个月的本人工资',
    'Lump-sum disability payment: grades 1–10 receive 27/25/23/21/18/16/13/11/9/7 months of 本人工资',
  );

/**
 * 工伤保险条例 arts 35-37: the grade's months × 本人工资, with 本人工资 clamped to 60%–300% of
 * the local average (art 64); exact, rounded half-up to the fen at the end.
 */
export function disabilityLumpSum(input: DisabilityLumpSumInput): DisabilityLumpSumResult {
  const months = DISABILITY_LUMP_SUM_MONTHS[input.grade];
  if (!Number.isInteger(input.grade) || months === undefined) {
    throw new RangeError('grade must be an integer from 1 to 10');
  }
  const own = fen('ownMonthlyWageFen', input.ownMonthlyWageFen);
  const average = fen('localAverageMonthlyWageFen', input.localAverageMonthlyWageFen);
  const floor = mul(int(average), ratio(3, 5));
  const ceiling = mul(int(average), int(3));
  const base = minR(maxR(int(own), floor), ceiling);
  const baseFen = roundHalfUp(base);
  const amountFen = roundHalfUp(mul(base, int(months)));
  const steps: CalcStep[] = [
    step(
      '本人工资（受伤前12个月平均月缴费工资）',
      '本人工资 (12-month average contribution wage)',
      yuanText(own),
      ART64,
    ),
    step(
      '统筹地区职工平均工资的60%–300%',
      '60%–300% of the local average wage',
      `${yuanText(roundHalfUp(floor))} – ${yuanText(roundHalfUp(ceiling))}`,
      ART64,
    ),
  ];
  if (cmp(base, int(own)) !== 0) {
    const zh = cmp(base, int(own)) > 0 ? '低于60%，按60%计算' : '高于300%，按300%计算';
    const en = cmp(base, int(own)) > 0 ? 'Below 60%: raised to 60%' : 'Above 300%: lowered to 300%';
    steps.push(step(zh, en, yuanText(baseFen), ART64));
  }
  const g = gradeBasis(input.grade);
  steps.push(
    step(`${input.grade}级伤残：${months}个月本人工资`, `Grade ${input.grade}: ${months} months`, String(months), g),
  );
  steps.push(
    step(
      '一次性伤残补助金 = 月数 × 本人工资',
      'Lump sum = months × 本人工资',
      `${months} × ${yuanText(baseFen)} = ${yuanText(amountFen)}`,
      g,
    ),
  );
  return { amountFen, months, baseFen, steps, basis: basesOf(steps) };
}

import type { LegalBasis } from '../case/deadlines';
import { LAW, basesOf, cite, step, type CalcStep } from './citations';
import { decimal, div, fen, int, mul, quantity, ratio, roundHalfUp, yuanText, type Ratio } from './exact';

/**
 * Overtime pay (劳动法 arts 36, 41, 44) and the art-85 extra damages (劳动合同法): legal-rules.md
 * §3 and §7 items 13-14. Names and shapes are a contract: add fields, never rename.
 */

export type OvertimeKind = 'workday' | 'rest_day' | 'holiday';

/**
 * The wage conversion. 21.75 pay days a month is 劳社部发〔2008〕3号, which the reference marks
 * unconfirmed: it is configuration, not a constant (legal-rules.md). 8 hours a day is 劳动法 art 36.
 */
export interface WageConversionRules {
  /** Monthly pay days, as hundredths (2175 = 21.75 days). */
  monthlyPayDaysHundredths: number;
  hoursPerDay: number;
  /** 劳动法 art 41: at most this many overtime hours a month. */
  monthlyOvertimeLimitHours: number;
}

export const DEFAULT_WAGE_CONVERSION: WageConversionRules = {
  monthlyPayDaysHundredths: 2175,
  hoursPerDay: 8,
  monthlyOvertimeLimitHours: 36,
};

export interface OvertimeInput {
  monthlyWageFen: number;
  /** Overtime hours (up to 6 decimals are exact). */
  hours: number;
  kind: OvertimeKind;
}

export interface OvertimeResult {
  amountFen: number;
  /** The hourly wage rounded half-up to the fen, for display; the amount uses the exact value. */
  hourlyFen: number;
  /** 1.5, 2 or 3. */
  rate: number;
  steps: CalcStep[];
  basis: LegalBasis[];
}

const ART44 = cite(
  LAW.labourLaw,
  '44',
  '安排延长工作时间的，支付不低于工资的150%；休息日安排工作又不能安排补休的，支付不低于工资的200%；法定休假日安排工作的，支付不低于工资的300%',
  'At least 150% for extended hours on a working day; 200% for rest-day work without time off in lieu; 300% on a statutory holiday',
);
const ART36 = cite(LAW.labourLaw, '36', '劳动者每日工作时间不超过八小时', 'Working time is at most 8 hours a day');
const ART41 = cite(
  LAW.labourLaw,
  '41',
  '延长工作时间一般每日不得超过一小时，特殊原因每日不得超过三小时，每月不得超过三十六小时',
  'Overtime is normally at most 1 hour a day, 3 in special cases, and 36 hours a month',
);
const CONVERSION = cite(
  LAW.wageConversion,
  '—',
  '日工资 = 月工资 ÷ 月计薪天数（21.75）；小时工资 = 日工资 ÷ 8（未核实，按配置）',
  'Daily wage = monthly ÷ monthly pay days (21.75); hourly = daily ÷ 8 (unconfirmed; configurable)',
);
export const ARTICLE_85_BASIS: LegalBasis = cite(
  LAW.lcl,
  '85',
  '劳动行政部门责令限期支付劳动报酬、加班费、经济补偿或低于最低工资标准的差额，逾期不支付的，责令用人单位按应付金额50%以上100%以下的标准向劳动者加付赔偿金',
  'The labour administration orders payment of wages, overtime, compensation or the minimum-wage shortfall by a deadline; if still unpaid, the employer pays an extra 50%–100% of the amount due',
);

const RATES: { readonly [K in OvertimeKind]: { rate: Ratio; text: string; zh: string; en: string } } = {
  workday: { rate: ratio(3, 2), text: '150%', zh: '工作日延长工作时间', en: 'Extended hours on a working day' },
  rest_day: { rate: int(2), text: '200%', zh: '休息日工作且未安排补休', en: 'Rest-day work without time off in lieu' },
  holiday: { rate: int(3), text: '300%', zh: '法定休假日工作', en: 'Work on a statutory holiday' },
};

/**
 * 劳动法 art 44: monthly wage × rate × hours ÷ (21.75 × 8), exact, rounded half-up to the fen at
 * the end. The rates are minimums ("不低于").
 */
export function overtimePay(
  input: OvertimeInput,
  rules: WageConversionRules = DEFAULT_WAGE_CONVERSION,
): OvertimeResult {
  const wage = fen('monthlyWageFen', input.monthlyWageFen);
  const hours = quantity('hours', input.hours);
  const r = RATES[input.kind];
  if (!r) throw new RangeError(`unknown overtime kind: ${String(input.kind)}`);
  const hoursPerMonth = mul(ratio(rules.monthlyPayDaysHundredths, 100), int(rules.hoursPerDay));
  const hourly = div(int(wage), hoursPerMonth);
  const amountFen = roundHalfUp(mul(hourly, r.rate, hours));
  const hourlyFen = roundHalfUp(hourly);
  const days = decimal(ratio(rules.monthlyPayDaysHundredths, 100), 2);
  const steps = [
    step('月工资', 'Monthly wage', yuanText(wage), ART44),
    step(
      `小时工资 = 月工资 ÷ ${days} ÷ ${rules.hoursPerDay}（劳社部发〔2008〕3号，未核实）`,
      `Hourly wage = monthly ÷ ${days} ÷ ${rules.hoursPerDay} (劳社部发〔2008〕3号, unconfirmed)`,
      `${yuanText(wage)} ÷ ${days} ÷ ${rules.hoursPerDay} ≈ ${yuanText(hourlyFen)}`,
      CONVERSION,
    ),
    step('每日标准工作时间', 'Standard working day', `${rules.hoursPerDay} hours`, ART36),
    step(`${r.zh}：不低于${r.text}`, `${r.en}: at least ${r.text}`, r.text, ART44),
    step('加班时数', 'Overtime hours', decimal(hours, 6), ART44),
    step(
      '加班费 = 小时工资 × 倍数 × 时数（按精确值计算，最后四舍五入到分）',
      'Overtime pay = hourly × rate × hours (exact, rounded half-up to the fen at the end)',
      yuanText(amountFen),
      ART44,
    ),
  ];
  return { amountFen, hourlyFen, rate: Number(decimal(r.rate, 2)), steps, basis: basesOf(steps) };
}

/** 劳动法 art 41: more than 36 overtime hours in a month is over the limit. */
export function overtimeOverLimit(
  input: { monthlyHours: number },
  rules: WageConversionRules = DEFAULT_WAGE_CONVERSION,
): boolean {
  if (!Number.isFinite(input.monthlyHours) || input.monthlyHours < 0) {
    throw new RangeError('monthlyHours must be a non-negative number');
  }
  return input.monthlyHours > rules.monthlyOvertimeLimitHours;
}
export const OVERTIME_LIMIT_BASIS: LegalBasis = ART41;

/**
 * 劳动合同法 art 85: only once a labour-administration order's payment deadline has passed unpaid,
 * the employer owes an extra 50%–100% of the amount due: [min, max] in fen (min rounded half-up);
 * otherwise null. Never 25%: that figure is the 1994 rule (劳部发〔1994〕481号), superseded.
 */
export function article85Damages(input: { owedFen: number; orderDeadlinePassed: boolean }): null | [number, number] {
  const owed = fen('owedFen', input.owedFen);
  if (!input.orderDeadlinePassed) return null;
  return [roundHalfUp(mul(int(owed), ratio(1, 2))), owed];
}

import { addDays, type IsoDate, type LegalBasis } from '../case/deadlines';
import { addMonths, isoDate } from './calendar';
import { LAW, basesOf, cite, step, type CalcStep } from './citations';
import { fen, int, mul, ratio, roundHalfUp, yuanText } from './exact';

/**
 * Economic compensation (劳动合同法 art 47) and unlawful-termination damages (arts 48, 87;
 * 实施条例 arts 25, 27): legal-rules.md §3 and §7 items 10-11. Pure functions over integer fen.
 * Names and shapes are a contract other tools call: add fields, never rename.
 */

export interface CompensationInput {
  /** The month's wage: the average of the 12 months before termination (实施条例 art 27), in fen. */
  monthlyWageFen: number;
  /** Length of service in whole months; or give serviceStart and serviceEnd instead. */
  serviceMonths?: number;
  /** First day of service (for damages: the first day of employment, 实施条例 art 25). */
  serviceStart?: IsoDate;
  /** Last day worked, inclusive. */
  serviceEnd?: IsoDate;
  /** The prior-year local average monthly wage the city published, in fen (the 3× cap). */
  localAverageMonthlyWageFen?: number;
  /** The local monthly minimum wage, in fen (the floor of the base). */
  minimumWageFen?: number;
}

export interface CompensationResult {
  amountFen: number;
  /** Months of wage owed under art 47 (after the 12-year cap when it applies). */
  months: number;
  baseFen: number;
  /** True when the wage was above 3× the local average: base and years were capped. */
  capped: boolean;
  basis: LegalBasis[];
  steps: CalcStep[];
  /** Full years of service counted. */
  fullYears: number;
  /** Months before the 12-year cap. */
  uncappedMonths: number;
}

export interface DamagesResult extends CompensationResult {
  /** Damages are this many times the art-47 amount (2); `months` stays the art-47 months. */
  multiplier: number;
}

const ART27 = cite(
  LAW.lclRegulation,
  '27',
  '月工资按劳动者在劳动合同解除或者终止前12个月的平均工资计算，包括计时工资或者计件工资以及奖金、津贴和补贴等货币性收入；不满12个月的，按照实际工作的月数计算平均工资；低于当地最低工资标准的，按照当地最低工资标准计算',
  'The month’s wage is the average over the 12 months before termination (time or piece wages, bonuses, allowances, subsidies); with fewer months, the months actually worked; below the local minimum wage, the minimum wage',
);
const ART47 = cite(
  LAW.lcl,
  '47',
  '按劳动者在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的，按一年计算；不满六个月的，支付半个月工资',
  'One month’s wage per full year of service; a remainder of 6 months or more counts as a year; under 6 months, half a month',
);
const ART47_CAP = cite(
  LAW.lcl,
  '47',
  '月工资高于用人单位所在直辖市、设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，按职工月平均工资三倍的数额支付，支付年限最高不超过十二年',
  'A month’s wage above 3× the prior-year local average monthly wage the city published is paid at 3× that average, for at most 12 years',
);
const ART87 = cite(
  LAW.lcl,
  '48, 87',
  '用人单位违法解除或者终止劳动合同，劳动者不要求继续履行或者劳动合同已经不能继续履行的，用人单位应当依照第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金',
  'An unlawful termination: where the worker does not ask for reinstatement (or it is impossible), the employer pays damages of twice the art-47 compensation',
);
const REG25 = cite(
  LAW.lclRegulation,
  '25',
  '用人单位依照劳动合同法第八十七条的规定支付了赔偿金的，不再支付经济补偿；赔偿金的计算年限自用工之日起计算',
  'An employer that pays art-87 damages pays no economic compensation on top; the damages’ years count from the first day of employment',
);

/** Service as full years plus a remainder worth 0, 1 or 2 half-months (art 47). */
function service(input: CompensationInput): { years: number; remainderHalves: 0 | 1 | 2; text: string } {
  const { serviceMonths: m, serviceStart, serviceEnd } = input;
  const dates = serviceStart !== undefined || serviceEnd !== undefined;
  if (m !== undefined && dates) throw new RangeError('give serviceMonths or serviceStart/serviceEnd, not both');
  if (m !== undefined) {
    if (!Number.isSafeInteger(m) || m < 0) throw new RangeError('serviceMonths must be a non-negative integer');
    const rest = m % 12;
    return {
      years: Math.floor(m / 12),
      remainderHalves: rest >= 6 ? 2 : rest > 0 ? 1 : 0,
      text: `${m} months = ${Math.floor(m / 12)} years + ${rest} months`,
    };
  }
  if (serviceStart === undefined || serviceEnd === undefined) {
    throw new RangeError('give serviceMonths, or both serviceStart and serviceEnd');
  }
  const start = isoDate('serviceStart', serviceStart);
  const end = isoDate('serviceEnd', serviceEnd);
  if (end < start) throw new RangeError('serviceEnd is before serviceStart');
  const after = addDays(end, 1);
  let years = 0;
  while (addMonths(start, 12 * (years + 1)) <= after) years++;
  const anchor = addMonths(start, 12 * years);
  const remainderHalves = addMonths(start, 12 * years + 6) <= after ? 2 : anchor < after ? 1 : 0;
  const rest = remainderHalves === 2 ? '6 months or more' : remainderHalves === 1 ? 'under 6 months' : 'nothing';
  return { years, remainderHalves, text: `${start} to ${end}: ${years} full years, then ${rest} (from ${anchor})` };
}

/** The art-47 calculation in half-months, before any multiplier. */
function art47(input: CompensationInput): Omit<CompensationResult, 'amountFen' | 'basis'> & { halves: number } {
  const wage = fen('monthlyWageFen', input.monthlyWageFen);
  const minimum = input.minimumWageFen === undefined ? undefined : fen('minimumWageFen', input.minimumWageFen);
  const average =
    input.localAverageMonthlyWageFen === undefined
      ? undefined
      : fen('localAverageMonthlyWageFen', input.localAverageMonthlyWageFen);
  const s = service(input);
  const steps: CalcStep[] = [
    step(
      '月工资（解除或终止前12个月平均工资）',
      'The month’s wage (12-month average before termination)',
      yuanText(wage),
      ART27,
    ),
  ];
  let base = wage;
  if (minimum !== undefined && base < minimum) {
    base = minimum;
    steps.push(
      step('低于当地最低工资标准，按最低工资计算', 'Below the local minimum wage: raised to it', yuanText(base), ART27),
    );
  }
  steps.push(step('工作年限', 'Length of service', s.text, ART47));
  const uncappedHalves = 2 * s.years + s.remainderHalves;
  steps.push(
    step(
      '应支付月数（每满一年一个月；六个月以上按一年；不满六个月半个月）',
      'Months of wage owed (1 per full year; 6+ months = 1; under 6 = 0.5)',
      String(uncappedHalves / 2),
      ART47,
    ),
  );
  let halves = uncappedHalves;
  let capped = false;
  if (average === undefined) {
    steps.push(
      step(
        '未提供本地上年度职工月平均工资：未核对三倍封顶',
        'No local average wage given: the 3× cap was not checked',
        '—',
        ART47_CAP,
      ),
    );
  } else if (base > 3 * average) {
    capped = true;
    base = 3 * average;
    halves = Math.min(halves, 24);
    steps.push(
      step(
        '月工资高于上年度职工月平均工资三倍：基数按三倍计算',
        'Wage above 3× the local average: the base becomes 3× the average',
        `3 × ${yuanText(average)} = ${yuanText(base)}`,
        ART47_CAP,
      ),
    );
    steps.push(step('封顶后年限最高十二年', 'With the cap, at most 12 years', String(halves / 2), ART47_CAP));
  } else {
    steps.push(
      step(
        '月工资未高于上年度职工月平均工资三倍：不封顶',
        'Wage not above 3× the local average: no cap',
        `≤ 3 × ${yuanText(average)} = ${yuanText(3 * average)}`,
        ART47_CAP,
      ),
    );
  }
  return {
    months: halves / 2,
    halves,
    baseFen: base,
    capped,
    steps,
    fullYears: s.years,
    uncappedMonths: uncappedHalves / 2,
  };
}

/**
 * 劳动合同法 art 47: months × the month's wage, where months = 1 per full year of service, plus 1
 * for a remainder of 6 months or more or 0.5 for a shorter one. The base is raised to the local
 * minimum wage (实施条例 art 27); above 3× the local average it becomes 3× the average and the
 * months stop at 12 (`capped`). Whether the termination owes compensation at all is
 * `compensationOwed` (art 46).
 */
export function economicCompensation(input: CompensationInput): CompensationResult {
  const { halves, ...r } = art47(input);
  const amountFen = roundHalfUp(mul(int(halves), int(r.baseFen), ratio(1, 2)));
  const steps = [
    ...r.steps,
    step(
      '经济补偿 = 月数 × 月工资',
      'Compensation = months × the month’s wage',
      `${r.months} × ${yuanText(r.baseFen)} = ${yuanText(amountFen)}`,
      ART47,
    ),
  ];
  return { ...r, amountFen, steps, basis: basesOf(steps) };
}

/**
 * 劳动合同法 arts 48, 87: damages for an unlawful termination are 2× the art-47 amount, on the same
 * base, caps and month rules, with the years counted from the first day of employment (实施条例
 * art 25: pass that day as `serviceStart`). They replace economic compensation, never add to it.
 */
export function unlawfulTerminationDamages(input: CompensationInput): DamagesResult {
  const { halves, ...r } = art47(input);
  const amountFen = roundHalfUp(mul(int(2), int(halves), int(r.baseFen), ratio(1, 2)));
  const start = input.serviceStart === undefined ? 'as given' : `from ${input.serviceStart}`;
  const steps = [
    step('赔偿金年限自用工之日起计算', 'The years count from the first day of employment', start, REG25),
    ...r.steps,
    step(
      '赔偿金 = 经济补偿标准的二倍',
      'Damages = twice the art-47 compensation',
      `2 × ${r.months} × ${yuanText(r.baseFen)} = ${yuanText(amountFen)}`,
      ART87,
    ),
    step(
      '支付赔偿金的，不再支付经济补偿（不得叠加）',
      'Damages replace economic compensation: never both',
      yuanText(amountFen),
      REG25,
    ),
  ];
  return { ...r, amountFen, multiplier: 2, steps, basis: basesOf(steps) };
}

import { addDays, addYears, type IsoDate, type LegalBasis } from '../case/deadlines';
import { addMonths, isoDate, monthsAndDays } from './calendar';
import { LAW, basesOf, cite, step, type CalcStep } from './citations';
import { decimal, fen, int, mul, ratio, roundHalfUp, yuanText } from './exact';

/**
 * Double wages for no written contract (劳动合同法 arts 10, 82; 实施条例 arts 6-7): legal-rules.md
 * §3 and §7 item 12. The amount is the extra 1× wage (the "double" is the wage already paid plus
 * this). Refusing an open-ended contract that is due (art 82 para 2) is a separate claim, not
 * computed here. Names and shapes are a contract: add fields, never rename.
 */

export interface DoubleWagesInput {
  monthlyWageFen: number;
  /** The first day of employment (用工之日). */
  employedFrom: IsoDate;
  /** The last day of employment; omitted while still employed. */
  employedTo?: IsoDate;
  /** The day a written contract was signed; omitted when never signed. */
  signedOn?: IsoDate;
  /** The region's look-back limit (configured per region, passed in): nothing before this day. */
  lookBackFrom?: IsoDate;
  /** Still employed and no employedTo: the day the calculation is made (defaults to "past the one-year mark"). */
  asOf?: IsoDate;
}

export interface DoubleWagesResult {
  amountFen: number;
  /** Calendar months of the period, with the leftover days as a fraction of their month (display; see `period`). */
  months: number;
  /** First and last day owed, both included; null when nothing is owed. */
  from: IsoDate | null;
  to: IsoDate | null;
  /** A full year without a written contract: deemed open-ended from the one-year mark (实施条例 art 7). */
  deemedOpenEnded: boolean;
  steps: CalcStep[];
  basis: LegalBasis[];
  /** The exact period: whole months, then `days` of a month `monthLength` days long. */
  period: { whole: number; days: number; monthLength: number };
}

const ART82 = cite(
  LAW.lcl,
  '10, 82',
  '用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资',
  'An employer with no written contract more than 1 month and under 1 year after employment began pays the worker twice the wage each month',
);
const REG6 = cite(
  LAW.lclRegulation,
  '6',
  '自用工之日起满一个月的次日至补订书面劳动合同的前一日，支付二倍工资',
  'The double wage runs from the day after one full month of employment to the day before the contract is signed',
);
const REG7 = cite(
  LAW.lclRegulation,
  '7',
  '用工满一年未订立书面劳动合同的，二倍工资支付至满一年的前一日，并视为自满一年的当日已订立无固定期限劳动合同',
  'After a full year without a written contract, the double wage stops the day before the one-year mark and an open-ended contract is deemed to exist from that day',
);
const LOOK_BACK = cite(
  LAW.regional,
  '—',
  '部分地区对二倍工资差额按申请仲裁之日起向前一年逐月计算（如广东），按地区配置',
  'Some regions look back only 1 year from the claim, month by month (e.g. Guangdong); configured per region',
);
const PRORATION = cite(
  LAW.practice,
  '—',
  '不足一个月的天数按该月日历天数折算；各地对不足月部分的计算口径不一',
  'Leftover days are prorated over the calendar days of their month; regional practice on partial months varies',
);

/**
 * The extra wage owed for working without a written contract: from employedFrom + 1 month to the
 * day before signing (or the last day of employment, or `asOf`), never past the day before the
 * one-year mark (so at most 11 months), and not before `lookBackFrom`. Nothing when the contract
 * was signed within the first month.
 */
export function doubleWages(input: DoubleWagesInput): DoubleWagesResult {
  const wage = fen('monthlyWageFen', input.monthlyWageFen);
  const start = isoDate('employedFrom', input.employedFrom);
  const end = input.employedTo === undefined ? undefined : isoDate('employedTo', input.employedTo);
  const signed = input.signedOn === undefined ? undefined : isoDate('signedOn', input.signedOn);
  const asOf = input.asOf === undefined ? undefined : isoDate('asOf', input.asOf);
  const lookBack = input.lookBackFrom === undefined ? undefined : isoDate('lookBackFrom', input.lookBackFrom);
  if (end !== undefined && end < start) throw new RangeError('employedTo is before employedFrom');
  if (asOf !== undefined && asOf < start) throw new RangeError('asOf is before employedFrom');

  const graceEnd = addMonths(start, 1);
  const anniversary = addYears(start, 1);
  const yearCap = addDays(anniversary, -1);
  const steps: CalcStep[] = [
    step('用工之日', 'First day of employment', start, ART82),
    step('满一个月的次日（二倍工资起算）', 'The day after one full month (the double wage starts)', graceEnd, REG6),
  ];

  // The last day owed, before the one-year cap: the day before signing, else the end of employment.
  const candidates: IsoDate[] = [];
  if (signed !== undefined) {
    candidates.push(addDays(signed, -1));
    steps.push(
      step('补订书面劳动合同的前一日', 'The day before the written contract was signed', addDays(signed, -1), REG6),
    );
  }
  if (end !== undefined) {
    candidates.push(end);
    steps.push(step('劳动关系终止之日', 'The last day of employment', end, ART82));
  } else if (asOf !== undefined && signed === undefined) {
    candidates.push(asOf);
    steps.push(step('仍在职，计算至', 'Still employed: counted to', asOf, ART82));
  } else if (signed === undefined) {
    steps.push(
      step(
        '未提供终止日期：视为仍在职，计算至满一年的前一日',
        'No end date given: treated as still employed, counted to the day before the one-year mark',
        yearCap,
        REG7,
      ),
    );
  }
  candidates.push(yearCap);
  steps.push(
    step(
      '满一年的前一日（二倍工资最长至此，最多11个月）',
      'The day before the one-year mark (the latest day, at most 11 months)',
      yearCap,
      REG7,
    ),
  );
  const to = candidates.sort()[0]!;
  let from = graceEnd;
  if (lookBack !== undefined && lookBack > from) {
    from = lookBack;
    steps.push(step('地区追溯期限：自该日起计算', 'The region’s look-back: counted from', lookBack, LOOK_BACK));
  }

  // Employment reached the one-year mark with no contract signed before it.
  const lastEmployed = end ?? asOf;
  const deemedOpenEnded =
    (signed === undefined || signed >= anniversary) && (lastEmployed === undefined || lastEmployed >= anniversary);
  if (deemedOpenEnded) {
    const assumed = lastEmployed === undefined ? ' (assumed still employed then)' : '';
    steps.push(
      step(
        '视为自满一年的当日已订立无固定期限劳动合同',
        'Deemed an open-ended contract from the one-year mark',
        anniversary + assumed,
        REG7,
      ),
    );
  }

  if (to < from) {
    steps.push(
      step(
        '无二倍工资（一个月内已订立书面合同，或期间被排除）',
        'Nothing owed (signed within the first month, or the period is excluded)',
        yuanText(0),
        REG6,
      ),
    );
    return {
      amountFen: 0,
      months: 0,
      from: null,
      to: null,
      deemedOpenEnded,
      steps,
      basis: basesOf(steps),
      period: { whole: 0, days: 0, monthLength: 0 },
    };
  }
  const period = monthsAndDays(from, to);
  const months = periodMonths(period);
  const amountFen = roundHalfUp(mul(int(wage), months));
  steps.push(step('期间', 'Period', `${from} to ${to}`, ART82));
  steps.push(
    step(
      '月数：整月数加剩余天数按该月日历天数折算（各地口径不一）',
      'Months: whole calendar months, plus leftover days over the calendar days of their month (practice varies)',
      `${period.whole} + ${period.days}/${period.monthLength || 1} = ${decimal(months)}`,
      PRORATION,
    ),
  );
  steps.push(
    step(
      '二倍工资差额 = 月工资 × 月数',
      'Extra wage = the monthly wage × months',
      `${yuanText(wage)} × ${decimal(months)} = ${yuanText(amountFen)}`,
      ART82,
    ),
  );
  return {
    amountFen,
    months: Number(decimal(months, 6)),
    from,
    to,
    deemedOpenEnded,
    steps,
    basis: basesOf(steps),
    period,
  };
}

function periodMonths(p: { whole: number; days: number; monthLength: number }) {
  return p.days === 0 ? int(p.whole) : ratio(p.whole * p.monthLength + p.days, p.monthLength);
}

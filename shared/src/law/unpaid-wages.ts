import type { IsoDate, LegalBasis } from '../case/deadlines';
import { isoDate } from './calendar';
import { LAW, basesOf, cite, step, type CalcStep } from './citations';
import { decimal, fen, int, mul, quantity, roundHalfUp, yuanText } from './exact';

/**
 * Unpaid wages (劳动法 art 50; 劳动合同法 art 30): the monthly wage × the months owed, less what
 * the employer paid towards them. Exact in fen, rounded half-up once. The art-85 extra damages are
 * a separate question (`article85Damages`). Names and shapes are a contract: add fields, never rename.
 */

export interface UnpaidWagesInput {
  /** The wage agreed for a month, in fen. */
  monthlyWageFen: number;
  /** Months the wage is owed for (up to 6 decimals are exact: 1.5 is a month and a half). */
  monthsOwed: number;
  /** What the employer paid towards those months, in fen (0 when nothing). */
  paidFen?: number;
  /** The first and last day owed, when known (shown, and checked for order). */
  periodFrom?: IsoDate;
  periodTo?: IsoDate;
}

export interface UnpaidWagesResult {
  amountFen: number;
  /** The wage due for the months owed, before what was paid. */
  dueFen: number;
  paidFen: number;
  /** The employer paid as much as was due, or more: nothing is owed. */
  paidInFull: boolean;
  from: IsoDate | null;
  to: IsoDate | null;
  steps: CalcStep[];
  basis: LegalBasis[];
}

const LL50 = cite(
  LAW.labourLaw,
  '50',
  '工资应当以货币形式按月支付给劳动者本人。不得克扣或者无故拖欠劳动者的工资',
  'Wages are paid in money, every month, to the worker in person; they may not be docked or held back without cause',
);
const LCL30 = cite(
  LAW.lcl,
  '30',
  '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬',
  'The employer pays the worker’s remuneration on time and in full, as the contract and state rules require',
);

/** 劳动法 art 50, 劳动合同法 art 30: monthly wage × months owed − paid, never below nothing. */
export function unpaidWages(input: UnpaidWagesInput): UnpaidWagesResult {
  const wage = fen('monthlyWageFen', input.monthlyWageFen);
  const months = quantity('monthsOwed', input.monthsOwed);
  const paid = fen('paidFen', input.paidFen ?? 0);
  const from = input.periodFrom === undefined ? null : isoDate('periodFrom', input.periodFrom);
  const to = input.periodTo === undefined ? null : isoDate('periodTo', input.periodTo);
  if (from !== null && to !== null && to < from) throw new RangeError('periodTo is before periodFrom');

  const dueFen = roundHalfUp(mul(int(wage), months));
  const amountFen = Math.max(0, dueFen - paid);
  const monthsText = decimal(months, 6);
  const steps: CalcStep[] = [
    step('月工资（约定每月应发的工资）', 'The monthly wage (agreed, before deductions)', yuanText(wage), LL50),
    step('欠发月数', 'Months owed', monthsText, LL50),
  ];
  if (from !== null || to !== null) {
    steps.push(step('欠发期间', 'Period owed', `${from ?? '…'} to ${to ?? '…'}`, LL50));
  }
  steps.push(
    step(
      '应发工资 = 月工资 × 月数（最后四舍五入到分）',
      'Wages due = monthly wage × months (rounded half-up to the fen)',
      `${yuanText(wage)} × ${monthsText} = ${yuanText(dueFen)}`,
      LCL30,
    ),
    step('单位已支付', 'Already paid by the employer', yuanText(paid), LCL30),
  );
  if (paid >= dueFen) {
    steps.push(step('已付不少于应发：没有欠发', 'Paid at least what was due: nothing owed', yuanText(0), LCL30));
  } else {
    steps.push(
      step(
        '欠发工资 = 应发工资 − 已支付',
        'Unpaid wages = wages due − already paid',
        `${yuanText(dueFen)} − ${yuanText(paid)} = ${yuanText(amountFen)}`,
        LCL30,
      ),
    );
  }
  return { amountFen, dueFen, paidFen: paid, paidInFull: paid >= dueFen, from, to, steps, basis: basesOf(steps) };
}

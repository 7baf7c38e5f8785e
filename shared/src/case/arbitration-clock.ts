import type { ClaimType } from '../enums';
import {
  DEFAULT_CLOCK_RULES,
  addDays,
  deadlineOf,
  isDayOff,
  periodEnd,
  type ClockRules,
  type Deadline,
  type IsoDate,
} from './deadlines';

/**
 * The arbitration stage's clock (LDMAL arts 16, 29, 43, 47-50; legal-rules.md §2 and §7 items
 * 6-8), as pure functions with each result's legal basis. Names and shapes are a contract other
 * tools call: add fields, do not rename. Every number and counting choice is in ClockRules.
 */

/** `days` working days after `from` (the first day not counted): how the short periods may be counted. */
export function workingDaysEnd(from: IsoDate, days: number, rules: ClockRules): IsoDate {
  let d = from;
  for (let counted = 0; counted < days;) {
    d = addDays(d, 1);
    if (!isDayOff(d, rules)) counted++;
  }
  return d;
}

/**
 * Art 29: the commission decides within 5 days of receiving the application whether it accepts it;
 * a refusal, or no decision by then, lets the applicant sue. Whether those are working days is
 * unconfirmed (legal-rules.md): `arbitrationShortPeriodsInWorkingDays` decides, working days by default.
 */
export function acceptanceDeadline(receivedOn: IsoDate, rules: ClockRules = DEFAULT_CLOCK_RULES): Deadline {
  const due = rules.arbitrationShortPeriodsInWorkingDays
    ? workingDaysEnd(receivedOn, rules.arbitrationAcceptanceDays, rules)
    : periodEnd(receivedOn, rules.arbitrationAcceptanceDays, rules);
  return deadlineOf('arbitration_acceptance', receivedOn, due);
}

/** Art 43: the award is due 45 days from acceptance; 15 more only with a recorded extension notice. */
export function awardDeadline(
  acceptedOn: IsoDate,
  opts: { extended?: boolean } = {},
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): Deadline {
  const days = rules.arbitrationAwardDays + (opts.extended ? rules.arbitrationAwardExtensionDays : 0);
  return deadlineOf('arbitration_award', acceptedOn, periodEnd(acceptedOn, days, rules));
}

/**
 * Art 47(1): an award on pay, work-injury medical costs, economic compensation or damages is final
 * when the amount awarded is at most 12 months of the local monthly minimum wage in force when the
 * award is made. Apply it item by item, to the amount awarded (not claimed). Standards disputes
 * (hours, rest and leave, social insurance: art 47(2)) are final whatever the amount.
 */
export function isFinalAward(
  a: { awardedFen: number; minimumWageFen: number },
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): boolean {
  return a.awardedFen <= rules.finalAwardMinimumWageMonths * a.minimumWageFen;
}

/**
 * The windows after an award, from the day it was received. A final award: the worker may sue
 * within 15 days (art 48); the employer may only apply to the intermediate court within 30 days to
 * set it aside (art 49). A non-final one: either side may sue within 15 days, after which it takes
 * effect (art 50).
 */
export function appealWindows(
  awardReceivedOn: IsoDate,
  opts: { final: boolean },
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): Deadline[] {
  const end = (days: number) => periodEnd(awardReceivedOn, days, rules);
  return opts.final
    ? [
        deadlineOf('worker_suit', awardReceivedOn, end(rules.awardSuitDays)),
        deadlineOf('employer_set_aside', awardReceivedOn, end(rules.awardSetAsideDays)),
      ]
    : [
        deadlineOf('worker_suit', awardReceivedOn, end(rules.awardSuitDays)),
        deadlineOf('employer_suit', awardReceivedOn, end(rules.awardSuitDays)),
      ];
}

/**
 * When the worker may take the dispute to court from arbitration, and why: the application was
 * refused, or the institution did not decide on it in time (art 29); the award is late (art 43);
 * or an award was received (until the last day to sue, arts 48 and 50). Null: not (yet).
 */
export type CourtPath = { why: 'refused' | 'acceptance_late' | 'award_late' | 'award'; until: IsoDate | null };
export function courtPath(
  a: { refusedOn: string | null; acceptedOn: string | null; award: unknown | null },
  deadlines: readonly { kind: string; due: string }[],
  today: IsoDate,
): CourtPath | null {
  const due = (kind: string) => deadlines.find((d) => d.kind === kind)?.due ?? null;
  if (a.refusedOn) return { why: 'refused', until: null };
  if (a.award) {
    const until = due('worker_suit');
    return until && today <= until ? { why: 'award', until } : null;
  }
  const late = (kind: string) => {
    const d = due(kind);
    return d !== null && today > d;
  };
  if (!a.acceptedOn && late('arbitration_acceptance')) return { why: 'acceptance_late', until: null };
  if (a.acceptedOn && late('arbitration_award')) return { why: 'award_late', until: null };
  return null;
}

/**
 * Art 47(1) covers claims for pay (劳动报酬), work-injury medical costs, economic compensation or
 * damages: only those can be final by their amount. Others (confirming employment, platform
 * deductions, anything else) are final only as a standards dispute (art 47(2)). Whether recovered
 * platform deductions count as pay is not settled: treated as not final, which keeps every
 * party's way to court open.
 */
const FINAL_BY_AMOUNT: readonly ClaimType[] = ['unpaid_wages', 'overtime', 'work_injury', 'termination_compensation'];
export function finalByAmountPossible(claimType: ClaimType): boolean {
  return FINAL_BY_AMOUNT.includes(claimType);
}

/**
 * Art 16: an agreement on unpaid pay (劳动报酬: wages and overtime pay), work-injury medical costs,
 * economic compensation or damages that the employer did not perform by the agreed date can go to
 * a court for a payment order (支付令). For a work-injury claim that is its medical costs only.
 */
const PAYMENT_ORDER_TYPES: readonly ClaimType[] = [
  'unpaid_wages',
  'overtime',
  'work_injury',
  'termination_compensation',
];
export function paymentOrderAvailable(claimType: ClaimType): boolean {
  return PAYMENT_ORDER_TYPES.includes(claimType);
}

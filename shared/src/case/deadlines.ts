import { DEADLINE_BASIS, type DeadlineKind, type LegalBasis } from './deadline-basis';
import type { CaseStatus } from './status';
import { addDays, addYears, dayOfWeek, daysBetween, type IsoDate } from './calendar';
import { isStatutoryHoliday } from './holidays';

export type { IsoDate } from './calendar';

export * from './deadline-basis';

/**
 * The legal clock (legal-rules.md §1, §2, §7), as pure functions over calendar dates.
 *
 * Dates are `YYYY-MM-DD` in China's civil calendar (Asia/Shanghai, UTC+8, no daylight saving):
 * the law counts days, not instants. Counting follows 民法典 arts 201-203 as configured in
 * `ClockRules`: the first day is not counted; a period in years ends on the corresponding day (the
 * month's last day when there is none); a period whose last day is a rest day or a statutory
 * holiday ends on the next working day. Every number and every counting choice the reference
 * marks unconfirmed is in ClockRules, not in code.
 */

export { DEFAULT_CLOCK_RULES, type ClockRules } from './clock-rules';
import { DEFAULT_CLOCK_RULES, type ClockRules } from './clock-rules';

export interface Deadline {
  kind: DeadlineKind;
  /** The day the period is counted from. */
  from: IsoDate;
  /** The last day of the period, after rolling past days off. */
  due: IsoDate;
  basis: LegalBasis;
}

// The calendar and the holidays are their own modules; callers of the clock find them here too.
export { addDays, addYears, chinaDate, chinaDateTime, dayOfWeek, daysBetween } from './calendar';
export { STATUTORY_HOLIDAY_YEARS, holidayNoticeConfigured, isStatutoryHoliday } from './holidays';

export function isDayOff(d: IsoDate, rules: ClockRules): boolean {
  if (rules.holidays.includes(d) || isStatutoryHoliday(d)) return true;
  if (rules.makeUpWorkdays.includes(d)) return false;
  if (!rules.weekendsOff) return false;
  const wd = dayOfWeek(d);
  return wd === 0 || wd === 6;
}

function rollForward(d: IsoDate, rules: ClockRules): IsoDate {
  if (!rules.rollForwardOffDays) return d;
  let out = d;
  for (let i = 0; i < 60 && isDayOff(out, rules); i++) out = addDays(out, 1);
  return out;
}

/** The last day of a period of `days` days counted from the event on `from`. */
export function periodEnd(from: IsoDate, days: number, rules: ClockRules): IsoDate {
  return rollForward(addDays(from, rules.excludeFirstDay ? days : days - 1), rules);
}

// ---- the deadlines the law sets ------------------------------------------------------------------

/** A deadline of this kind with its legal basis. */
export const deadlineOf = (kind: DeadlineKind, from: IsoDate, due: IsoDate): Deadline => ({
  kind,
  from,
  due,
  basis: DEADLINE_BASIS[kind],
});

/** 15 days from the station's receipt of the claim. */
export function mediationWindow(received: IsoDate, rules: ClockRules = DEFAULT_CLOCK_RULES): Deadline {
  return deadlineOf('mediation_window', received, periodEnd(received, rules.mediationWindowDays, rules));
}

export interface LimitationFacts {
  /** When the worker knew or should have known of the infringement. */
  knownOn: IsoDate;
  /** Each recorded interruption (a demand, a complaint, a mediation application — the claim itself is one, the other side agreeing to perform). */
  interruptions?: readonly IsoDate[];
  /**
   * Each suspension (force majeure or another proper reason kept the worker from applying: art 27
   * para 3), from the day it began to the day its cause ended. One that begins while the period
   * runs stops the clock; it continues when the cause ends.
   */
  suspensions?: readonly { from: IsoDate; to: IsoDate }[];
  /** A wage claim while employment goes on has no limitation; once it ends, 1 year from the end. */
  wageClaimWhileEmployed?: boolean;
  employmentEndedOn?: IsoDate | null;
}

/**
 * The arbitration limitation: 1 year from knowing, plus the time any suspension stopped it (art 27
 * para 3); an interruption while the year still runs
 * restarts the full year from it (LDMAL art 27 para 2), one after it ran out restarts nothing
 * (民法典 art 195: only a running period is interrupted; a later promise to pay is a waiver of the
 * defence, art 192, not an interruption). Null when there is none (labour remuneration while
 * still employed, art 27 para 4).
 */
export function limitation(facts: LimitationFacts, rules: ClockRules = DEFAULT_CLOCK_RULES): Deadline | null {
  let start = facts.knownOn;
  if (facts.wageClaimWhileEmployed) {
    if (!facts.employmentEndedOn) return null;
    start = facts.employmentEndedOn;
  }
  // The last day a year after `from`, pushed back by the suspensions that began while it ran.
  const end = (from: IsoDate) => {
    let last = addYears(from, rules.limitationYears);
    for (const s of [...(facts.suspensions ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1)))
      if (daysBetween(from, s.from) >= 0 && daysBetween(s.from, last) >= 0 && daysBetween(s.from, s.to) > 0)
        last = addDays(last, daysBetween(s.from, s.to));
    return rollForward(last, rules);
  };
  for (const i of [...(facts.interruptions ?? [])].sort())
    if (daysBetween(start, i) > 0 && daysBetween(i, end(start)) >= 0) start = i;
  return deadlineOf('limitation', start, end(start));
}

/**
 * A claim filed after its limitation period had run out (the filing no longer interrupts it): the
 * last day of that period, else null. It is still filed: expiry is a defence the employer may raise
 * (LDMAL art 27; 民法典 art 192), not a bar, so both sides are shown it, and nothing is refused.
 */
export function limitationExpiredBeforeFiling(
  deadlines: readonly { kind: string; due: IsoDate }[],
  filedOn: IsoDate,
): IsoDate | null {
  const l = deadlines.find((d) => d.kind === 'limitation');
  return l && daysBetween(l.due, filedOn) > 0 ? l.due : null;
}

/**
 * LDMAL art 27 para 4: labour remuneration (劳动报酬: wages and overtime pay) claimed while the
 * employment goes on has no limitation period.
 */
export const LABOUR_REMUNERATION: readonly string[] = ['unpaid_wages', 'overtime'];

/** The two windows that open when an agreement takes effect: judicial confirmation and arbitration review. */
export function confirmationWindows(agreementEffective: IsoDate, rules: ClockRules = DEFAULT_CLOCK_RULES): Deadline[] {
  return [
    deadlineOf(
      'judicial_confirmation',
      agreementEffective,
      periodEnd(agreementEffective, rules.judicialConfirmationDays, rules),
    ),
    deadlineOf(
      'arbitration_review',
      agreementEffective,
      periodEnd(agreementEffective, rules.arbitrationReviewDays, rules),
    ),
  ];
}

/** The payment date the parties agreed: a date they chose, so it is not rolled. */
export function agreedPayment(agreedDate: IsoDate, agreementEffective: IsoDate): Deadline {
  return deadlineOf('agreed_payment', agreementEffective, agreedDate);
}

export type DeadlineState = 'open' | 'due_soon' | 'due_today' | 'overdue';

/** Where a deadline stands today, and the reminder threshold reached, if any (60, 30, 7 days before). */
export function deadlineState(
  d: Pick<Deadline, 'due'>,
  today: IsoDate,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): { state: DeadlineState; daysLeft: number; reminder: number | null } {
  const daysLeft = daysBetween(today, d.due);
  const reminder = [...rules.reminderDays].sort((a, b) => a - b).find((r) => daysLeft >= 0 && daysLeft <= r) ?? null;
  const state: DeadlineState =
    daysLeft < 0
      ? 'overdue'
      : daysLeft === 0
        ? 'due_today'
        : reminder !== null && daysLeft <= Math.min(...rules.reminderDays)
          ? 'due_soon'
          : 'open';
  return { state, daysLeft, reminder };
}

/** Which deadlines still run in each stage; the earliest of them is the case's next due date. */
export const RUNNING_DEADLINES: { readonly [S in CaseStatus]?: readonly DeadlineKind[] } = {
  submitted: ['mediation_window', 'limitation'],
  accepted: ['mediation_window', 'limitation'],
  dispatched: ['outlet_response', 'mediation_window', 'limitation'],
  mediating: ['mediation_window', 'limitation'],
  mediation_failed: ['limitation'],
  agreement: ['agreed_payment', 'arbitration_review', 'judicial_confirmation', 'limitation'],
  defaulted: ['arbitration_review', 'judicial_confirmation', 'limitation'],
  confirmation_requested: ['arbitration_review', 'judicial_confirmation'],
  payment_order: ['limitation'],
  transferred_to_arbitration: ['arbitration_acceptance'],
  arbitration_accepted: ['arbitration_award'],
  hearing_scheduled: ['arbitration_award'],
  awarded: ['worker_suit', 'employer_set_aside', 'employer_suit'],
};

/** The earliest last day among the deadlines still running in this status, or null. */
export function nextDue(status: CaseStatus, deadlines: readonly { kind: string; due: string }[]): string | null {
  const running: readonly string[] = RUNNING_DEADLINES[status] ?? [];
  return (
    deadlines
      .filter((d) => running.includes(d.kind))
      .map((d) => d.due)
      .sort()[0] ?? null
  );
}

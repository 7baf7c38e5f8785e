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

export interface ClockRules {
  /** LDMAL art 14: no agreement this many days after the body received the application → arbitration. */
  mediationWindowDays: number;
  /** LDMAL art 27: the limitation period, in years. */
  limitationYears: number;
  /** 人民调解法 art 33: joint application for judicial confirmation, days from the agreement taking effect. */
  judicialConfirmationDays: number;
  /** 办案规则 art 74: joint application for arbitration review, days from the agreement taking effect. */
  arbitrationReviewDays: number;
  /** 民法典 art 201: the day an event happens is not counted. */
  excludeFirstDay: boolean;
  /** 民法典 art 203: a period ending on a day off ends on the next working day. */
  rollForwardOffDays: boolean;
  /** Saturdays and Sundays are days off, unless listed in `makeUpWorkdays`. */
  weekendsOff: boolean;
  /** Statutory holidays (法定节假日), published yearly by the State Council. */
  holidays: readonly IsoDate[];
  /** Weekend days made working days by the yearly holiday notice (调休). */
  makeUpWorkdays: readonly IsoDate[];
  /** Remind this many days before a deadline (legal-rules.md §7.2). */
  reminderDays: readonly number[];
  /** The station's rule (not a statute): the outlet answers a dispatched case within this many working days. */
  outletResponseWorkingDays: number;
  /** LDMAL art 29: the commission decides on acceptance within this many days of receipt. */
  arbitrationAcceptanceDays: number;
  /** 办案规则 (article unconfirmed): the 3/5/10-day periods count working days. Unconfirmed: configurable. */
  arbitrationShortPeriodsInWorkingDays: boolean;
  /** LDMAL art 43: the award is due this many days from acceptance… */
  arbitrationAwardDays: number;
  /** … plus at most this many with the chair's approval and written notice. */
  arbitrationAwardExtensionDays: number;
  /** LDMAL art 47(1): final up to this many months of the local monthly minimum wage. */
  finalAwardMinimumWageMonths: number;
  /** LDMAL arts 48, 50: days from receiving the award to sue. */
  awardSuitDays: number;
  /** LDMAL art 49: days from receiving a final award for the employer to apply to set it aside. */
  awardSetAsideDays: number;
  /** The station's rule (not a statute): ask the worker this many days after closing whether it was resolved. */
  followUpDays: number;
  /** The station's rule (not a statute): a "not resolved" answer reopens the case within this many days of closing. */
  reopenDays: number;
}

/** Defaults from legal-rules.md; a deployment overrides any of them by configuration. */
export const DEFAULT_CLOCK_RULES: ClockRules = {
  mediationWindowDays: 15,
  limitationYears: 1,
  judicialConfirmationDays: 30,
  arbitrationReviewDays: 15,
  excludeFirstDay: true,
  rollForwardOffDays: true,
  weekendsOff: true,
  // 2026 statutory holidays and make-up workdays (State Council notice); extend each year by configuration.
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  reminderDays: [60, 30, 7],
  outletResponseWorkingDays: 3,
  arbitrationAcceptanceDays: 5,
  arbitrationShortPeriodsInWorkingDays: true,
  arbitrationAwardDays: 45,
  arbitrationAwardExtensionDays: 15,
  finalAwardMinimumWageMonths: 12,
  awardSuitDays: 15,
  awardSetAsideDays: 30,
  followUpDays: 7,
  reopenDays: 90,
};

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

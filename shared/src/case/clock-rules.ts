import type { IsoDate } from './calendar';

/** The legal clock's numbers and counting choices (legal-rules.md); deadlines.ts applies them. */
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

import {
  DEFAULT_CLOCK_RULES,
  addYears,
  agreedPayment,
  chinaDate,
  confirmationWindows,
  deadlineState,
  STATUTORY_HOLIDAY_YEARS,
  addDays,
  holidayNoticeConfigured,
  isStatutoryHoliday,
  limitation,
  mediationWindow,
  periodEnd,
  type ClockRules,
} from '@gig/shared';

describe('the 15-day mediation window (LDMAL art 14)', () => {
  it('a claim received on a Monday can go to arbitration after the Tuesday two weeks on', () => {
    const d = mediationWindow('2026-03-02');
    expect(d).toMatchObject({ kind: 'mediation_window', from: '2026-03-02', due: '2026-03-17' });
    expect(d.basis.article).toBe('14');
    expect(d.basis.law['zh-CN']).toBe('劳动争议调解仲裁法');
  });

  it('a window ending on a Saturday ends on the Monday', () => {
    expect(mediationWindow('2026-03-06').due).toBe('2026-03-23');
  });

  it('a window ending in the National Day holiday ends on the first working day after it', () => {
    expect(mediationWindow('2026-09-20').due).toBe('2026-10-08');
  });

  it('a window ending on a make-up working Saturday ends that day', () => {
    expect(mediationWindow('2026-09-25').due).toBe('2026-10-10');
  });
});

describe('the fixed statutory holidays (全国年节及纪念日放假办法), for years whose notice is not configured', () => {
  it('a period whose last day is 2027-01-01 (New Year’s Day) ends on the next working day, 2027-01-04', () => {
    expect(isStatutoryHoliday('2027-01-01')).toBe(true);
    // 15 days counted from 2026-12-17 end on 2027-01-01: a Friday and a holiday; then a weekend.
    expect(periodEnd('2026-12-17', 15, DEFAULT_CLOCK_RULES)).toBe('2027-01-04');
  });
  it('Labour Day is two days from 2025 (1-2 May), one before; National Day 1-3 October', () => {
    expect(['2027-05-01', '2027-05-02', '2027-10-03'].map(isStatutoryHoliday)).toEqual([true, true, true]);
    expect(isStatutoryHoliday('2024-05-02')).toBe(false);
    expect(isStatutoryHoliday('2027-10-04')).toBe(false);
  });
});

describe('the lunar statutory holidays, 2025-2030 (Spring Festival 4 days from 2025, Qingming, Dragon Boat, Mid-Autumn)', () => {
  // An independent lunar calendar (npm chinese-days) for the check: the table must agree with it.
  const cd = require('chinese-days') as {
    getSolarDateFromLunar(d: string): { date: string };
    getSolarTerms(a: string, b: string): { date: string; name: string }[];
  };
  it.each(STATUTORY_HOLIDAY_YEARS)('%i agrees with the lunar calendar', (y) => {
    const newYear = cd.getSolarDateFromLunar(`${y}-01-01`).date;
    const days = [
      addDays(newYear, -1),
      newYear,
      addDays(newYear, 1),
      addDays(newYear, 2),
      cd.getSolarTerms(`${y}-04-01`, `${y}-04-10`).find((t) => t.name === '清明')!.date,
      cd.getSolarDateFromLunar(`${y}-05-05`).date,
      cd.getSolarDateFromLunar(`${y}-08-15`).date,
    ];
    expect(days.map((d) => [d, isStatutoryHoliday(d)])).toEqual(days.map((d) => [d, true]));
    expect(isStatutoryHoliday(addDays(newYear, 3))).toBe(false);
  });
  it('every 2026 statutory day is inside the 2026 notice configured by default', () => {
    const days = [...Array(365)].map((_, n) => addDays('2026-01-01', n)).filter(isStatutoryHoliday);
    expect(days.filter((d) => !DEFAULT_CLOCK_RULES.holidays.includes(d))).toEqual([]);
  });
  it('a year without its notice is known to be so (the staff page warns)', () => {
    expect(holidayNoticeConfigured(2026, DEFAULT_CLOCK_RULES)).toBe(true);
    expect(holidayNoticeConfigured(2027, DEFAULT_CLOCK_RULES)).toBe(false);
    // A Spring Festival period in 2027 still ends after the statutory days: 2027-02-05..08 are off.
    expect(periodEnd('2027-01-21', 15, DEFAULT_CLOCK_RULES)).toBe('2027-02-09');
  });
});

describe('the 1-year limitation (LDMAL art 27)', () => {
  it('runs one year from when the worker knew of the infringement', () => {
    expect(limitation({ knownOn: '2026-03-02' })).toMatchObject({
      kind: 'limitation',
      from: '2026-03-02',
      due: '2027-03-02',
    });
  });

  it('each recorded interruption restarts the full year; an earlier one changes nothing', () => {
    expect(limitation({ knownOn: '2026-03-02', interruptions: ['2026-06-01', '2026-01-05'] })).toMatchObject({
      from: '2026-06-01',
      due: '2027-06-01',
    });
  });

  it('a suspension stops the clock while its cause lasts, and it runs on after (LDMAL art 27 para 3)', () => {
    // Known 2026-03-02: due 2027-03-02. In hospital from 2026-06-01 to 2026-07-01 (30 days): due 2027-04-01.
    const ill = [{ from: '2026-06-01', to: '2026-07-01' }];
    expect(limitation({ knownOn: '2026-03-02', suspensions: ill })!.due).toBe('2027-04-01');
    // One that begins after the period ran out changes nothing.
    expect(limitation({ knownOn: '2026-03-02', suspensions: [{ from: '2027-06-01', to: '2027-07-01' }] })!.due).toBe(
      limitation({ knownOn: '2026-03-02' })!.due,
    );
    // The extension keeps an interruption within the (longer) period effective: 2027-03-20 still interrupts.
    expect(limitation({ knownOn: '2026-03-02', suspensions: ill, interruptions: ['2027-03-20'] })!.from).toBe(
      '2027-03-20',
    );
  });

  it('an interruption after the year ran out restarts nothing (LDMAL art 27 para 2; 民法典 art 195)', () => {
    // Known 2025-01-10: the year ends on Saturday 2026-01-10, rolled to Monday 2026-01-12.
    expect(limitation({ knownOn: '2025-01-10' })!.due).toBe('2026-01-12');
    expect(limitation({ knownOn: '2025-01-10', interruptions: ['2026-03-01'] })).toMatchObject({
      from: '2025-01-10',
      due: '2026-01-12',
    });
    // On the last (rolled) day it still runs: the demand restarts the full year.
    expect(limitation({ knownOn: '2025-01-10', interruptions: ['2026-01-12'] })!.from).toBe('2026-01-12');
    // A late one does not revive it even after an earlier one that did.
    expect(limitation({ knownOn: '2025-01-10', interruptions: ['2027-06-01', '2025-06-01'] })).toMatchObject({
      from: '2025-06-01',
      due: '2026-06-01',
    });
  });

  it('unpaid wages while still employed have no limitation', () => {
    expect(limitation({ knownOn: '2025-01-10', wageClaimWhileEmployed: true })).toBeNull();
  });

  it('once employment ends, wages must be claimed within a year of the end', () => {
    expect(
      limitation({ knownOn: '2025-01-10', wageClaimWhileEmployed: true, employmentEndedOn: '2026-05-10' }),
    ).toMatchObject({ from: '2026-05-10', due: '2027-05-10' });
  });

  it('29 February known: the period ends on 28 February (no corresponding day)', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(limitation({ knownOn: '2028-02-29' })!.due).toBe('2029-02-28');
  });
});

describe('after an agreement takes effect', () => {
  it('judicial confirmation within 30 days and arbitration review within 15 days', () => {
    const [judicial, review] = confirmationWindows('2026-11-23');
    expect(judicial).toMatchObject({ kind: 'judicial_confirmation', due: '2026-12-23' });
    expect(judicial!.basis.article).toBe('33');
    expect(review).toMatchObject({ kind: 'arbitration_review', due: '2026-12-08' });
    expect(review!.basis.article).toBe('74');
  });

  it('the agreed payment date is the parties’ own, not rolled past weekends', () => {
    expect(agreedPayment('2026-11-28', '2026-11-23')).toMatchObject({ kind: 'agreed_payment', due: '2026-11-28' });
  });
});

describe('counting rules are configuration', () => {
  it('counting the first day shortens the period by one', () => {
    const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, excludeFirstDay: false };
    expect(mediationWindow('2026-03-02', rules).due).toBe('2026-03-16');
  });

  it('without rolling past days off, a period may end on a Saturday', () => {
    expect(periodEnd('2026-03-06', 15, { ...DEFAULT_CLOCK_RULES, rollForwardOffDays: false })).toBe('2026-03-21');
  });

  it('another window length comes from the rules', () => {
    expect(mediationWindow('2026-03-02', { ...DEFAULT_CLOCK_RULES, mediationWindowDays: 30 }).due).toBe('2026-04-01');
  });
});

describe('dates and reminders', () => {
  it('an instant is dated in China’s calendar (UTC+8)', () => {
    expect(chinaDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(chinaDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
  });

  it.each([
    ['2026-03-10', 'due_soon', 7, 7],
    ['2026-01-25', 'open', 51, 60],
    ['2026-02-25', 'open', 20, 30],
    ['2026-03-12', 'due_soon', 5, 7],
    ['2026-03-17', 'due_today', 0, 7],
    ['2026-03-18', 'overdue', -1, null],
  ])('on %s the window due 2026-03-17 is %s (%i days left, reminder %p)', (today, state, daysLeft, reminder) => {
    const d = mediationWindow('2026-03-02');
    expect(deadlineState(d, today)).toEqual({ state, daysLeft, reminder });
  });
});

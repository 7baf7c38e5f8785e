import {
  DEFAULT_CLOCK_RULES,
  acceptanceDeadline,
  appealWindows,
  awardDeadline,
  isFinalAward,
  paymentOrderAvailable,
  yuanToFen,
} from '@gig/shared';

/**
 * The arbitration stage's clock, checked against the statutes (LDMAL arts 16, 29, 43, 47-50) on
 * 2026's calendar (the default rules carry the State Council's 2026 holidays and make-up days).
 */
describe('the arbitration clock', () => {
  it('acceptance: 5 working days from receipt (art 29), across a weekend; calendar days when so configured', () => {
    // Received Friday 2026-06-05: Mon 8 … Fri 12 are the five working days.
    expect(acceptanceDeadline('2026-06-05')).toMatchObject({
      kind: 'arbitration_acceptance',
      from: '2026-06-05',
      due: '2026-06-12',
      basis: { article: '29' },
    });
    // Calendar days: 5 days after the 5th is Wednesday the 10th.
    expect(
      acceptanceDeadline('2026-06-05', { ...DEFAULT_CLOCK_RULES, arbitrationShortPeriodsInWorkingDays: false }).due,
    ).toBe('2026-06-10');
  });

  it('acceptance across the National Day holiday skips the holiday and counts the make-up Saturday', () => {
    // 2026-10-01..07 are holidays; then Thu 8, Fri 9, the make-up Saturday 10, Mon 12 and Tue 13.
    expect(acceptanceDeadline('2026-09-30').due).toBe('2026-10-13');
  });

  it('award: 45 days from acceptance, 60 with a recorded extension (art 43), rolled past a rest day', () => {
    expect(awardDeadline('2026-03-02')).toMatchObject({
      kind: 'arbitration_award',
      due: '2026-04-16',
      basis: { article: '43' },
    });
    expect(awardDeadline('2026-03-02', { extended: true }).due).toBe('2026-05-06');
    // 45 days after 2026-05-01 is Monday 2026-06-15: no roll needed.
    expect(awardDeadline('2026-05-01').due).toBe('2026-06-15');
    // 45 days after 2026-08-17 is National Day (2026-10-01): the period ends after the holiday week.
    expect(awardDeadline('2026-08-17').due).toBe('2026-10-08');
  });

  it('an award of 30,480 yuan against a minimum wage of 2,540 is final; one of 30,481 is not (art 47)', () => {
    const minimumWageFen = yuanToFen('2540')!;
    expect(isFinalAward({ awardedFen: yuanToFen('30480')!, minimumWageFen })).toBe(true);
    expect(isFinalAward({ awardedFen: yuanToFen('30481')!, minimumWageFen })).toBe(false);
    expect(isFinalAward({ awardedFen: yuanToFen('30480.01')!, minimumWageFen })).toBe(false);
  });

  it('after a final award the worker may sue in 15 days and the employer apply to set aside in 30 (arts 48-49)', () => {
    const w = appealWindows('2026-06-01', { final: true });
    expect(w.map((d) => [d.kind, d.due, d.basis.article])).toEqual([
      ['worker_suit', '2026-06-16', '48, 50'],
      ['employer_set_aside', '2026-07-01', '49'],
    ]);
  });

  it('after a non-final award either side may sue in 15 days (art 50); the last day rolls past a weekend', () => {
    const w = appealWindows('2026-06-05', { final: false });
    // 15 days after Friday 2026-06-05 is Saturday the 20th: Dragon Boat falls on the 19th, so the next working day is Monday the 22nd.
    expect(w.map((d) => [d.kind, d.due])).toEqual([
      ['worker_suit', '2026-06-22'],
      ['employer_suit', '2026-06-22'],
    ]);
  });

  it('a payment order (art 16) for pay, overtime, work-injury medical costs and compensation; not the others', () => {
    expect(
      ['unpaid_wages', 'overtime', 'work_injury', 'termination_compensation'].every((c) =>
        paymentOrderAvailable(c as never),
      ),
    ).toBe(true);
    expect(
      ['employment_confirmation', 'social_insurance', 'platform_penalties', 'other'].some((c) =>
        paymentOrderAvailable(c as never),
      ),
    ).toBe(false);
  });
});

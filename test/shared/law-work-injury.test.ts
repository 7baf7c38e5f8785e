import { DEFAULT_CLOCK_RULES, disabilityLumpSum, isDayOff, workInjuryDeadlines } from '@gig/shared';

/** 工伤保险条例 art 17 (deadlines, on 2026's calendar) and arts 35-37, 64 (lump sum; fen). */
const YUAN = 100;

describe('work-injury recognition deadlines (工伤保险条例 art 17)', () => {
  it('art 17: employer 30 days, worker 1 year, from a plain accident day', () => {
    // Monday 2026-03-02: + 30 days is Wednesday 2026-04-01; a year later is Tuesday 2027-03-02.
    const [employer, worker] = workInjuryDeadlines('2026-03-02');
    expect(employer).toMatchObject({
      kind: 'employer',
      from: '2026-03-02',
      due: '2026-04-01',
      basis: { article: '17' },
    });
    expect(worker).toMatchObject({ kind: 'worker', from: '2026-03-02', due: '2027-03-02', basis: { article: '17' } });
  });

  it('art 17: a last day on a weekend moves to the next working day (30 days and 1 year)', () => {
    // Friday 2026-06-05: + 30 is Sunday 2026-07-05 → Monday the 6th; 2027-06-05 is a Saturday → Monday the 7th.
    expect(isDayOff('2026-07-05', DEFAULT_CLOCK_RULES)).toBe(true);
    const [employer, worker] = workInjuryDeadlines('2026-06-05');
    expect(employer!.due).toBe('2026-07-06');
    expect(worker!.due).toBe('2027-06-07');
  });

  it('art 17: a 30th day in the Qingming holiday rolls past it; a make-up working Sunday does not roll', () => {
    // 2026-03-05 + 30 = Saturday 2026-04-04 (Qingming, 4-6 April) → Tuesday 2026-04-07.
    expect(workInjuryDeadlines('2026-03-05')[0]!.due).toBe('2026-04-07');
    // 2026-08-21 + 30 = Sunday 2026-09-20, a make-up working day (调休) → stays.
    expect(workInjuryDeadlines('2026-08-21')[0]!.due).toBe('2026-09-20');
  });

  it('a bad date is a RangeError', () => {
    expect(() => workInjuryDeadlines('2026-02-30')).toThrow(RangeError);
  });
});

describe('lump-sum disability payment (工伤保险条例 arts 35-37, 64)', () => {
  const average = 6_000 * YUAN;

  it('art 37: grade 10 at 本人工资 5,000 (within 60%–300% of 6,000) → 5,000 × 7 = 35,000', () => {
    const r = disabilityLumpSum({ grade: 10, ownMonthlyWageFen: 5_000 * YUAN, localAverageMonthlyWageFen: average });
    expect(r).toMatchObject({ amountFen: 35_000 * YUAN, months: 7, baseFen: 5_000 * YUAN });
    expect(r.basis.map((b) => b.article)).toEqual(expect.arrayContaining(['64', '37']));
  });

  it('art 64: 本人工资 below 60% of the local average (2,000 < 3,600) is raised to 3,600', () => {
    const r = disabilityLumpSum({ grade: 10, ownMonthlyWageFen: 2_000 * YUAN, localAverageMonthlyWageFen: average });
    expect(r).toMatchObject({ baseFen: 3_600 * YUAN, amountFen: 25_200 * YUAN });
  });

  it('art 64: 本人工资 above 300% of the local average (30,000 > 18,000) is lowered to 18,000', () => {
    const r = disabilityLumpSum({ grade: 10, ownMonthlyWageFen: 30_000 * YUAN, localAverageMonthlyWageFen: average });
    expect(r).toMatchObject({ baseFen: 18_000 * YUAN, amountFen: 126_000 * YUAN });
  });

  it('arts 35-37: grades 1-10 give 27/25/23/21/18/16/13/11/9/7 months', () => {
    const months = [27, 25, 23, 21, 18, 16, 13, 11, 9, 7];
    months.forEach((m, i) => {
      const grade = (i + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
      const r = disabilityLumpSum({ grade, ownMonthlyWageFen: 5_000 * YUAN, localAverageMonthlyWageFen: average });
      expect(r.months).toBe(m);
      expect(r.amountFen).toBe(m * 5_000 * YUAN);
      expect(r.basis.map((b) => b.article)).toContain(grade <= 4 ? '35' : grade <= 6 ? '36' : '37');
    });
    expect(
      disabilityLumpSum({ grade: 1, ownMonthlyWageFen: 5_000 * YUAN, localAverageMonthlyWageFen: average }).amountFen,
    ).toBe(135_000 * YUAN);
  });

  it('art 64: a fractional 60% floor is kept exact and rounded only at the end', () => {
    // 60% of 600,001 fen = 360,000.6; × 7 = 2,520,004.2 → 2,520,004 (not 7 × 360,001).
    const r = disabilityLumpSum({ grade: 10, ownMonthlyWageFen: 0, localAverageMonthlyWageFen: 600_001 });
    expect(r.baseFen).toBe(360_001);
    expect(r.amountFen).toBe(2_520_004);
  });

  it('rejects a grade outside 1-10 and bad amounts with a RangeError', () => {
    expect(() =>
      disabilityLumpSum({ grade: 11 as never, ownMonthlyWageFen: 1, localAverageMonthlyWageFen: 1 }),
    ).toThrow(RangeError);
    expect(() => disabilityLumpSum({ grade: 1, ownMonthlyWageFen: -1, localAverageMonthlyWageFen: 1 })).toThrow(
      RangeError,
    );
  });
});

import { doubleWages } from '@gig/shared';

/** 劳动合同法 art 82 and 实施条例 arts 6-7: the extra wage for no written contract (amounts in fen). */
const YUAN = 100;

describe('double wages (劳动合同法 art 82; 实施条例 arts 6-7)', () => {
  it('实施条例 art 6: from the day after one full month to the last day of employment, prorated by calendar days', () => {
    const r = doubleWages({ monthlyWageFen: 6_000 * YUAN, employedFrom: '2026-01-10', employedTo: '2026-12-31' });
    expect(r.from).toBe('2026-02-10');
    expect(r.to).toBe('2026-12-31');
    // 10 whole months (to 2026-12-09) + 22 days of the month 2026-12-10 to 2027-01-09 (31 days).
    expect(r.period).toEqual({ whole: 10, days: 22, monthLength: 31 });
    expect(r.months).toBeCloseTo(10 + 22 / 31, 6);
    // 600,000 × 332 / 31 = 6,425,806.45… → 6,425,806.
    expect(r.amountFen).toBe(6_425_806);
    expect(r.deemedOpenEnded).toBe(false);
    expect(r.steps.some((s) => s.label.en.includes('practice varies'))).toBe(true);
  });

  it('实施条例 art 7: never signed and still working past a year → stops the day before the one-year mark, 11 months, deemed open-ended', () => {
    const r = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2025-01-10' });
    expect(r).toMatchObject({ from: '2025-02-10', to: '2026-01-09', months: 11, deemedOpenEnded: true });
    expect(r.amountFen).toBe(55_000 * YUAN);
    expect(r.basis.map((b) => b.article)).toEqual(expect.arrayContaining(['10, 82', '6', '7']));
    const asOf = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2025-01-10', asOf: '2026-04-01' });
    expect(asOf).toMatchObject({ to: '2026-01-09', months: 11, deemedOpenEnded: true });
  });

  it('art 82: with employment ending after a year the cap still holds at 11 months', () => {
    const r = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2025-01-10', employedTo: '2026-06-30' });
    expect(r).toMatchObject({ to: '2026-01-09', months: 11, deemedOpenEnded: true, amountFen: 55_000 * YUAN });
  });

  it('实施条例 art 6: signed within the first month → nothing', () => {
    const r = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2026-01-10', signedOn: '2026-02-01' });
    expect(r).toMatchObject({ amountFen: 0, months: 0, from: null, to: null, deemedOpenEnded: false });
    // Signing on 2026-02-10, the first day owed, still leaves nothing (the day before signing is the 9th).
    expect(
      doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2026-01-10', signedOn: '2026-02-10' }).amountFen,
    ).toBe(0);
  });

  it('实施条例 art 6: signed later → to the day before signing', () => {
    const r = doubleWages({ monthlyWageFen: 3_100 * YUAN, employedFrom: '2026-01-10', signedOn: '2026-05-20' });
    expect(r).toMatchObject({ from: '2026-02-10', to: '2026-05-19', period: { whole: 3, days: 10, monthLength: 31 } });
    // 310,000 × (3 + 10/31) = 1,030,000.
    expect(r.amountFen).toBe(1_030_000);
    expect(r.deemedOpenEnded).toBe(false);
  });

  it('实施条例 art 7: signed only after the one-year mark → capped, and deemed open-ended from the mark', () => {
    const r = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2025-01-10', signedOn: '2026-03-01' });
    expect(r).toMatchObject({ to: '2026-01-09', months: 11, deemedOpenEnded: true });
  });

  it('still employed under a year (asOf): counted to asOf, not deemed open-ended', () => {
    const r = doubleWages({ monthlyWageFen: 5_000 * YUAN, employedFrom: '2026-01-10', asOf: '2026-04-09' });
    expect(r).toMatchObject({ from: '2026-02-10', to: '2026-04-09', months: 2, amountFen: 10_000 * YUAN });
    expect(r.deemedOpenEnded).toBe(false);
  });

  it('a regional one-year look-back clips the start (configured per region)', () => {
    const r = doubleWages({
      monthlyWageFen: 3_100 * YUAN,
      employedFrom: '2025-01-10',
      employedTo: '2025-12-31',
      lookBackFrom: '2025-06-15',
    });
    expect(r).toMatchObject({ from: '2025-06-15', to: '2025-12-31', period: { whole: 6, days: 17, monthLength: 31 } });
    // 310,000 × (6 + 17/31) = 2,030,000.
    expect(r.amountFen).toBe(2_030_000);
    expect(r.steps.some((s) => s.value === '2025-06-15' && s.basis.article === '—')).toBe(true);
    // A look-back before the first day owed changes nothing.
    expect(
      doubleWages({
        monthlyWageFen: 3_100 * YUAN,
        employedFrom: '2025-01-10',
        employedTo: '2025-12-31',
        lookBackFrom: '2024-12-01',
      }).from,
    ).toBe('2025-02-10');
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => doubleWages({ monthlyWageFen: -1, employedFrom: '2026-01-10' })).toThrow(RangeError);
    expect(() => doubleWages({ monthlyWageFen: 1, employedFrom: '2026-01-10', employedTo: '2026-01-09' })).toThrow(
      RangeError,
    );
    expect(() => doubleWages({ monthlyWageFen: 1, employedFrom: '2026-13-01' })).toThrow(RangeError);
  });
});

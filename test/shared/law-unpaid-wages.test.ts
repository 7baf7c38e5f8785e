import { unpaidWages } from '@gig/shared';

/** 劳动法 art 50 and 劳动合同法 art 30: unpaid wages = monthly wage × months owed − paid (amounts in fen). */
const YUAN = 100;

describe('unpaid wages (劳动法 art 50; 劳动合同法 art 30)', () => {
  it('two months at 5,000 yuan, 1,200 paid → 8,800 yuan', () => {
    const r = unpaidWages({ monthlyWageFen: 5_000 * YUAN, monthsOwed: 2, paidFen: 1_200 * YUAN });
    expect(r).toMatchObject({ amountFen: 8_800 * YUAN, dueFen: 10_000 * YUAN, paidFen: 1_200 * YUAN });
    expect(r.paidInFull).toBe(false);
    expect(r.steps.at(-1)!.value).toBe('¥10000.00 − ¥1200.00 = ¥8800.00');
  });

  it('nothing paid: the whole wage of the months owed', () => {
    expect(unpaidWages({ monthlyWageFen: 4_350 * YUAN, monthsOwed: 3 }).amountFen).toBe(13_050 * YUAN);
  });

  it('a month and a half is exact, and an odd wage rounds half-up to the fen once', () => {
    expect(unpaidWages({ monthlyWageFen: 6_000 * YUAN, monthsOwed: 1.5 }).amountFen).toBe(9_000 * YUAN);
    // 333,333 fen × 1.5 = 499,999.5 → 500,000.
    expect(unpaidWages({ monthlyWageFen: 333_333, monthsOwed: 1.5 }).amountFen).toBe(500_000);
    // A third of a month to 6 decimals: 300,000 × 0.333333 = 99,999.9 → 100,000.
    expect(unpaidWages({ monthlyWageFen: 300_000, monthsOwed: 0.333333 }).amountFen).toBe(100_000);
  });

  it('paid as much as was due, or more: nothing owed, never a negative amount', () => {
    const r = unpaidWages({ monthlyWageFen: 3_000 * YUAN, monthsOwed: 1, paidFen: 3_500 * YUAN });
    expect(r).toMatchObject({ amountFen: 0, paidInFull: true });
    expect(r.steps.at(-1)!.label.en).toContain('nothing owed');
  });

  it('every step cites 劳动法 art 50 or 劳动合同法 art 30, and nothing else', () => {
    const r = unpaidWages({
      monthlyWageFen: 5_000 * YUAN,
      monthsOwed: 2,
      periodFrom: '2026-08-01',
      periodTo: '2026-09-30',
    });
    expect(r.from).toBe('2026-08-01');
    expect(r.to).toBe('2026-09-30');
    expect(r.basis.map((b) => `${b.law['zh-CN']} ${b.article}`)).toEqual(['劳动法 50', '劳动合同法 30']);
    for (const s of r.steps) expect(['50', '30']).toContain(s.basis.article);
    expect(r.steps.some((s) => s.value === '2026-08-01 to 2026-09-30')).toBe(true);
  });

  it('refuses what is not an amount, a negative number of months, or a period that ends before it starts', () => {
    expect(() => unpaidWages({ monthlyWageFen: 12.5, monthsOwed: 1 })).toThrow(RangeError);
    expect(() => unpaidWages({ monthlyWageFen: 100, monthsOwed: -1 })).toThrow(RangeError);
    expect(() => unpaidWages({ monthlyWageFen: 100, monthsOwed: 1, paidFen: -5 })).toThrow(RangeError);
    expect(() =>
      unpaidWages({ monthlyWageFen: 100, monthsOwed: 1, periodFrom: '2026-09-30', periodTo: '2026-09-01' }),
    ).toThrow(RangeError);
    expect(() => unpaidWages({ monthlyWageFen: 100, monthsOwed: 1, periodFrom: '2026-02-30' })).toThrow(RangeError);
  });
});

import { DEFAULT_WAGE_CONVERSION, article85Damages, overtimeOverLimit, overtimePay } from '@gig/shared';

/** 劳动法 arts 41, 44 (divisor 21.75 × 8) and 劳动合同法 art 85 (amounts in fen). */
const YUAN = 100;

describe('overtime pay (劳动法 art 44)', () => {
  const monthly = 4_350 * YUAN; // ÷ 21.75 ÷ 8 = 25 yuan an hour exactly

  it('art 44(1): 10 extended hours on working days at 150% → 375 yuan', () => {
    const r = overtimePay({ monthlyWageFen: monthly, hours: 10, kind: 'workday' });
    expect(r).toMatchObject({ amountFen: 375 * YUAN, hourlyFen: 25 * YUAN, rate: 1.5 });
    expect(r.basis.map((b) => b.article)).toContain('44');
  });

  it('art 44(2): rest-day work without time off in lieu at 200% → 500 yuan', () => {
    expect(overtimePay({ monthlyWageFen: monthly, hours: 10, kind: 'rest_day' })).toMatchObject({
      amountFen: 500 * YUAN,
      rate: 2,
    });
  });

  it('art 44(3): statutory-holiday work at 300% → 750 yuan', () => {
    expect(overtimePay({ monthlyWageFen: monthly, hours: 10, kind: 'holiday' })).toMatchObject({
      amountFen: 750 * YUAN,
      rate: 3,
    });
  });

  it('art 44: computed exactly and rounded at the end, not from the rounded hourly wage', () => {
    // A third of an hour given to 6 decimals: 435,000 × 3 × 333,333 / (174 × 1,000,000) = 2,499.9975 → 2,500.
    expect(overtimePay({ monthlyWageFen: monthly, hours: 0.333333, kind: 'holiday' }).amountFen).toBe(2_500);
    // 500,000 ÷ 174 = 2,873.56… (shown as 2,874); × 1.5 × 1 h = 4,310.34… → 4,310 (not 1.5 × 2,874 = 4,311).
    const r = overtimePay({ monthlyWageFen: 5_000 * YUAN, hours: 1, kind: 'workday' });
    expect(r.hourlyFen).toBe(2_874);
    expect(r.amountFen).toBe(4_310);
    // Half an hour: 4,350 yuan × 1.5 × 0.5 / 174 = 18.75 yuan.
    expect(overtimePay({ monthlyWageFen: monthly, hours: 0.5, kind: 'workday' }).amountFen).toBe(1_875);
  });

  it('the 21.75 divisor (劳社部发〔2008〕3号) is marked unconfirmed in its step, and is configurable', () => {
    const r = overtimePay({ monthlyWageFen: monthly, hours: 10, kind: 'workday' });
    const conv = r.steps.find((s) => s.label.en.includes('21.75'));
    expect(conv?.label.en).toContain('unconfirmed');
    expect(conv?.label['zh-CN']).toContain('未核实');
    // 21.75 → 20.83 pay days changes the hourly wage.
    const other = overtimePay(
      { monthlyWageFen: monthly, hours: 10, kind: 'workday' },
      { ...DEFAULT_WAGE_CONVERSION, monthlyPayDaysHundredths: 2083 },
    );
    expect(other.amountFen).toBe(Math.floor((435_000 * 1.5 * 10) / (20.83 * 8) + 0.5));
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => overtimePay({ monthlyWageFen: -1, hours: 1, kind: 'workday' })).toThrow(RangeError);
    expect(() => overtimePay({ monthlyWageFen: 1, hours: -1, kind: 'workday' })).toThrow(RangeError);
    expect(() => overtimePay({ monthlyWageFen: 1, hours: 1, kind: 'night' as never })).toThrow(RangeError);
    // An amount that cannot be computed exactly in safe integers is refused, not approximated.
    expect(() => overtimePay({ monthlyWageFen: Number.MAX_SAFE_INTEGER, hours: 0.333333, kind: 'holiday' })).toThrow(
      RangeError,
    );
  });
});

describe('the overtime limit (劳动法 art 41)', () => {
  it('art 41: 36 hours a month is within the limit, 37 is over', () => {
    expect(overtimeOverLimit({ monthlyHours: 36 })).toBe(false);
    expect(overtimeOverLimit({ monthlyHours: 37 })).toBe(true);
    expect(overtimeOverLimit({ monthlyHours: 36.5 })).toBe(true);
  });
});

describe('extra damages (劳动合同法 art 85)', () => {
  it('art 85: nothing unless a labour-administration order’s deadline passed unpaid', () => {
    expect(article85Damages({ owedFen: 10_000 * YUAN, orderDeadlinePassed: false })).toBeNull();
  });

  it('art 85: after the deadline, 50%–100% of the amount owed (never the superseded 25%)', () => {
    expect(article85Damages({ owedFen: 10_000 * YUAN, orderDeadlinePassed: true })).toEqual([
      5_000 * YUAN,
      10_000 * YUAN,
    ]);
    expect(article85Damages({ owedFen: 3, orderDeadlinePassed: true })).toEqual([2, 3]);
    expect(() => article85Damages({ owedFen: -1, orderDeadlinePassed: true })).toThrow(RangeError);
  });
});

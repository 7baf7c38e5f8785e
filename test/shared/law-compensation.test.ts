import {
  COMPENSATION_TRIGGER,
  COMPENSATION_TRIGGER_RULES,
  compensationOwed,
  economicCompensation,
  unlawfulTerminationDamages,
  type CompensationInput,
} from '@gig/shared';

/** 劳动合同法 arts 46, 47, 87 and 实施条例 arts 25, 27, on worked examples (amounts in fen). */
const YUAN = 100;
const wage = 6_000 * YUAN;

const cases: { name: string; input: CompensationInput; months: number; amount: number; capped?: boolean }[] = [
  {
    name: '3 years 5 months → 3.5 months',
    input: { monthlyWageFen: wage, serviceMonths: 41 },
    months: 3.5,
    amount: 21_000 * YUAN,
  },
  {
    name: '3 years 6 months → 4 months',
    input: { monthlyWageFen: wage, serviceMonths: 42 },
    months: 4,
    amount: 24_000 * YUAN,
  },
  {
    name: '4 months → 0.5 month',
    input: { monthlyWageFen: wage, serviceMonths: 4 },
    months: 0.5,
    amount: 3_000 * YUAN,
  },
  {
    name: 'exactly 2 years by the calendar (2024-03-01 to 2026-02-28) → 2 months',
    input: { monthlyWageFen: wage, serviceStart: '2024-03-01', serviceEnd: '2026-02-28' },
    months: 2,
    amount: 12_000 * YUAN,
  },
  {
    name: 'dates: 3 years and 5 months (2022-01-01 to 2025-05-31) → 3.5 months',
    input: { monthlyWageFen: wage, serviceStart: '2022-01-01', serviceEnd: '2025-05-31' },
    months: 3.5,
    amount: 21_000 * YUAN,
  },
  {
    name: 'dates: 3 years and exactly 6 months (2022-01-01 to 2025-06-30) → 4 months',
    input: { monthlyWageFen: wage, serviceStart: '2022-01-01', serviceEnd: '2025-06-30' },
    months: 4,
    amount: 24_000 * YUAN,
  },
  {
    name: 'dates: a single day → 0.5 month',
    input: { monthlyWageFen: wage, serviceStart: '2026-03-02', serviceEnd: '2026-03-02' },
    months: 0.5,
    amount: 3_000 * YUAN,
  },
  {
    name: 'the 3× cap: wage 40,000, local average 10,000, 15 years → 30,000 × 12 months',
    input: { monthlyWageFen: 40_000 * YUAN, serviceMonths: 180, localAverageMonthlyWageFen: 10_000 * YUAN },
    months: 12,
    amount: 360_000 * YUAN,
    capped: true,
  },
  {
    name: 'wage exactly 3× the average is not above it: no cap, 15 months',
    input: { monthlyWageFen: 30_000 * YUAN, serviceMonths: 180, localAverageMonthlyWageFen: 10_000 * YUAN },
    months: 15,
    amount: 450_000 * YUAN,
    capped: false,
  },
];

describe('economic compensation (劳动合同法 art 47)', () => {
  it.each(cases)('art 47: $name', ({ input, months, amount, capped }) => {
    const r = economicCompensation(input);
    expect(r.months).toBe(months);
    expect(r.amountFen).toBe(amount);
    expect(r.capped).toBe(capped ?? false);
    expect(r.basis.map((b) => b.article)).toContain('47');
  });

  it('the cap also records its base and the 12-year limit as steps (art 47 para 2)', () => {
    const r = economicCompensation(cases[7]!.input);
    expect(r.baseFen).toBe(30_000 * YUAN);
    expect(r.uncappedMonths).toBe(15);
    expect(r.steps.filter((s) => s.label.en.includes('3×')).length).toBeGreaterThan(0);
  });

  it('实施条例 art 27: a wage below the local minimum wage is raised to it', () => {
    const r = economicCompensation({ monthlyWageFen: 1_800 * YUAN, minimumWageFen: 2_490 * YUAN, serviceMonths: 12 });
    expect(r.baseFen).toBe(2_490 * YUAN);
    expect(r.amountFen).toBe(2_490 * YUAN);
    expect(r.steps.some((s) => s.basis.article === '27' && s.value === '¥2490.00')).toBe(true);
  });

  it('art 47: half a month of an odd wage is rounded half-up only at the end', () => {
    expect(economicCompensation({ monthlyWageFen: 333_333, serviceMonths: 3 }).amountFen).toBe(166_667);
  });

  it('art 47: without a local average the cap is not checked, and a step says so', () => {
    const r = economicCompensation({ monthlyWageFen: 40_000 * YUAN, serviceMonths: 180 });
    expect(r.capped).toBe(false);
    expect(r.months).toBe(15);
    expect(r.steps.some((s) => s.label.en.includes('cap was not checked'))).toBe(true);
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => economicCompensation({ monthlyWageFen: -1, serviceMonths: 1 })).toThrow(RangeError);
    expect(() => economicCompensation({ monthlyWageFen: 100.5, serviceMonths: 1 })).toThrow(RangeError);
    expect(() => economicCompensation({ monthlyWageFen: 100, serviceMonths: 1, minimumWageFen: -5 })).toThrow(
      RangeError,
    );
    expect(() =>
      economicCompensation({ monthlyWageFen: 100, serviceStart: '2026-03-02', serviceEnd: '2026-03-01' }),
    ).toThrow(RangeError);
    expect(() => economicCompensation({ monthlyWageFen: 100 })).toThrow(RangeError);
    expect(() => economicCompensation({ monthlyWageFen: 100, serviceStart: '2026-03-02' })).toThrow(RangeError);
    expect(() => economicCompensation({ monthlyWageFen: 100, serviceMonths: -1 })).toThrow(RangeError);
    expect(() =>
      economicCompensation({ monthlyWageFen: 100, serviceStart: '2026-02-30', serviceEnd: '2026-03-31' }),
    ).toThrow(RangeError);
  });
});

describe('unlawful-termination damages (劳动合同法 arts 48, 87; 实施条例 art 25)', () => {
  it.each(cases)('art 87: twice the art-47 amount: $name', ({ input, months, amount, capped }) => {
    const r = unlawfulTerminationDamages(input);
    expect(r.amountFen).toBe(2 * amount);
    expect(r.months).toBe(months);
    expect(r.multiplier).toBe(2);
    expect(r.capped).toBe(capped ?? false);
  });

  it('实施条例 art 25: years from the first day of employment, and never added to compensation', () => {
    const r = unlawfulTerminationDamages({
      monthlyWageFen: wage,
      serviceStart: '2024-03-01',
      serviceEnd: '2026-02-28',
    });
    expect(r.basis.map((b) => b.article)).toEqual(expect.arrayContaining(['25', '48, 87', '47']));
    expect(r.steps.some((s) => s.basis.article === '25' && s.label.en.includes('never both'))).toBe(true);
    expect(r.steps[0]!.value).toBe('from 2024-03-01');
  });

  it('art 87: the double is computed exactly, not as twice a rounded amount', () => {
    expect(unlawfulTerminationDamages({ monthlyWageFen: 333_333, serviceMonths: 3 }).amountFen).toBe(333_333);
  });
});

describe('compensation triggers (劳动合同法 art 46)', () => {
  const owed = [
    'art38_unpaid_wages',
    'art38_no_social_insurance',
    'art38_unsafe_or_forced',
    'art38_unlawful_rules',
    'art38_invalid_contract',
    'mutual_by_employer',
    'art40_dismissal',
    'art41_redundancy',
    'fixed_term_expiry_not_renewed',
    'employer_closed',
  ] as const;
  const notOwed = [
    'own_resignation',
    'mutual_by_worker',
    'art39_dismissal_for_fault',
    'fixed_term_worker_refused_renewal',
    'retirement',
    'unlawful_termination',
  ] as const;

  it('art 46: the art 38, 36, 40, 41, 44 and 46(5) triggers owe compensation', () => {
    for (const t of owed) expect(compensationOwed(t)).toBe(true);
  });

  it('art 46: resignation (art 37), a worker-proposed mutual end, art-39 fault, refused renewal and retirement do not', () => {
    for (const t of notOwed) expect(compensationOwed(t)).toBe(false);
  });

  it('art 87: an unlawful termination owes damages, not compensation', () => {
    expect(COMPENSATION_TRIGGER_RULES.unlawful_termination.basis.article).toBe('87');
    expect(COMPENSATION_TRIGGER.labels.unlawful_termination.en).toContain('art 87');
  });

  it('every trigger is listed once, and each label names its article in both languages', () => {
    expect([...COMPENSATION_TRIGGER.values].sort()).toEqual([...owed, ...notOwed].sort());
    for (const v of COMPENSATION_TRIGGER.values) {
      expect(COMPENSATION_TRIGGER.labels[v]['zh-CN']).toMatch(/第\d+条/);
      expect(COMPENSATION_TRIGGER.labels[v].en).toMatch(/arts? \d+/);
    }
  });

  it('an unknown trigger is a RangeError', () => {
    expect(() => compensationOwed('fired' as never)).toThrow(RangeError);
  });
});

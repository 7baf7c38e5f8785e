import type { LocalFigureView } from '@gig/shared';
import { emptyAnswers, problemsOf, type Answers, type Situation } from '../../miniapp/src/calc/answers';
import { figuresOf, lookBackFrom, monthsCovered } from '../../miniapp/src/calc/figures';
import { outcomes, type Outcome } from '../../miniapp/src/calc/outcomes';
import { defaultPicks, picked, toClaimItems, toggle } from '../../miniapp/src/calc/picks';

/** The calculator page's logic on worked examples: what a worker answers → amounts, articles, claim items. */
const TODAY = '2026-04-01';
const AVG = '0b7f3a52-8f1e-4a43-9a43-1c2d3e4f5a61';
const MIN = '0b7f3a52-8f1e-4a43-9a43-1c2d3e4f5a62';
const BACK = '0b7f3a52-8f1e-4a43-9a43-1c2d3e4f5a63';

function figure(id: string, kind: LocalFigureView['kind'], value: number, example = true): LocalFigureView {
  return {
    id,
    areaCode: '330300',
    kind,
    value,
    effectiveFrom: '2026-01-01',
    source: example ? '示例数值' : '温州市人力资源和社会保障局通知',
    sourceUrl: null,
    example,
    note: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
  };
}
/** The demo city's figures: an average monthly wage of 8,000 and a minimum of 2,490 yuan, both examples. */
const DEMO = figuresOf([figure(AVG, 'average_monthly_wage', 800_000), figure(MIN, 'minimum_monthly_wage', 249_000)]);

const answers = (patch: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...patch });
const run = (s: Situation[], a: Answers, f = DEMO): Outcome[] => {
  expect(problemsOf(s, a, TODAY)).toEqual({});
  return outcomes(s, a, f, TODAY);
};
const courier = { wageYuan: '6000', startDate: '2022-01-01', endDate: '2025-05-31' };

describe('a dismissed courier', () => {
  test('laid off (art 41): 3 years 5 months at 6,000 → 3.5 months = 21,000 yuan of economic compensation', () => {
    const [o] = run(['dismissed'], answers({ ...courier, dismissReason: 'redundancy' }));
    expect(o!.options.map((x) => [x.calculator, x.amountFen])).toEqual([['economicCompensation', 2_100_000]]);
    expect(o!.notes[0]).toMatchObject({ key: 'whyOwed', basis: { article: '41, 46' } });
    const [opt] = o!.options;
    // Every step carries its article; the figures used are the average (art 47 cap) and the minimum (实施条例 art 27).
    expect(opt!.steps.every((s) => s.basis.article && s.basis.rule['zh-CN'])).toBe(true);
    expect(opt!.figures.map((u) => [u.figure.id, u.basis.article])).toEqual([
      [AVG, '47'],
      [MIN, '27'],
    ]);
    expect(opt!.figures[0]!.basis.rule['zh-CN']).toContain('三倍');
    const items = toClaimItems(picked([o!], defaultPicks([o!])));
    expect(items).toEqual([
      {
        type: 'termination_compensation',
        amountYuan: '21000.00',
        periodFrom: '2022-01-01',
        periodTo: '2025-05-31',
        note: expect.stringContaining('经济补偿 3.5个月 × 6000.00元'),
        calculation: { calculator: 'economicCompensation', figureIds: [AVG, MIN] },
      },
    ]);
    expect(items[0]!.note).toContain('示例');
  });

  test('no reason given: compensation 21,000 or damages 42,000 (art 87), decided by arbitration; only the one picked goes in', () => {
    const [o] = run(['dismissed'], answers({ ...courier, dismissReason: 'none' }));
    expect(o!.options.map((x) => [x.condition, x.amountFen, x.group])).toEqual([
      ['ifLawful', 2_100_000, 'dismissal'],
      ['ifUnlawful', 4_200_000, 'dismissal'],
    ]);
    expect(o!.notes).toEqual([
      expect.objectContaining({ key: 'unlawfulDecided', basis: expect.objectContaining({ article: '87' }) }),
    ]);
    let picks = defaultPicks([o!]);
    expect(picked([o!], picks)).toEqual([]);
    picks = toggle(picks, o!.options[1]!, [o!]);
    expect(picked([o!], picks).map((x) => x.calculator)).toEqual(['unlawfulTerminationDamages']);
    picks = toggle(picks, o!.options[0]!, [o!]);
    expect(picked([o!], picks).map((x) => x.calculator)).toEqual(['economicCompensation']);
  });

  test('"broke the rules" (art 39): no compensation if true; damages only if the worker denies it', () => {
    const [o] = run(['dismissed'], answers({ ...courier, dismissReason: 'fault' }));
    expect(o!.options.map((x) => x.calculator)).toEqual(['unlawfulTerminationDamages']);
    expect(o!.notes.map((n) => [n.key, n.basis?.article])).toEqual([
      ['faultNote', '39, 46'],
      ['unlawfulDecided', '87'],
    ]);
  });

  test('a wage above 3× the local average is capped at 24,000 and 12 years', () => {
    const [o] = run(
      ['dismissed'],
      answers({ wageYuan: '30000', startDate: '2010-01-01', endDate: '2025-12-31', dismissReason: 'changed' }),
    );
    expect(o!.options[0]!.amountFen).toBe(12 * 2_400_000);
  });
});

test('quit over unpaid pay (art 38): economic compensation, with the art-38 trigger cited', () => {
  const [o] = run(['resigned'], answers({ ...courier, resignReason: 'unpaid_wages' }));
  expect(o!.options[0]!.amountFen).toBe(2_100_000);
  expect(o!.notes[0]!.basis!.article).toBe('38, 46');
});

describe('no written contract (art 82)', () => {
  test('never signed, still working past a year: 11 months × 5,000 = 55,000, deemed open-ended (实施条例 art 7)', () => {
    const a = answers({ wageYuan: '5000', startDate: '2025-01-10', stillWorking: true });
    const [o] = run(['no_contract'], a);
    expect(o!.options[0]).toMatchObject({
      amountFen: 5_500_000,
      claimType: 'double_wages',
      periodFrom: '2025-02-10',
      periodTo: '2026-01-09',
      figures: [],
    });
    expect(o!.notes.map((n) => [n.key, n.basis?.article])).toEqual([['deemedOpenEnded', '7']]);
  });

  test("a region's 12-month look-back counts from 2025-04-01: 9 months + 9/31 × 5,000 = 46,451.61", () => {
    const f = figuresOf([figure(BACK, 'double_wage_lookback_months', 12)]);
    const [o] = run(['no_contract'], answers({ wageYuan: '5000', startDate: '2025-01-10', stillWorking: true }), f);
    expect(o!.options[0]).toMatchObject({ amountFen: 4_645_161, periodFrom: '2025-04-01' });
    expect(o!.options[0]!.figures.map((u) => u.basis.law['zh-CN'])).toEqual(['地区裁审口径（按地区配置）']);
    expect(toClaimItems(o!.options)[0]!.calculation).toEqual({ calculator: 'doubleWages', figureIds: [BACK] });
  });

  test('signed within the first month: nothing owed, nothing to put in the claim', () => {
    const a = answers({
      wageYuan: '5000',
      startDate: '2025-01-10',
      endDate: '2025-12-31',
      signedLater: true,
      signedOn: '2025-01-20',
    });
    const [o] = run(['no_contract'], a);
    expect(o!.options[0]!.amountFen).toBe(0);
    expect(picked([o!], defaultPicks([o!]))).toEqual([]);
  });
});

test('overtime at 4,350 a month (25 an hour): 40 h on working days 1,500 + 8 h on a rest day 400; 48 h in March is over the 36-hour limit', () => {
  const a = answers({
    wageYuan: '4350',
    overtimeFrom: '2026-03-01',
    overtimeTo: '2026-03-31',
    hoursWorkday: '40',
    hoursRestDay: '8',
  });
  const [o] = run(['overtime'], a);
  expect(o!.options.map((x) => [x.detail, x.amountFen])).toEqual([
    ['otWorkday', 150_000],
    ['otRestDay', 40_000],
  ]);
  expect(o!.notes).toEqual([
    expect.objectContaining({ key: 'overLimit', value: '48.0', basis: expect.objectContaining({ article: '41' }) }),
  ]);
  // The same hours over two months are 24 a month: within the limit.
  const [two] = run(['overtime'], { ...a, overtimeFrom: '2026-02-01' });
  expect(two!.notes).toEqual([]);
});

describe('hurt at work', () => {
  test('the recognition deadlines are dates with 工伤保险条例 art 17; the lump sum waits for a grade', () => {
    const [o] = run(['injury'], answers({ accidentDate: '2026-03-02' }));
    expect(o!.deadlines.map((d) => [d.kind, d.due, d.basis.article])).toEqual([
      ['employer', '2026-04-01', '17'],
      ['worker', '2027-03-02', '17'],
    ]);
    expect(o!.options).toEqual([]);
    expect(o!.notes.map((n) => n.key)).toEqual(['gradeLater']);
  });

  test('grade 10 on a 6,000 wage (within 60%–300% of 8,000): 7 months = 42,000, with the average cited under art 64', () => {
    const [o] = run(['injury'], answers({ accidentDate: '2026-03-02', grade: 10, injuryWageYuan: '6000' }));
    expect(o!.options[0]).toMatchObject({
      calculator: 'disabilityLumpSum',
      claimType: 'work_injury',
      amountFen: 4_200_000,
    });
    expect(o!.options[0]!.figures.map((u) => [u.figure.id, u.basis.article])).toEqual([[AVG, '64']]);
    const [none] = run(['injury'], answers({ accidentDate: '2026-03-02', grade: 10, injuryWageYuan: '6000' }), {});
    expect(none!.notes.map((n) => n.key)).toEqual(['noAverage']);
  });
});

test('wages not paid: 2 months × 5,000 − 1,200 paid = 8,800, and several situations at once keep their order', () => {
  const a = answers({ ...courier, dismissReason: 'illness', monthsOwed: '2', paidYuan: '1200', wageYuan: '5000' });
  const list = run(['dismissed', 'unpaid'], a);
  expect(list.map((o) => o.situation)).toEqual(['dismissed', 'unpaid']);
  const items = toClaimItems(picked(list, defaultPicks(list)));
  expect(items.map((i) => [i.type, i.amountYuan])).toEqual([
    ['termination_compensation', '17500.00'],
    ['unpaid_wages', '8800.00'],
  ]);
  expect(items[1]!.calculation).toEqual({ calculator: 'unpaidWages', figureIds: [] });
});

test('a number too large to compute exactly says so instead of failing', () => {
  const a = answers({
    wageYuan: '999999999',
    overtimeFrom: '2026-03-01',
    overtimeTo: '2026-03-31',
    hoursWorkday: '99999.99',
  });
  expect(run(['overtime'], a)[0]!.notes.map((n) => n.key)).toEqual(['tooLarge']);
});

describe('only what each calculator needs is asked, and checked', () => {
  test('missing, malformed, out-of-order and future answers are named by field', () => {
    expect(problemsOf(['dismissed'], emptyAnswers(), TODAY)).toEqual({
      wageYuan: 'required',
      startDate: 'required',
      endDate: 'required',
      dismissReason: 'required',
    });
    const bad = answers({ wageYuan: '12.345', startDate: '2025-05-01', endDate: '2025-04-01', dismissReason: 'none' });
    expect(problemsOf(['dismissed'], bad, TODAY)).toEqual({ wageYuan: 'amount', endDate: 'order' });
    expect(problemsOf(['injury'], answers({ accidentDate: '2026-04-02' }), TODAY)).toEqual({ accidentDate: 'future' });
    expect(
      problemsOf(
        ['overtime'],
        answers({ wageYuan: '5000', overtimeFrom: '2026-03-01', overtimeTo: '2026-03-31' }),
        TODAY,
      ),
    ).toEqual({
      hoursWorkday: 'required',
    });
    expect(problemsOf(['unpaid'], answers({ wageYuan: '5000', monthsOwed: 'two' }), TODAY)).toEqual({
      monthsOwed: 'number',
    });
  });

  test('"still working there" stands in for the last day only without a dismissal or resignation', () => {
    const a = answers({ wageYuan: '5000', startDate: '2025-01-10', stillWorking: true });
    expect(problemsOf(['no_contract'], a, TODAY)).toEqual({});
    expect(problemsOf(['no_contract', 'resigned'], { ...a, resignReason: 'unsafe' }, TODAY)).toEqual({
      endDate: 'required',
    });
  });
});

test('look-back and month counting follow the calendar (a missing day is the month’s last)', () => {
  expect(lookBackFrom('2026-03-31', 1)).toBe('2026-02-28');
  expect(lookBackFrom('2026-04-01', 12)).toBe('2025-04-01');
  expect(monthsCovered('2026-03-15', '2026-04-14')).toBe(1);
  expect(monthsCovered('2026-03-15', '2026-04-15')).toBe(2);
  expect(monthsCovered('2026-03-01', '2026-05-31')).toBe(3);
});

import dayjs from 'dayjs';
import { SEED_FIGURES, type LocalFigure } from '@gig/shared';
import { factsOf, offerOf, termsOf } from '../../server/admin/src/pages/case/fairness-form';
import { actionBodyOf } from '../../server/admin/src/pages/case/action-body';

/** The agreement form's fairness panel: its values as the shared check's inputs, and never in the body. */
const figures: LocalFigure[] = SEED_FIGURES.map((f, n) => ({ ...f, id: `f${n}` }));

describe('the fairness panel’s values', () => {
  it('reads the facts, with the local figures in force in the case’s city on the last day worked', () => {
    const { facts, used } = factsOf(
      { wageYuan: '6,000', start: dayjs('2022-01-01'), end: '2026-05-31', unlawful: true, otRest: 8, grade: 10 },
      figures,
      '330302',
      '2026-12-01',
    );
    expect(facts).toMatchObject({
      monthlyWageFen: 600_000,
      serviceStart: '2022-01-01',
      serviceEnd: '2026-05-31',
      unlawfulTermination: true,
      overtimeHours: { workday: undefined, rest_day: 8, holiday: undefined },
      disabilityGrade: 10,
      // The demo city's example figures (330300) apply to its district 330302.
      localAverageMonthlyWageFen: 800_000,
      minimumWageFen: 249_000,
    });
    expect(used.map((f) => [f.kind, f.example])).toEqual([
      ['average_monthly_wage', true],
      ['minimum_monthly_wage', true],
    ]);
  });

  it('before a figure took effect there is none; nothing typed is no facts at all', () => {
    const { facts, used } = factsOf({ end: '2025-05-31' }, figures, '330302', '2026-12-01');
    expect(facts.localAverageMonthlyWageFen).toBeUndefined();
    expect(used.map((f) => f.kind)).toEqual(['minimum_monthly_wage']);
    expect(factsOf(undefined, [], '330302', '2026-12-01').facts).toMatchObject({
      monthlyWageFen: undefined,
      serviceStart: undefined,
      unlawfulTermination: false,
    });
  });

  it('takes the offer from the rows that have a type and a readable amount', () => {
    expect(
      offerOf([
        { type: 'unpaid_wages', amountYuan: '3,500.50' },
        { type: 'overtime', amountYuan: '' },
        { amountYuan: '100' },
        undefined,
      ]),
    ).toEqual([{ type: 'unpaid_wages', amountFen: 350_050 }]);
    expect(offerOf(undefined)).toEqual([]);
    expect(termsOf('双方对本协议内容保密。', undefined, '  ', '申请人放弃工伤认定')).toBe(
      '双方对本协议内容保密。\n申请人放弃工伤认定',
    );
  });

  it('is never part of the action body', () => {
    const body = actionBodyOf('record_agreement', {
      items: [{ type: 'unpaid_wages', amountYuan: '3500', payer: '温州某快递服务有限公司' }],
      dueDate: '2026-12-11',
      paymentMethod: 'bank_transfer',
      fairness: { wageYuan: '6000', otherTerms: '双方对本协议内容保密' },
    });
    expect(body).not.toHaveProperty('fairness');
  });
});

import {
  DEFAULT_FAIRNESS_THRESHOLD,
  detectClauses,
  fairnessCheck,
  fairnessItems,
  type ClaimType,
  type FairnessFacts,
} from '@gig/shared';

/**
 * The fairness check when staff record an agreement, on worked examples (amounts in fen): the
 * baseline of each claimed item beside the offer, the ratio, a warning below the product's
 * threshold, and the clauses in the terms that warrant a word with the worker. It only warns.
 */
const YUAN = 100;
const claim = (type: ClaimType, yuan: number, calculator?: 'economicCompensation') => ({
  type,
  amountFen: yuan * YUAN,
  calculation: calculator ? { calculator, figureIds: [] } : null,
});
const offer = (type: ClaimType, yuan: number) => ({ type, amountFen: yuan * YUAN });
const check = (
  items: ReturnType<typeof claim>[],
  facts: FairnessFacts,
  offered: ReturnType<typeof offer>[],
  terms = '',
  threshold?: number,
) => fairnessCheck({ items: fairnessItems(items, facts), offer: offered, terms, threshold });

const wage6000 = { monthlyWageFen: 6_000 * YUAN, serviceStart: '2022-01-01', serviceEnd: '2025-05-31' };

describe('the baseline beside the offer', () => {
  it('art 47: 3 years 5 months at ¥6,000 is ¥21,000; an offer of ¥8,000 (38.1%) is far below it', () => {
    const r = check([claim('termination_compensation', 30_000)], wage6000, [offer('termination_compensation', 8_000)]);
    expect(r.threshold).toBe(DEFAULT_FAIRNESS_THRESHOLD);
    expect(r.comparisons).toEqual([
      expect.objectContaining({
        type: 'termination_compensation',
        claimedFen: 30_000 * YUAN,
        baselineFen: 21_000 * YUAN,
        offerFen: 8_000 * YUAN,
        ratio: 0.381,
        farBelow: true,
      }),
    ]);
    expect(r.comparisons[0]!.baselineBasis.source).toBe('statutory');
    const [w] = r.warnings;
    expect(w!.code).toBe('offer_far_below_baseline');
    expect(w!.message['zh-CN']).toContain('协议金额¥8000.00仅为基准金额¥21000.00');
    expect(w!.message['zh-CN']).toContain('38.1%');
    // The product's threshold (not a statute), the settlement rule, and the calculator's articles.
    expect(w!.basis.map((b) => b.article)).toEqual(expect.arrayContaining(['—', '35', '27', '47']));
    expect(w!.basis[0]!.law['zh-CN']).toContain('非法定标准');
    expect(w!.basis[1]!.law['zh-CN']).toContain('法释〔2020〕26号');
  });

  it('exactly half of the baseline is not "far below"; just under it is', () => {
    const at = check([claim('termination_compensation', 21_000)], wage6000, [
      offer('termination_compensation', 10_500),
    ]);
    expect(at.comparisons[0]).toMatchObject({ ratio: 0.5, farBelow: false });
    expect(at.warnings).toEqual([]);
    const under = check([claim('termination_compensation', 21_000)], wage6000, [
      { type: 'termination_compensation', amountFen: 10_500 * YUAN - 1 },
    ]);
    expect(under.comparisons[0]!.farBelow).toBe(true);
  });

  it('the threshold is configurable: 80% warns on an offer of 70%', () => {
    const r = check(
      [claim('termination_compensation', 21_000)],
      wage6000,
      [offer('termination_compensation', 14_700)],
      '',
      0.8,
    );
    expect(r.comparisons[0]).toMatchObject({ ratio: 0.7, farBelow: true });
    expect(r.warnings[0]!.message.en).toContain('below the 80% line');
    expect(() => check([], {}, [], '', 0)).toThrow(RangeError);
    expect(() => check([], {}, [], '', 1.5)).toThrow(RangeError);
  });

  it('arts 48, 87: an unlawful termination doubles the baseline to ¥42,000', () => {
    const r = check([claim('termination_compensation', 42_000)], { ...wage6000, unlawfulTermination: true }, [
      offer('termination_compensation', 20_000),
    ]);
    expect(r.comparisons[0]).toMatchObject({ baselineFen: 42_000 * YUAN, farBelow: true });
    expect(r.warnings[0]!.basis.map((b) => b.article)).toContain('48, 87');
  });

  it('art 82: double wages for 2025-01-10 to 2026-06-30 with no contract stop at 11 months (¥55,000)', () => {
    const facts = { monthlyWageFen: 5_000 * YUAN, serviceStart: '2025-01-10', serviceEnd: '2026-06-30' };
    const r = check([claim('double_wages', 60_000)], facts, [offer('double_wages', 30_000)]);
    expect(r.comparisons[0]).toMatchObject({ baselineFen: 55_000 * YUAN, ratio: 0.5455, farBelow: false });
  });

  it('劳动法 art 44: 10 workday hours and 8 rest-day hours at ¥4,350 (¥25 an hour) are ¥375 + ¥400', () => {
    const facts = { monthlyWageFen: 4_350 * YUAN, overtimeHours: { workday: 10, rest_day: 8 } };
    const r = check([claim('overtime', 1_000)], facts, [offer('overtime', 300)]);
    expect(r.comparisons[0]).toMatchObject({ baselineFen: 775 * YUAN, ratio: 0.3871, farBelow: true });
  });

  it('劳动法 art 50: two months of a ¥5,000 wage unpaid is ¥10,000; the offer in full is 100%', () => {
    const facts = { monthlyWageFen: 5_000 * YUAN, unpaidMonths: 2 };
    const r = check([claim('unpaid_wages', 10_000)], facts, [offer('unpaid_wages', 10_000)]);
    expect(r.comparisons[0]).toMatchObject({ baselineFen: 10_000 * YUAN, ratio: 1, farBelow: false });
    expect(r.warnings).toEqual([]);
  });

  it('工伤保险条例 art 37: grade 10 at ¥5,000 (within 60-300% of ¥8,000) is 7 months, ¥35,000: the lump sum only', () => {
    const facts = {
      monthlyWageFen: 5_000 * YUAN,
      disabilityGrade: 10 as const,
      localAverageMonthlyWageFen: 8_000 * YUAN,
    };
    const [item] = fairnessItems([claim('work_injury', 80_000)], facts);
    expect(item).toMatchObject({ baselineFen: 35_000 * YUAN });
    expect(item!.baselineBasis.label['zh-CN']).toContain('仅一次性伤残补助金');
  });

  it('without the facts: the worker’s own calculation when every item has one, else the amount claimed, and each says so', () => {
    const [calc, plain] = fairnessItems([
      claim('termination_compensation', 18_000, 'economicCompensation'),
      claim('unpaid_wages', 3_500),
    ]);
    expect(calc).toMatchObject({ baselineFen: 18_000 * YUAN, baselineBasis: { source: 'worker_calculation' } });
    expect(calc!.baselineBasis.label['zh-CN']).toContain('经济补偿（劳动合同法第47条）');
    expect(plain).toMatchObject({ baselineFen: 3_500 * YUAN, baselineBasis: { source: 'claimed' } });
    expect(plain!.baselineBasis.label['zh-CN']).toContain('未按法定标准核算');
  });

  it('two items of one type are compared as one; a claimed item left out of the offer is 0%', () => {
    const r = check([claim('unpaid_wages', 2_000), claim('unpaid_wages', 1_500), claim('overtime', 400)], {}, [
      offer('unpaid_wages', 3_000),
    ]);
    expect(r.comparisons.map((c) => [c.type, c.baselineFen, c.offerFen, c.ratio, c.farBelow])).toEqual([
      ['unpaid_wages', 3_500 * YUAN, 3_000 * YUAN, 0.8571, false],
      ['overtime', 400 * YUAN, 0, 0, true],
    ]);
  });

  it('facts that do not fit (an end before the start) fall back to the claim; a zero baseline has no ratio', () => {
    const bad = { monthlyWageFen: 6_000 * YUAN, serviceStart: '2025-05-31', serviceEnd: '2022-01-01' };
    expect(fairnessItems([claim('termination_compensation', 9_000)], bad)[0]!.baselineBasis.source).toBe('claimed');
    const zero = check([claim('platform_penalties', 0)], {}, [offer('platform_penalties', 0)]);
    expect(zero.comparisons[0]).toMatchObject({ ratio: null, farBelow: false });
  });
});

describe('clauses in the terms', () => {
  const codes = (terms: string) => detectClauses(terms).map((c) => c.code);

  it.each([
    ['双方对本协议内容保密。', ['confidentiality_clause']],
    ['申请人不得向任何第三方透露本次调解的金额', ['confidentiality_clause']],
    ['申请人不得对外透露协议内容，否则退还全部款项', ['confidentiality_clause']],
    ['申请人不得在网络、微信朋友圈发布与本争议有关的信息', ['confidentiality_clause']],
    ['申请人自愿放弃工伤认定申请', ['work_injury_waiver']],
    ['申请人不再申请工伤认定及劳动能力鉴定', ['work_injury_waiver']],
    ['关于工伤待遇，申请人自愿放弃', ['work_injury_waiver']],
    ['申请人不得再以工伤为由向被申请人主张权利', ['work_injury_waiver']],
    ['申请人放弃其他一切权利', ['waives_all_claims']],
    ['申请人不再向被申请人主张任何其他费用', ['waives_all_claims']],
    ['双方再无任何劳动争议', ['waives_all_claims']],
  ])('%s → %j', (terms, expected) => {
    expect(codes(terms)).toEqual(expected);
  });

  it.each([
    '本协议不设保密条款。',
    '双方无需对本协议内容保密',
    '调解组织对当事人的个人信息予以保密',
    '本协议不影响申请人依法申请工伤认定和享受工伤保险待遇的权利',
    '申请人保留申请工伤认定的权利',
    '工伤待遇另行处理，不在本协议放弃范围内',
    '申请人不放弃工伤认定',
    '签订本协议不视为申请人放弃其他权利',
    '十月工资未发放，多次催要无果。',
    '申请人不再就上述事项申请仲裁或提起诉讼',
  ])('no warning: %s', (terms) => {
    expect(codes(terms)).toEqual([]);
  });

  it('a negation in one clause does not hide a waiver in the next', () => {
    expect(codes('本协议不包括工伤待遇，申请人放弃工伤认定')).toEqual(['work_injury_waiver']);
    expect(codes('本协议不设保密条款；但申请人不得对外透露协议金额')).toEqual(['confidentiality_clause']);
  });

  it('each clause found is one warning with the sentences that raised it and its basis; several kinds at once', () => {
    const r = check(
      [claim('unpaid_wages', 3_600)],
      {},
      [offer('unpaid_wages', 1_000)],
      '双方对本协议内容保密。申请人放弃工伤认定。',
    );
    expect(r.warnings.map((w) => w.code)).toEqual([
      'offer_far_below_baseline',
      'confidentiality_clause',
      'work_injury_waiver',
    ]);
    const secrecy = r.warnings[1]!;
    expect(secrecy.excerpts).toEqual(['双方对本协议内容保密']);
    expect(secrecy.basis.map((b) => b.article)).toEqual(['35']);
    // The work-injury warning also cites the worker's own one-year time limit to apply (工伤保险条例 art 17).
    expect(r.warnings[2]!.basis.map((b) => b.article)).toEqual(['35', '17']);
  });
});

import { agreementText, arbitrationInstitutions, chineseAmount, JURISDICTION_BASIS } from '@gig/shared';

describe('amounts in Chinese capitals (大写金额)', () => {
  it.each([
    [3_048_000, '叁万零肆佰捌拾元整'],
    [350_050, '叁仟伍佰元伍角'],
    [100_005, '壹仟元零伍分'],
    [1_000, '壹拾元整'],
    [10_010_000, '壹拾万零壹佰元整'],
    [100_100, '壹仟零壹元整'],
    [101_000, '壹仟零壹拾元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [1_001_000_000, '壹仟零壹万元整'],
    [123_456_789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [0, '零元整'],
    [5, '伍分'],
  ])('%i fen is %s', (fen, words) => expect(chineseAmount(fen)).toBe(words));

  it('refuses what is not an amount in fen', () => {
    expect(() => chineseAmount(-1)).toThrow(RangeError);
    expect(() => chineseAmount(1.5)).toThrow(RangeError);
  });
});

describe('the agreement text', () => {
  const text = agreementText(
    {
      caseNumber: 'LD2026-000123',
      claimantName: '王小明',
      respondent: { name: '温州中通快递有限公司', creditCode: null, outletName: '中通龙湾网点', partnerName: null },
    },
    {
      items: [{ type: 'unpaid_wages', amountFen: 300_000, payer: '温州中通快递有限公司', claimedFen: 350_050 }],
      totalFen: 300_000,
      facts: '九月工资未发。',
      dueDate: '2026-12-20',
      paymentMethod: 'bank_transfer',
      stationName: '温州市快递行业协会调解站',
    },
  );

  it('names the parties, compares what was claimed with what is agreed, and writes the total in figures and capitals', () => {
    const all = text.join('\n');
    expect(all).toContain('申请人：王小明');
    expect(all).toContain('被申请人：温州中通快递有限公司，网点/站点：中通龙湾网点');
    expect(all).toContain('人民币3000.00元（申请人原请求3500.50元）');
    expect(all).toContain('合计人民币3000.00元（大写：人民币叁仟元整），于2026-12-20前以银行转账方式付清');
  });

  it('states the finality clause, when it takes effect and the windows with their articles', () => {
    const all = text.join('\n');
    expect(all).toContain('再无其他争议');
    expect(all).toContain('第十四条');
    expect(all).toContain('《人民调解法》第三十三条');
    expect(all).toContain('第十六条');
  });
});

describe('arbitration jurisdiction (LDMAL art 21)', () => {
  const s = (id: string, areaCode: string, over = {}) => ({
    id,
    kind: 'arbitration' as const,
    active: true,
    areaCode,
    ...over,
  });
  const all = [
    s('city', '330300'),
    s('lucheng', '330302'),
    s('longwan', '330303'),
    s('closed', '330302', { active: false }),
  ];

  it('the place of performance first: its district’s institution, then the city’s; never another district’s', () => {
    const got = arbitrationInstitutions(all, { performanceArea: '330302' });
    expect(got.map((x) => [x.station.id, x.basis])).toEqual([
      ['lucheng', 'performance_place'],
      ['city', 'performance_place'],
    ]);
  });

  it('the employer’s location adds its institutions after those of the place of performance', () => {
    const got = arbitrationInstitutions(all, { performanceArea: '330302', employerArea: '330303' });
    expect(got.map((x) => x.station.id)).toEqual(['lucheng', 'city', 'longwan']);
    expect(got[2]!.basis).toBe('employer_location');
    expect(JURISDICTION_BASIS.performance_place.article).toBe('21');
  });

  it('none in another city', () => {
    expect(arbitrationInstitutions(all, { performanceArea: '330102' })).toEqual([]);
  });
});

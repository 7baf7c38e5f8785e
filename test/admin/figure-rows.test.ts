import { partValidator } from '@gig/server/ajv';
import { LocalFigureBody, type LocalFigure } from '@gig/shared';
import { figureBody, figureGroups, nextVersion, stateOf } from '../../server/admin/src/pages/figures/figure-rows';

/** The local figures page: each version's state today, the groups it shows, and the body its form sends. */
const fig = (over: Partial<LocalFigure>): LocalFigure => ({
  id: `${over.areaCode ?? '330300'}-${over.kind ?? 'minimum_monthly_wage'}-${over.effectiveFrom}-${over.version ?? 1}`,
  areaCode: '330300',
  kind: 'minimum_monthly_wage',
  value: 249_000,
  effectiveFrom: '2025-01-01',
  source: '示例',
  sourceUrl: null,
  example: true,
  note: null,
  version: 1,
  ...over,
});
const today = '2026-12-01';
const seeded = fig({});
const published = fig({ effectiveFrom: '2026-11-30', value: 269_000, example: false });
const corrected = fig({ effectiveFrom: '2026-11-30', value: 270_000, example: false, version: 2 });
const next = fig({ effectiveFrom: '2027-01-01', value: 280_000, example: false });
const district = fig({
  areaCode: '330302',
  kind: 'double_wage_lookback_months',
  value: 12,
  effectiveFrom: '2026-01-01',
});
const all = [seeded, published, corrected, next, district];

describe('the local figures page', () => {
  it('marks each version: in force today, corrected the same day, replaced by a later day, not yet in force', () => {
    expect([seeded, published, corrected, next, district].map((f) => stateOf(f, all, today))).toEqual([
      'replaced',
      'corrected',
      'in_force',
      'future',
      'in_force',
    ]);
    // Alone, the example is what is in force.
    expect(stateOf(seeded, [seeded], today)).toBe('in_force');
  });

  it('groups by kind (every kind, even with nothing entered) and area, newest first', () => {
    const groups = figureGroups(all, today);
    expect(groups.map((g) => [g.kind, g.groups.map((a) => a.areaCode)])).toEqual([
      ['average_monthly_wage', []],
      ['minimum_monthly_wage', ['330300']],
      ['minimum_hourly_wage', []],
      ['double_wage_lookback_months', ['330302']],
    ]);
    expect(groups[1]!.groups[0]!.rows.map((r) => [r.effectiveFrom, r.version, r.state])).toEqual([
      ['2027-01-01', 1, 'future'],
      ['2026-11-30', 2, 'in_force'],
      ['2026-11-30', 1, 'corrected'],
      ['2025-01-01', 1, 'replaced'],
    ]);
  });

  it('says which version a new entry would be: a correction of the same area, kind and day is the next', () => {
    expect(nextVersion(all, '330300', 'minimum_monthly_wage', '2026-11-30')).toBe(3);
    expect(nextVersion(all, '330300', 'minimum_monthly_wage', '2026-12-01')).toBe(1);
    expect(nextVersion(all, '330302', 'minimum_monthly_wage', '2026-11-30')).toBe(1);
  });

  it('sends the value in its kind’s unit, empty optionals left out, as the API’s schema takes it', () => {
    const check = partValidator(LocalFigureBody, 'body');
    const wage = figureBody({
      areaCode: ' 330300 ',
      kind: 'minimum_monthly_wage',
      amountYuan: '2,690',
      months: 3,
      effectiveFrom: '2026-11-30',
      source: ' 浙江省人民政府公布的最低工资标准 ',
      sourceUrl: '',
      note: '  ',
    });
    expect(wage).toEqual({
      areaCode: '330300',
      kind: 'minimum_monthly_wage',
      amountYuan: '2,690',
      effectiveFrom: '2026-11-30',
      source: '浙江省人民政府公布的最低工资标准',
      example: false,
    });
    expect(check(wage)).toBe(true);
    const months = figureBody({
      areaCode: '330302',
      kind: 'double_wage_lookback_months',
      amountYuan: '100',
      months: 12,
      effectiveFrom: '2026-01-01',
      source: '地区裁审口径',
      sourceUrl: 'https://example.gov.cn/x',
      example: true,
    });
    expect(months).toMatchObject({ months: 12, sourceUrl: 'https://example.gov.cn/x', example: true });
    expect(months).not.toHaveProperty('amountYuan');
    expect(check(months)).toBe(true);
  });
});

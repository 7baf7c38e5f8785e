import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ClaimCreateBody, economicCompensation, type LocalFigureView } from '@gig/shared';
import { fake } from './taro-fake';

jest.mock('@tarojs/taro', () => require('./taro-fake'));

// Imported after the mock is in place.
import { addCalculatedItems, loadDraft, newDraft, saveDraft, submission } from '../../miniapp/src/draft';
import { claimProblems } from '../../miniapp/src/validation';
import { examplesIn, figuresOf, used } from '../../miniapp/src/calc/figures';
import { basisLine, stepValue } from '../../miniapp/src/calc/values';

/** What the calculator page writes into the claim draft, and how its steps read on the phone. */
const serverAccepts = addFormats(
  new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: false, strict: false }),
).compile(ClaimCreateBody);
const AVG = '0b7f3a52-8f1e-4a43-9a43-1c2d3e4f5a61';
const item = {
  type: 'termination_compensation' as const,
  amountYuan: '21000.00',
  periodFrom: '2022-01-01',
  periodTo: '2025-05-31',
  note: '计算器估算：经济补偿 3.5个月 × 6000.00元（劳动合同法第47条）',
  calculation: { calculator: 'economicCompensation' as const, figureIds: [AVG] },
};

beforeEach(() => fake.reset());

describe('calculated items go into the claim draft', () => {
  test("a new draft's blank first item is replaced; the draft keeps its idempotency key", () => {
    const d = newDraft('WZ-COURIER');
    const next = addCalculatedItems(d, [item]);
    expect(next.body.items).toEqual([item]);
    expect(next.idempotencyKey).toBe(d.idempotencyKey);
    expect(next.body.stationCode).toBe('WZ-COURIER');
  });

  test('items the worker typed stay, and the calculated ones come after them', () => {
    const d = newDraft(null);
    d.body.items = [{ type: 'unpaid_wages', amountYuan: '3500' }];
    expect(addCalculatedItems(d, [item]).body.items).toEqual([{ type: 'unpaid_wages', amountYuan: '3500' }, item]);
    d.body.items = [
      { type: 'unpaid_wages', amountYuan: '' },
      { type: 'overtime', amountYuan: '200' },
    ];
    expect(addCalculatedItems(d, [item]).body.items).toEqual([item, { type: 'overtime', amountYuan: '200' }]);
  });

  test('the submission keeps the calculation, the wizard finds no problem, and the server schema accepts it', () => {
    const d = addCalculatedItems(newDraft('WZ-COURIER', { industry: 'courier' }), [item]);
    d.body.workMode = 'outlet';
    d.body.areaCode = '330302';
    d.body.claimant = { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900001111' };
    d.body.respondent = { name: '温州某某快递服务有限公司' };
    d.body.incidentDate = '2025-05-31';
    d.body.description = '公司说裁员，让我第二天不用来了，没有给任何补偿。';
    saveDraft(d);
    const body = submission(loadDraft()!);
    expect(body.items).toEqual([item]);
    expect(claimProblems(body)).toEqual({});
    expect(serverAccepts(body)).toBe(true);
  });
});

describe('the steps on the phone', () => {
  test('the calculators’ English words in a value read in Chinese; figures and dates stay as they are', () => {
    const zh = (v: string) => stepValue(v, 'zh-CN');
    expect(zh('2022-01-01 to 2025-05-31: 3 full years, then under 6 months (from 2025-01-01)')).toBe(
      '2022-01-01 至 2025-05-31：满3年，剩余不满6个月（自2025-01-01起）',
    );
    expect(zh('41 months = 3 years + 5 months')).toBe('41个月 = 3年 + 5个月');
    expect(zh('from 2022-01-01')).toBe('自2022-01-01起');
    expect(zh('8 hours')).toBe('8小时');
    expect(zh('2026-02-10 to 2026-12-31')).toBe('2026-02-10 至 2026-12-31');
    expect(zh('3.5 × ¥6000.00 = ¥21000.00')).toBe('3.5 × ¥6000.00 = ¥21000.00');
    expect(stepValue('8 hours', 'en')).toBe('8 hours');
  });

  test('an article reads 《law》第N条 in Chinese, "law art N" in English, and a non-statute source plainly', () => {
    const [wage] = economicCompensation({ monthlyWageFen: 600_000, serviceMonths: 41 }).steps;
    expect(basisLine(wage!.basis, 'zh-CN')).toBe('《劳动合同法实施条例》第27条');
    expect(basisLine(wage!.basis, 'en')).toBe('Regulation on the Implementation of the Labour Contract Law art 27');
    const many = { ...wage!.basis, article: '48, 87' };
    expect(basisLine(many, 'zh-CN')).toBe('《劳动合同法实施条例》第48、87条');
    const practice = { ...wage!.basis, article: '—', law: { 'zh-CN': '计算口径（实务不一）', en: 'Practice' } };
    expect(basisLine(practice, 'zh-CN')).toBe('计算口径（实务不一）');
  });

  test('示例 is shown on the steps that use an example figure, and only there', () => {
    const avg: LocalFigureView = {
      id: AVG,
      areaCode: '330300',
      kind: 'average_monthly_wage',
      value: 800_000,
      effectiveFrom: '2026-01-01',
      source: '示例',
      sourceUrl: null,
      example: true,
      note: null,
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: null,
    };
    const f = figuresOf([avg]);
    const uses = used('economicCompensation', [f.average, f.minimum]);
    const r = economicCompensation({
      monthlyWageFen: 600_000,
      serviceMonths: 41,
      localAverageMonthlyWageFen: avg.value,
    });
    const tagged = r.steps.filter((s) => examplesIn('economicCompensation', s, uses).length);
    expect(tagged.map((s) => s.label['zh-CN'])).toEqual(['月工资未高于上年度职工月平均工资三倍：不封顶']);
    expect(
      r.steps.filter(
        (s) => examplesIn('economicCompensation', s, [{ ...uses[0]!, figure: { ...avg, example: false } }]).length,
      ),
    ).toEqual([]);
  });
});

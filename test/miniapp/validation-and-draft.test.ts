import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ClaimCreateBody } from '@gig/shared';
import { fake } from './taro-fake';

jest.mock('@tarojs/taro', () => require('./taro-fake'));

// Imported after the mock is in place.
import { claimProblems, problemOfRule } from '../../miniapp/src/validation';
import {
  clearDraft,
  loadDraft,
  newDraft,
  saveDraft,
  stationPresets,
  submission,
  withStation,
  type Draft,
} from '../../miniapp/src/draft';

/** A draft as the wizard leaves it after every step was filled in. */
function filled(): Draft {
  const d = newDraft('WZ-COURIER');
  d.body.claimant = { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900001111' };
  d.body.industry = 'courier';
  d.body.workMode = 'outlet';
  d.body.areaCode = '330302';
  d.body.respondent = { name: '温州某某快递服务有限公司', creditCode: '', outletName: '鹿城网点', partnerName: '' };
  d.body.items = [{ type: 'unpaid_wages', amountYuan: '3500' }];
  d.body.incidentDate = '2026-10-15';
  d.body.description = '九月份工资至今未发，多次催要无果。';
  return d;
}

/** The server's own check of a claim body: the same schema under ajv, unknown fields refused. */
const ajv = addFormats(new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: false, strict: false }));
const serverAccepts = ajv.compile(ClaimCreateBody);

beforeEach(() => fake.reset());

describe('the wizard checks a claim with the server rules', () => {
  test('a filled draft has no problems, and the server schema accepts what it sends', () => {
    const body = submission(filled());
    expect(claimProblems(body)).toEqual({});
    expect(serverAccepts(body)).toBe(true);
  });

  test('each step only reports its own fields', () => {
    const d = newDraft('WZ-COURIER');
    expect(claimProblems(d.body, 0)).toEqual({});
    expect(Object.keys(claimProblems(d.body, 1)).sort()).toEqual([
      '/claimant/idNumber',
      '/claimant/name',
      '/claimant/phone',
    ]);
    // Nothing preset without a station: the trade, how the work comes and the district are asked.
    expect(Object.keys(claimProblems(d.body, 2)).sort()).toEqual([
      '/areaCode',
      '/industry',
      '/respondent/name',
      '/workMode',
    ]);
    expect(claimProblems(d.body, 2)['/industry']).toBe('required');
    expect(Object.keys(claimProblems(d.body, 3))).toEqual(['/items/0/amountYuan']);
    expect(Object.keys(claimProblems(d.body, 4)).sort()).toEqual(['/description', '/incidentDate']);
  });

  test('an ID number with a wrong check digit, a bad credit code and a zero amount are caught before sending', () => {
    const d = filled();
    d.body.claimant.idNumber = '110105194912310021';
    d.body.respondent.creditCode = '91350100M000100Y44';
    d.body.items[0]!.amountYuan = '0';
    const problems = claimProblems(submission(d));
    expect(problems).toEqual({
      '/claimant/idNumber': 'checksum',
      '/respondent/creditCode': 'checksum',
      '/items/0/amountYuan': 'amount',
    });
  });

  test('what the server would refuse, the phone refuses first', () => {
    const cases: ((d: Draft) => void)[] = [
      (d) => (d.body.claimant.phone = '1390000111'),
      (d) => (d.body.areaCode = '33030'),
      (d) => (d.body.incidentDate = '2026-13-01'),
      (d) => (d.body.description = '太短'),
      (d) => ((d.body as { industry: string }).industry = 'pilot'),
      (d) => (d.body.items[0]!.amountYuan = '12.345'),
      (d) => ((d.body.respondent as Record<string, unknown>).nickname = 'x'),
    ];
    for (const change of cases) {
      const d = filled();
      change(d);
      const body = submission(d);
      expect({ change: change.toString(), phone: Object.keys(claimProblems(body)).length > 0 }).toEqual({
        change: change.toString(),
        phone: true,
      });
      expect({ change: change.toString(), server: serverAccepts(body) }).toEqual({
        change: change.toString(),
        server: false,
      });
    }
  });

  test("problems are named, never a validator's own sentence", () => {
    const known = [
      'required',
      'too_short',
      'too_long',
      'format',
      'checksum',
      'birth_date',
      'amount',
      'unknown',
      'invalid',
    ];
    const empty = newDraft(null);
    const broken = filled();
    broken.body.claimant.name = '赵';
    broken.body.description = 'x'.repeat(6000);
    broken.body.claimant.idNumber = '1101051949';
    (broken.body as Record<string, unknown>).extra = 1;
    const all = { ...claimProblems(empty.body), ...claimProblems(submission(broken)) };
    expect(Object.keys(all).length).toBeGreaterThan(5);
    for (const [path, problem] of Object.entries(all))
      expect({ path, known: known.includes(problem) }).toEqual({ path, known: true });
    expect(claimProblems(empty.body)['/claimant/name']).toBe('required');
    expect(claimProblems(submission(broken))['/claimant/name']).toBe('too_short');
    expect(claimProblems(submission(broken))['/description']).toBe('too_long');
    // The server's field errors map onto the same names.
    expect(['minLength', 'pattern', 'required', 'checksum', 'somethingNew'].map(problemOfRule)).toEqual([
      'too_short',
      'format',
      'required',
      'checksum',
      'invalid',
    ]);
  });
});

describe('the draft is kept on the phone', () => {
  test('saved after a step, it comes back whole with the same idempotency key', () => {
    const d = filled();
    d.step = 4;
    d.evidence = [
      {
        localPath: 'blob:1',
        name: 'slip.jpg',
        category: 'pay_record',
        status: 'done',
        progress: 100,
        id: '4b1c4b0e-54b8-4f7e-9a53-2d8f8a3b7c11',
        sha256: 'ab',
      },
    ];
    saveDraft(d);
    const back = loadDraft()!;
    expect(back.step).toBe(4);
    expect(back.idempotencyKey).toBe(d.idempotencyKey);
    expect(back.body).toEqual(d.body);
    expect(back.evidence).toEqual(d.evidence);
  });

  test('each new draft gets its own key; clearing it after filing starts afresh', () => {
    const a = newDraft(null);
    const b = newDraft(null);
    expect(a.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
    saveDraft(a);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  test('only uploaded files are sent, and empty optional fields are left out', () => {
    const d = filled();
    d.evidence = [
      {
        localPath: 'blob:1',
        name: 'a.jpg',
        category: 'pay_record',
        status: 'done',
        progress: 100,
        id: '4b1c4b0e-54b8-4f7e-9a53-2d8f8a3b7c11',
      },
      { localPath: 'blob:2', name: 'b.jpg', category: 'pay_record', status: 'failed', progress: 10 },
      { localPath: 'blob:3', name: 'c.jpg', category: 'pay_record', status: 'uploading', progress: 50 },
    ];
    d.evidence.push({
      localPath: 'blob:4',
      name: 'a-again.jpg',
      category: 'pay_record',
      status: 'done',
      progress: 100,
      id: '4b1c4b0e-54b8-4f7e-9a53-2d8f8a3b7c11',
    });
    const body = submission(d);
    // The same bytes uploaded twice come back as one file: it is listed once.
    expect(body.evidenceIds).toEqual(['4b1c4b0e-54b8-4f7e-9a53-2d8f8a3b7c11']);
    expect(body.respondent).toEqual({ name: '温州某某快递服务有限公司', outletName: '鹿城网点' });
    expect(serverAccepts(body)).toBe(true);
  });
});

describe('the scanned station decides the presets', () => {
  const courier = { code: 'WZ-COURIER', industries: ['courier' as const], areaCode: '330300' };
  const delivery = { code: 'WZ-DELIVERY', industries: ['food_delivery' as const], areaCode: '330300' };
  const wuma = { code: 'WZ-LC-WUMA', industries: [], areaCode: '330302' };
  const card = <T extends object>(s: T) => s as unknown as Parameters<typeof withStation>[2] & T;

  test("a trade's station presets its trade; a district's station its district; nothing is hard-coded", () => {
    expect(stationPresets(courier)).toEqual({ industry: 'courier' });
    expect(stationPresets(wuma)).toEqual({ areaCode: '330302' });
    expect(stationPresets(null)).toEqual({});
    const d = newDraft('WZ-COURIER', stationPresets(courier));
    expect(d.body.industry).toBe('courier');
    expect(d.body.workMode).toBeUndefined();
    expect(d.body.areaCode).toBe('');
    // Kept as preset and filled in, the claim is a courier's.
    d.body.workMode = 'outlet';
    d.body.areaCode = '330302';
    d.body.claimant = { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900001111' };
    d.body.respondent = { name: '温州某某快递服务有限公司' };
    d.body.items = [{ type: 'unpaid_wages', amountYuan: '3500' }];
    d.body.incidentDate = '2026-10-15';
    d.body.description = '九月份工资至今未发，多次催要无果。';
    const body = submission(d);
    expect(body.industry).toBe('courier');
    expect(serverAccepts(body)).toBe(true);
  });

  test("another station chosen replaces the old station's presets, not what the worker changed", () => {
    const d = newDraft('WZ-COURIER', stationPresets(courier));
    const moved = withStation(d.body, card(courier), card(delivery));
    expect(moved).toMatchObject({ stationCode: 'WZ-DELIVERY', industry: 'food_delivery' });
    const own = { ...d.body, industry: 'trucking' as const, areaCode: '330303' };
    expect(withStation(own, card(courier), card(wuma))).toMatchObject({
      stationCode: 'WZ-LC-WUMA',
      industry: 'trucking',
      areaCode: '330303',
    });
    // No station: its preset goes, nothing else is assumed.
    const none = withStation(d.body, card(courier), null);
    expect(none.stationCode).toBeUndefined();
    expect(none.industry).toBeUndefined();
  });

  test('the mobile number verified at sign-in prefills a new claim', () => {
    expect(newDraft(null, {}, '13900001111').body.claimant.phone).toBe('13900001111');
  });
});

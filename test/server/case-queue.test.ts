import { addDays, respondentKey, type ClaimCreateBody } from '@gig/shared';
import { CaseEntity, RespondentKeyEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim, today } from '../factories';
import { fileClaim } from '../factories/http';

/** A rider's 1,000-yuan wage claim, filed without scanning a station's code (routed by industry). */
const rider = (over: Partial<ClaimCreateBody>): ClaimCreateBody =>
  claim({
    claimant: { name: '陈骑手', idNumber: '11010519491231002X', phone: '13812345678' },
    industry: 'food_delivery',
    workMode: 'platform_app',
    respondent: { name: '温州甲配送有限公司' },
    stationCode: null,
    ...over,
  });

describe('the staff queue', () => {
  let t: TestApp;
  let token: { delivery: string; courier: string; supervisor: string };
  let courierStationId: string;
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({
      code: 'WZ-CENTRE',
      kind: 'government',
      areaCode: '330300',
      mediationTypes: ['people'],
    });
    const delivery = await t.station({
      code: 'WZ-DELIVERY',
      kind: 'association',
      industries: ['food_delivery'],
      areaCode: '330300',
      parentId: centre.id,
    });
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
      parentId: centre.id,
    });
    courierStationId = courier.id;
    const signIn = async (role: 'mediator' | 'supervisor', s: typeof centre) =>
      (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    token = {
      delivery: await signIn('mediator', delivery),
      courier: await signIn('mediator', courier),
      supervisor: await signIn('supervisor', centre),
    };
    const w = await signInWorker(t);
    const file = async (name: string, over: Partial<ClaimCreateBody>) => {
      const res = await fileClaim(t, w.accessToken, rider(over));
      numbers[name] = res.body.case.number;
      return res.body.case.id as string;
    };
    await file('wages', {});
    await file('legalAid', { legalAid: true, respondent: { name: '温州乙物流有限公司' } });
    await file('overtime', {
      items: [
        { type: 'overtime', amountYuan: '500' },
        { type: 'unpaid_wages', amountYuan: '10' },
      ],
      respondent: { name: '100%满意配送_公司' },
    });
    await file('courier', { industry: 'courier' });
    const overdue = await file('overdue', { respondent: { name: '温州甲 配送(有限)公司' } });
    // Age one case: its mediation window passed yesterday.
    await t.app.db.getRepository(CaseEntity).update({ id: overdue }, { nextDue: '2026-01-05' });
    // A company name starts with its city, and a clerk types the middle: 顺丰, 南山 in half-width brackets.
    await file('shunfeng', { respondent: { name: '深圳顺丰（南山）速运有限公司' } });
    for (let i = 0; i < 4; i++) await file(`bulk${i}`, { respondent: { name: `批量公司${i}` } });
  });
  afterAll(() => t.close());

  const queue = async (tok: string, query: string) => {
    const res = await t.api('GET', `/api/admin/cases${query}`, { token: tok });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as {
      items: { number: string; nextDue: string | null; legalAid: boolean }[];
      nextCursor: string | null;
    };
  };

  it("a mediator sees their station's cases only; a supervisor sees every station's", async () => {
    const mine = (await queue(token.delivery, '?limit=100')).items.map((c) => c.number);
    expect(mine).toHaveLength(9);
    expect(mine).not.toContain(numbers.courier);
    expect((await queue(token.supervisor, '?limit=100')).items).toHaveLength(10);
    expect((await queue(token.supervisor, `?stationId=${courierStationId}`)).items.map((c) => c.number)).toEqual([
      numbers.courier,
    ]);
  });

  it('a mediator cannot ask for another station’s queue', async () => {
    const res = await t.api('GET', `/api/admin/cases?stationId=${courierStationId}`, { token: token.delivery });
    expect(res.status).toBe(403);
    expect(res.body.fields[0].path).toBe('/query/stationId');
  });

  it('filters by legal aid, claim type, industry and several statuses', async () => {
    expect((await queue(token.delivery, '?legalAid=true')).items.map((c) => c.number)).toEqual([numbers.legalAid]);
    expect((await queue(token.delivery, '?claimType=overtime')).items.map((c) => c.number)).toEqual([numbers.overtime]);
    expect((await queue(token.supervisor, '?industry=courier')).items.map((c) => c.number)).toEqual([numbers.courier]);
    expect((await queue(token.delivery, '?status=submitted&status=accepted&limit=100')).items).toHaveLength(9);
    expect((await queue(token.delivery, '?status=closed')).items).toEqual([]);
  });

  it('filters by the China calendar day of filing', async () => {
    const day = today();
    const all = (await queue(token.supervisor, '?limit=100')).items.length;
    expect((await queue(token.supervisor, `?filedFrom=${day}&filedTo=${day}&limit=100`)).items).toHaveLength(all);
    expect((await queue(token.supervisor, `?filedFrom=${addDays(day, 1)}&limit=100`)).items).toEqual([]);
    expect((await queue(token.supervisor, `?filedTo=${addDays(day, -1)}&limit=100`)).items).toEqual([]);
  });

  it('finds overdue cases and cases due within three days', async () => {
    expect((await queue(token.delivery, '?due=overdue')).items.map((c) => c.number)).toEqual([numbers.overdue]);
    expect((await queue(token.delivery, '?due=soon')).items).toEqual([]);
  });

  it('searches by case number and by a fragment anywhere in the respondent, taking % and _ literally', async () => {
    const found = async (q: string) =>
      (await queue(token.delivery, `?q=${encodeURIComponent(q)}`)).items.map((c) => c.number);
    expect(await found(numbers.wages!)).toEqual([numbers.wages]);
    expect(await found('乙物流')).toEqual([numbers.legalAid]);
    expect(await found('顺丰')).toEqual([numbers.shunfeng]);
    // Width, brackets and spaces fold as respondentKey folds them, in the middle of the name too.
    for (const q of ['顺丰(南山)速运', '顺丰 南山 速运', '南山速运', '（南山）'])
      expect(await found(q)).toEqual([numbers.shunfeng]);
    expect(await found('100%满意配送_')).toEqual([numbers.overtime]);
    expect(await found('%')).toEqual([numbers.overtime]);
    expect(await found('0%满')).toEqual([numbers.overtime]);
    // As wildcards (or with ! as an escape) these would match 100%满意配送_公司; literal, they do not.
    for (const q of ['1%满', '满_配', '意!配']) expect(await found(q)).toEqual([]);
    expect(await found('温州丙')).toEqual([]);
  });

  it('filing records each respondent once in the respondent keys, whatever the spelling', async () => {
    const keys = (await t.app.db.getRepository(RespondentKeyEntity).find()).map((r) => r.respondentKey);
    const filed = await t.app.db.getRepository(CaseEntity).find({ select: { respondentKey: true } });
    // 温州甲配送有限公司 three times, once spelt 温州甲 配送(有限)公司: one row.
    expect(filed.filter((c) => c.respondentKey === respondentKey('温州甲配送有限公司'))).toHaveLength(3);
    expect(keys.filter((k) => k === respondentKey('温州甲配送有限公司'))).toHaveLength(1);
    expect([...keys].sort()).toEqual([...new Set(filed.map((c) => c.respondentKey))].sort());
  });

  it('sorts by due date, the overdue first', async () => {
    const due = (await queue(token.delivery, '?sort=due&limit=100')).items;
    expect(due[0]!.number).toBe(numbers.overdue);
    const dates = due.map((c) => c.nextDue ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });

  it.each(['newest', 'due'])('pages through the queue (%s) without gaps or repeats', async (sort) => {
    const all = (await queue(token.delivery, `?sort=${sort}&limit=100`)).items.map((c) => c.number);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(token.delivery, `?sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((c) => c.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('newest first is by case number, descending', async () => {
    const items = (await queue(token.delivery, '?limit=100')).items.map((c) => c.number);
    expect(items).toEqual([...items].sort().reverse());
  });

  it('a forged cursor is refused naming it', async () => {
    const res = await t.api('GET', '/api/admin/cases?cursor=not-a-cursor', { token: token.delivery });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].path).toBe('/query/cursor');
  });
});

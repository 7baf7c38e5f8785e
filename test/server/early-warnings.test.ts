import type { ClaimCreateBody } from '@gig/shared';
import { CaseEntity, EarlyWarningEntity, StaffUserEntity, type StationEntity } from '@gig/server/entities';
import { backfillRespondentGroups } from '@gig/server/migrations/backfill-respondent-groups';
import { DIALECT, signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { agreement, claim } from '../factories';
import { fileClaim } from '../factories/http';

const COMPANY = '温州某某快递服务';

/**
 * The early warning reaches people: one respondent across spellings and outlets, a worker's repeat
 * claims once, raised once per respondent and window and sent once (inbox and SMS), within reach;
 * and the respondent page's figures.
 */
describe('early warnings', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
    const child = (code: string, industry: 'courier' | 'food_delivery') =>
      t.station({ code, kind: 'association', industries: [industry], areaCode: '330300', parentId: centre.id });
    const stations = {
      centre,
      courier: await child('WZ-COURIER', 'courier'),
      delivery: await child('WZ-DELIVERY', 'food_delivery'),
    };
    const sign = async (name: string, role: 'mediator' | 'supervisor' | 'station_admin', s: StationEntity) => {
      const u = await t.staff(role, s);
      tok[name] = (await t.signIn(u.username, STAFF_PASSWORD)).accessToken;
      return u;
    };
    const boss = await sign('supervisor', 'supervisor', centre);
    await sign('supervisor2', 'supervisor', centre);
    await sign('courier', 'mediator', stations.courier);
    await sign('courierAdmin', 'station_admin', stations.courier);
    await sign('deliveryAdmin', 'station_admin', stations.delivery);
    // The first supervisor has a phone for texts, set by a system admin; the second has none (inbox only).
    const admin = await t.staff('system_admin', null);
    const set = await t.api('PATCH', `/api/admin/staff/${boss.id}`, {
      token: (await t.signIn(admin.username, STAFF_PASSWORD)).accessToken,
      body: { phone: '13900001111' },
    });
    expect(set.status).toBe(200);
    expect(set.body.phoneMasked).toBe('139****1111');
    const row = await t.app.db.getRepository(StaffUserEntity).findOneByOrFail({ id: boss.id });
    expect(row.phoneEnc).not.toContain('13900001111');
    for (const [i, w] of ['w1', 'w2', 'w3', 'w4', 'w5'].entries())
      tok[w] = (await signInWorker(t, `1330000300${i}`)).accessToken;
  });
  afterAll(() => t.close());

  const file = async (w: string, name: string, over: Partial<ClaimCreateBody> = {}) => {
    const r = await fileClaim(t, tok[w]!, claim({ respondent: { name }, ...over }));
    expect(r.status).toBe(201);
    return r.body.case.id as string;
  };
  const warnings = (who: string, query = '') => t.api('GET', `/api/admin/warnings${query}`, { token: tok[who] });
  const texts = () => t.fakes.sms.filter((m) => m.template === 'case_update' && m.params.kind === 'early_warning');

  it('the same company under several spellings, an outlet in brackets and repeat claims is ONE warning, sent ONCE', async () => {
    ids.a = await file('w1', '温州某某快递服务有限公司');
    ids.b = await file('w2', '温州某某快递服务有限公司（五马网点）');
    ids.c = await file('w1', '温州某某快递服务有限公司(五马网点)', {
      items: [{ type: 'unpaid_wages', amountYuan: '500' }],
    });
    ids.d = await file('w1', ' 温州 某某快递服务 有限责任公司 ');
    ids.e = await file('w3', '温州某某快递服务有限公司【龙湾分部】', {
      industry: 'food_delivery',
      workMode: 'platform_app',
    });
    // Two workers only, and one worker three times: neither is a warning.
    await file('w1', '温州另一家物流有限公司');
    await file('w2', '温州另一家物流有限公司');
    for (let i = 0; i < 3; i++) await file('w4', '温州重复申请有限公司');

    const before = await warnings('supervisor');
    expect(before.status).toBe(200);
    expect(before.body.items).toHaveLength(1);
    expect(before.body.items[0]).toMatchObject({
      respondentKey: COMPANY,
      count: 5,
      workers: 3,
      totalFen: 450000,
      stations: ['WZ-COURIER', 'WZ-DELIVERY'],
      raisedAt: null,
    });
    expect(before.body.items[0].cases.map((c: { id: string }) => c.id)).toEqual([ids.e, ids.d, ids.c, ids.b, ids.a]);

    expect(await t.app.services.warnings.sweep()).toEqual({ raised: 1, texted: 1 });
    // One text, to the supervisor with a phone, with one id the gateway can drop a repeat by.
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toMatchObject({ phone: '13900001111', params: { title: '劳动争议预警' } });
    expect(String(texts()[0]!.params.text)).toContain('3名劳动者');
    for (const who of ['supervisor', 'supervisor2']) {
      const inbox = await t.api('GET', '/api/admin/notices', { token: tok[who] });
      expect(inbox.body.items).toEqual([
        expect.objectContaining({ kind: 'early_warning', respondentKey: COMPANY, readAt: null }),
      ]);
    }
    expect((await t.api('GET', '/api/admin/notices', { token: tok.courier })).body.items).toEqual([]);

    // The next rounds (and more claims in the same window) tell no one again.
    await file('w5', '温州某某快递服务股份有限公司');
    expect(await t.app.services.warnings.sweep()).toEqual({ raised: 0, texted: 0 });
    expect(await t.app.services.warnings.sweep()).toEqual({ raised: 0, texted: 0 });
    expect(texts()).toHaveLength(1);
    expect((await t.api('GET', '/api/admin/notices', { token: tok.supervisor2 })).body.items).toHaveLength(1);
    const after = (await warnings('supervisor')).body.items[0];
    expect(after).toMatchObject({ count: 6, workers: 4, raisedAt: expect.any(String), notifiedAt: expect.any(String) });
  });

  it('two processes raising the same warning at once raise it once (the unique window)', async () => {
    for (const w of ['w1', 'w2', 'w3'])
      await file(w, '瑞安某某配送有限公司', {
        respondent: { name: '瑞安某某配送有限公司', creditCode: '91350100M000100Y43' },
      });
    const raiser = t.app.services.warnings.raiser;
    const raised = await Promise.all([raiser.raise(), raiser.raise()]);
    expect(raised[0]! + raised[1]!).toBe(1);
    expect(await t.app.db.getRepository(EarlyWarningEntity).countBy({ respondentGroup: '瑞安某某配送' })).toBe(1);
    expect(await raiser.sendPending()).toBe(1);
    expect(await raiser.sendPending()).toBe(0);
    expect(texts()).toHaveLength(2);
  });

  it('a credit code given with a new spelling makes the two one respondent', async () => {
    const first = await file('w4', '瑞安某某配送服务站');
    const alone = await t.api('GET', `/api/admin/cases/${first}/related`, { token: tok.supervisor });
    expect(alone.body.items).toEqual([]);
    // Its next claim names it the same way but gives the company's code: its first claim joins the company.
    await file('w5', '瑞安某某配送服务站', {
      respondent: { name: '瑞安某某配送服务站', creditCode: '91350100m000100y43' },
    });
    await file('w4', '瑞安某某配送服务站');
    const item = (await warnings('supervisor')).body.items.find(
      (i: { respondentKey: string }) => i.respondentKey === '瑞安某某配送',
    );
    expect(item).toMatchObject({ count: 6, workers: 5, creditCode: '91350100M000100Y43' });
  });

  it('a station admin sees only their reach', async () => {
    // The courier station has five of the company's claims, by w1 (three), w2 and w5; not w3's at delivery.
    const mine = (await warnings('courierAdmin')).body.items.find(
      (i: { respondentKey: string }) => i.respondentKey === COMPANY,
    );
    expect(mine).toMatchObject({ count: 5, workers: 3, totalFen: 450000, stations: ['WZ-COURIER'] });
    expect(mine.cases.map((c: { id: string }) => c.id)).not.toContain(ids.e);
    const delivery = (await warnings('deliveryAdmin', '?minCases=2')).body.items;
    expect(delivery.map((i: { respondentKey: string }) => i.respondentKey)).not.toContain(COMPANY);
    const page = await t.api('GET', `/api/admin/respondents/${encodeURIComponent(COMPANY)}`, {
      token: tok.deliveryAdmin,
    });
    expect(page.body.cases.items.map((c: { id: string }) => c.id)).toEqual([ids.e]);
    const none = await t.api('GET', `/api/admin/respondents/${encodeURIComponent('温州另一家物流')}`, {
      token: tok.deliveryAdmin,
    });
    expect(none.status).toBe(404);
    expect((await warnings('w1')).status).toBe(403);
  });

  it('the respondent page: every claim within reach, outcomes, amounts claimed, agreed and paid, defaults', async () => {
    const act = (id: string, action: string, body: object = {}) =>
      t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: tok.courier, body });
    for (const id of [ids.a!, ids.b!]) {
      expect((await act(id, 'accept')).status).toBe(200);
      expect((await act(id, 'start_mediation')).status).toBe(200);
    }
    expect((await act(ids.a!, 'record_agreement', agreement('3000'))).status).toBe(200);
    expect((await act(ids.a!, 'record_performance', { paidYuan: '3000', paidOn: agreement().dueDate })).status).toBe(
      200,
    );
    expect((await act(ids.b!, 'record_agreement', agreement('800'))).status).toBe(200);
    expect((await act(ids.b!, 'record_default', { reason: '逾期未付' })).status).toBe(200);

    const url = `/api/admin/respondents/${encodeURIComponent(COMPANY)}`;
    const res = await t.api('GET', url, { token: tok.supervisor });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: COMPANY,
      name: '温州某某快递服务股份有限公司',
      creditCodes: [],
      figures: {
        claims: 6,
        workers: 4,
        open: 6,
        agreements: 2,
        performed: 1,
        defaults: 1,
        defaultedNow: 1,
        claimedFen: 550000,
        agreedFen: 380000,
        paidFen: 300000,
      },
      warnings: [expect.objectContaining({ workers: 3, claims: 5, notifiedAt: expect.any(String) })],
      cases: { total: 6, page: 1, pageSize: 20 },
    });
    // Every spelling (MariaDB's collation counts full- and half-width brackets as one).
    expect(res.body.names.length).toBeGreaterThanOrEqual(5);
    expect(res.body.names).toContain('温州某某快递服务有限公司【龙湾分部】');
    expect(res.body.figures.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'performed', count: 1 },
        { status: 'defaulted', count: 1 },
        { status: 'submitted', count: 4 },
      ]),
    );
    const a = res.body.cases.items.find((c: { id: string }) => c.id === ids.a);
    expect(a).toMatchObject({ agreedFen: 300000, performed: true, defaulted: false });
    // Paged, newest first; the courier admin sees the courier's five.
    const paged = await t.api('GET', `${url}?page=3&pageSize=2`, { token: tok.supervisor });
    expect(paged.body.cases.items.map((c: { id: string }) => c.id)).toEqual([ids.b, ids.a]);
    expect((await t.api('GET', url, { token: tok.courierAdmin })).body.figures.claims).toBe(5);
    const bad = await t.api('GET', `${url}?pageSize=0`, { token: tok.supervisor });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('/query/pageSize');
    // The related cases of a case are the same respondent's, every spelling.
    const related = await t.api('GET', `/api/admin/cases/${ids.a}/related`, { token: tok.supervisor });
    expect(related.body.items).toHaveLength(5);
  });

  it("the migration's backfill gives the cases filed before it the keys filing gave them", async () => {
    const q = (id: string) => (DIALECT === 'sqlite' ? `"${id}"` : `\`${id}\``);
    const keys = async () =>
      (
        await t.app.db
          .getRepository(CaseEntity)
          .find({ select: { id: true, respondentGroup: true }, order: { id: 'ASC' } })
      ).map((c) => `${c.id} ${c.respondentGroup}`);
    const filed = await keys();
    expect(filed.filter((k) => k.endsWith(' 瑞安某某配送'))).toHaveLength(6);
    await t.app.db.query(`UPDATE ${q('cases')} SET ${q('respondentGroup')} = ''`);
    await t.app.db.query(`DELETE FROM ${q('respondent_aliases')}`);
    const qr = t.app.db.createQueryRunner();
    try {
      await backfillRespondentGroups(qr, q);
    } finally {
      await qr.release();
    }
    expect(await keys()).toEqual(filed);
    expect(
      await t.app.db.query(`SELECT ${q('nameKey')} AS k, ${q('respondentGroup')} AS g FROM ${q('respondent_aliases')}`),
    ).toEqual([{ k: '瑞安某某配送服务站', g: '瑞安某某配送' }]);
  });

  it('a merge takes the warnings along: one per respondent and window (the earlier), told once, on its page', async () => {
    for (const [i, w] of ['m1', 'm2', 'm3', 'm4'].entries())
      tok[w] = (await signInWorker(t, `1330000310${i}`)).accessToken;
    const coded = (w: string, name: string, creditCode: string) => file(w, name, { respondent: { name, creditCode } });
    const warned = (g: string) => t.app.db.getRepository(EarlyWarningEntity).findBy({ respondentGroup: g });
    const sweep = () => t.app.services.warnings.sweep();
    const sent = texts().length;
    // Known by name only, warned and texted; then the company under its registered name with its code.
    for (const w of ['m1', 'm2', 'm3']) await file(w, '苍南某某外卖有限公司');
    expect(await sweep()).toEqual({ raised: 1, texted: 1 });
    const [first] = await warned('苍南某某外卖');
    await coded('m4', '苍南某某餐饮管理有限公司', '91330327MA2000A1B3');
    // A claim naming it the first way with the code: the name's respondent and its warning join the code's.
    await coded('m4', '苍南某某外卖有限公司', '91330327MA2000A1B3');
    expect(await sweep()).toEqual({ raised: 0, texted: 0 });
    expect(await warned('苍南某某外卖')).toEqual([]);
    expect(await warned('苍南某某餐饮管理')).toEqual([expect.objectContaining({ id: first!.id, workers: 3 })]);
    expect(texts()).toHaveLength(sent + 1);
    const inbox = (await t.api('GET', '/api/admin/notices', { token: tok.supervisor2 })).body.items;
    expect(inbox.filter((n: { respondentKey: string }) => n.respondentKey.startsWith('苍南'))).toEqual([
      expect.objectContaining({ kind: 'early_warning', respondentKey: '苍南某某餐饮管理' }),
    ]);
    const page = await t.api('GET', `/api/admin/respondents/${encodeURIComponent('苍南某某餐饮管理')}`, {
      token: tok.supervisor,
    });
    expect(page.body).toMatchObject({ figures: { claims: 5, workers: 4 } });
    expect(page.body.warnings).toEqual([
      expect.objectContaining({ workers: 3, claims: 3, notifiedAt: expect.any(String) }),
    ]);

    // Both warned in the same window: the one raised first stays, though its respondent is the one merged away.
    for (const w of ['m1', 'm2', 'm3']) await file(w, '平阳某某跑腿有限公司');
    expect(await sweep()).toEqual({ raised: 1, texted: 1 });
    for (const w of ['m1', 'm2', 'm3']) await coded(w, '平阳某某同城配送有限公司', '91330327MA2000D2EE');
    expect(await sweep()).toEqual({ raised: 1, texted: 1 });
    const [older] = await warned('平阳某某跑腿');
    expect((await warned('平阳某某同城配送'))[0]!.windowStart).toBe(older!.windowStart);
    await coded('m4', '平阳某某跑腿有限公司', '91330327MA2000D2EE');
    expect(await sweep()).toEqual({ raised: 0, texted: 0 });
    expect(await warned('平阳某某跑腿')).toEqual([]);
    expect((await warned('平阳某某同城配送')).map((w) => w.id)).toEqual([older!.id]);
    expect(texts()).toHaveLength(sent + 3);
  });
});

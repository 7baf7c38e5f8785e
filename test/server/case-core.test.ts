import { randomUUID } from 'node:crypto';
import { CaseEventEntity, NotificationEntity, StationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { actionBody, claim } from '../factories';
import { association, centreAndCourier } from '../factories/stations';

/**
 * The case core as data: the holes an adversarial test found in who may act, and actions that
 * carry an Idempotency-Key like filing does.
 */
describe('who may act on a case, and acting once', () => {
  let t: TestApp;
  let worker: string;
  let mediator: string;
  let courierAdmin: string;
  let deskAdmin: string;
  let lawyerId: string;
  let lawyer: string;
  let supervisor: string;
  let sf: StationEntity;

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    await association(t, 'WZ-DELIVERY', 'food_delivery', centre);
    sf = await t.station({
      code: 'WZ-SF-LC',
      kind: 'outlet',
      industries: ['courier'],
      areaCode: '330302',
      parentId: courier.id,
    });
    const aid = await t.station({ code: 'WZ-LEGALAID', kind: 'legal_aid', areaCode: '330300' });
    const sign = async (role: Parameters<TestApp['staff']>[0], s: StationEntity | null) =>
      (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    mediator = await sign('mediator', courier);
    courierAdmin = await sign('station_admin', courier);
    deskAdmin = await sign('station_admin', aid);
    supervisor = await sign('supervisor', centre);
    const l = await t.staff('legal_aid_lawyer', aid);
    lawyerId = l.id;
    lawyer = (await t.signIn(l.username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t)).accessToken;
  });
  afterAll(() => t.close());

  const file = async (over = {}) =>
    (
      await t.api('POST', '/api/cases', {
        token: worker,
        body: claim(over),
        headers: { 'idempotency-key': randomUUID() },
      })
    ).body.case as { id: string; number: string };
  const act = (token: string, id: string, action: string, body: object = {}, headers: Record<string, string> = {}) =>
    t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token, body, headers });

  it('a courier station admin cannot turn its SF outlet into a food-delivery station, but may keep its contact details', async () => {
    const patch = (body: object) => t.api('PATCH', `/api/admin/stations/${sf.id}`, { token: courierAdmin, body });
    for (const body of [
      { kind: 'association' },
      { industries: ['food_delivery'] },
      { code: 'WZ-CAPTURED' },
      { areaCode: '330304' },
      { mediationTypes: ['union'] },
    ]) {
      const res = await patch(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 403, code: 'FORBIDDEN' });
      expect(res.body.fields[0]).toMatchObject({ path: `/body/${Object.keys(body)[0]}`, rule: 'forbidden' });
    }
    const after = await t.app.db.getRepository(StationEntity).findOneByOrFail({ id: sf.id });
    expect({ kind: after.kind, industries: after.industries, code: after.code }).toEqual({
      kind: 'outlet',
      industries: ['courier'],
      code: 'WZ-SF-LC',
    });
    expect((await patch({ phone: '0577-88997766', hours: '8:30-18:00' })).status).toBe(200);
    expect((await patch({ active: false })).status).toBe(200);
    expect((await patch({ active: true })).status).toBe(200);
  });

  it('the legal-aid desk cannot reject, accept, flag or message a courier station’s case; it may assign a lawyer', async () => {
    const c = await file({ legalAid: true });
    expect((await t.api('GET', `/api/admin/cases/${c.id}`, { token: deskAdmin })).status).toBe(200);
    for (const action of ['reject', 'accept', 'start_mediation', 'flag_urgent', 'close']) {
      const res = await act(deskAdmin, c.id, action, actionBody(action as never));
      expect({ action, status: res.status, code: res.body.code }).toEqual({ action, status: 403, code: 'FORBIDDEN' });
    }
    const msg = await t.api('POST', `/api/admin/cases/${c.id}/messages`, {
      token: deskAdmin,
      body: { clientId: randomUUID(), body: '我们是法律援助中心' },
    });
    expect(msg.status).toBe(403);
    expect(await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: c.id })).toBe(1);
    const assigned = await act(deskAdmin, c.id, 'assign_lawyer', { lawyerId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.allowedActions).toEqual(['assign_lawyer']);
  });

  it('a lawyer does not see internal notes until the handling station shares them, and stops when it stops', async () => {
    const c = await file({ legalAid: true });
    expect((await act(supervisor, c.id, 'assign_lawyer', { lawyerId })).status).toBe(200);
    const post = (token: string, body: string, internal = false) =>
      t.api('POST', `/api/admin/cases/${c.id}/messages`, { token, body: { clientId: randomUUID(), body, internal } });
    expect((await post(mediator, '对方资金紧张，可先谈分期', true)).status).toBe(201);
    expect((await post(mediator, '已联系单位，周五调解')).status).toBe(201);
    const seen = async () =>
      (await t.api('GET', `/api/admin/cases/${c.id}/messages`, { token: lawyer })).body.items.map(
        (m: { body: string }) => m.body,
      );
    expect(await seen()).toEqual(['已联系单位，周五调解']);
    expect((await post(lawyer, '律师的内部意见', true)).status).toBe(403);
    expect((await post(lawyer, '我是您的援助律师，可以电话联系我')).status).toBe(201);

    const shared = await act(mediator, c.id, 'share_notes');
    expect(shared.status).toBe(200);
    expect(shared.body.notesSharedWithLawyer).toBe(true);
    expect(await seen()).toEqual([
      '对方资金紧张，可先谈分期',
      '已联系单位，周五调解',
      '我是您的援助律师，可以电话联系我',
    ]);
    expect((await act(mediator, c.id, 'share_notes')).body.code).toBe('NOTES_ALREADY_SHARED');
    expect((await act(mediator, c.id, 'unshare_notes')).status).toBe(200);
    expect(await seen()).toEqual(['已联系单位，周五调解', '我是您的援助律师，可以电话联系我']);
    // The worker never sees internal notes, shared or not.
    const mine = (await t.api('GET', `/api/cases/${c.id}/messages`, { token: worker })).body.items.map(
      (m: { body: string }) => m.body,
    );
    expect(mine).toEqual(['已联系单位，周五调解', '我是您的援助律师，可以电话联系我']);
  });

  it('a retried action with the same key is applied once: one session, one notification', async () => {
    const c = await file();
    await act(mediator, c.id, 'accept');
    await act(mediator, c.id, 'start_mediation');
    const key = { 'idempotency-key': randomUUID() };
    const body = actionBody('schedule_session');
    const answers = await Promise.all([
      act(mediator, c.id, 'schedule_session', body, key),
      act(mediator, c.id, 'schedule_session', body, key),
    ]);
    const again = await act(mediator, c.id, 'schedule_session', body, key);
    for (const r of [...answers, again]) expect(r.status).toBe(200);
    expect([...answers, again].filter((r) => r.headers.get('idempotent-replayed') === 'true').length).toBe(2);
    expect(again.body.sessions).toHaveLength(1);
    expect(await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: c.id, action: 'schedule_session' })).toBe(1);
    expect(await t.app.db.getRepository(NotificationEntity).countBy({ caseId: c.id, kind: 'session_scheduled' })).toBe(
      1,
    );

    const other = await act(
      mediator,
      c.id,
      'schedule_session',
      { ...body, link: 'https://meeting.example.cn/r/2' },
      key,
    );
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_CONFLICT');
    // Another user's key is theirs: the same string from the station admin is a new request.
    expect(
      (await act(courierAdmin, c.id, 'schedule_session', body, key)).headers.get('idempotent-replayed'),
    ).toBeNull();
  });

  it('a worker’s retried withdrawal is applied once, and the replay answers with the case as it is', async () => {
    const c = await file();
    const key = { 'idempotency-key': randomUUID() };
    const first = await t.api('POST', `/api/cases/${c.id}/actions/withdraw`, {
      token: worker,
      body: { reason: '已和单位私下谈妥' },
      headers: key,
    });
    const retry = await t.api('POST', `/api/cases/${c.id}/actions/withdraw`, {
      token: worker,
      body: { reason: '已和单位私下谈妥' },
      headers: key,
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body.status).toBe('withdrawn');
    expect(await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: c.id, action: 'withdraw' })).toBe(1);
    const bad = await t.api('POST', `/api/cases/${c.id}/actions/withdraw`, {
      token: worker,
      body: {},
      headers: { 'idempotency-key': 'short' },
    });
    expect(bad.status).toBe(400);
  });
});

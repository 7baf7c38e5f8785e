import { randomUUID } from 'node:crypto';
import { OUTLET_SHARING_CONSENT, SENSITIVE_CONSENT } from '@gig/shared';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { agreement, claim, png, today } from '../factories';
import { fileClaim } from '../factories/http';
import { centreAndCourier } from '../factories/stations';

/**
 * Who reaches a case as it moves: the employer's outlet only while the case is there, sensitive
 * evidence only for those the worker gave it to, and a retried action answered even after the
 * case has left the actor's reach.
 */
describe('reach as the case moves', () => {
  let t: TestApp;
  let worker: string;
  let mediator: string;
  let outletStaff: string;
  let desk: string;
  let outletId: string;
  let eastId: string;

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    const sf = await t.station({
      code: 'WZ-SF-LC',
      kind: 'outlet',
      industries: ['courier'],
      parentId: courier.id,
      organisation: '某快递',
    });
    const east = await t.station({ code: 'WZ-EAST', kind: 'government', areaCode: '330303', parentId: centre.id });
    const aid = await t.station({ code: 'WZ-LEGALAID', kind: 'legal_aid', areaCode: '330300' });
    const sign = async (role: Parameters<TestApp['staff']>[0], s: typeof sf) =>
      (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    mediator = await sign('mediator', courier);
    outletStaff = await sign('outlet_manager', sf);
    desk = await sign('station_admin', aid);
    outletId = sf.id;
    eastId = east.id;
    worker = (await signInWorker(t)).accessToken;
  });
  afterAll(() => t.close());

  const file = async () => {
    const res = await fileClaim(t, worker, claim({ outletConsent: OUTLET_SHARING_CONSENT.version, legalAid: true }));
    expect(res.status).toBe(201);
    return res.body.case.id as string;
  };
  const act = (token: string, id: string, action: string, body: object = {}, key?: string) =>
    t.api('POST', `/api/admin/cases/${id}/actions/${action}`, {
      token,
      body,
      headers: key ? { 'idempotency-key': key } : {},
    });
  const seen = async (token: string, id: string) => (await t.api('GET', `/api/admin/cases/${id}`, { token })).status;
  const listed = async (token: string, id: string) =>
    ((await t.api('GET', '/api/admin/cases', { token })).body.items as { id: string }[]).some((c) => c.id === id);

  it('the outlet reads the case once it is dispatched there, as the respondent until the agreement is performed', async () => {
    const id = await file();
    expect(await seen(outletStaff, id)).toBe(404);
    expect((await act(mediator, id, 'accept')).status).toBe(200);
    expect((await act(mediator, id, 'dispatch', { outletId })).status).toBe(200);
    expect([await seen(outletStaff, id), await listed(outletStaff, id)]).toEqual([200, true]);
    // The outlet reads; it does not act for the station.
    expect((await act(outletStaff, id, 'outlet_settled', agreement())).status).toBe(403);
    expect((await act(mediator, id, 'outlet_settled', agreement())).status).toBe(200);
    // A party to the agreement it is to sign …
    expect([await seen(outletStaff, id), await listed(outletStaff, id)]).toEqual([200, true]);
    // … not once it is performed.
    expect((await act(mediator, id, 'record_performance', { paidYuan: '1000', paidOn: today() })).status).toBe(200);
    expect([await seen(outletStaff, id), await listed(outletStaff, id)]).toEqual([404, false]);
  });

  it('sensitive evidence stays with the worker, the station and the assigned lawyer: not the outlet, not the desk', async () => {
    const id = await file();
    const up = await t.upload(`/api/cases/${id}/evidence`, worker, png(4242), '病历.png', {
      category: 'medical',
      consent: SENSITIVE_CONSENT.version,
    });
    expect(up.status).toBe(201);
    await act(mediator, id, 'accept');
    await act(mediator, id, 'dispatch', { outletId });
    const files = async (token: string) =>
      ((await t.api('GET', `/api/admin/cases/${id}`, { token })).body.evidence as { id: string }[]).map((e) => e.id);
    const content = async (token: string) =>
      (await t.api('GET', `/api/evidence/${up.body.id}/content`, { token })).status;
    expect([await files(mediator), await content(mediator)]).toEqual([[up.body.id], 200]);
    expect([await files(outletStaff), await content(outletStaff)]).toEqual([[], 404]);
    expect([await files(desk), await content(desk)]).toEqual([[], 404]);
  });

  it('a transfer retried after its answer was lost is answered, though the case has left the sender', async () => {
    const id = await file();
    const key = randomUUID();
    const body = { toStationId: eastId, reason: '涉及多名快递员，转区政府调解中心' };
    const first = await act(mediator, id, 'transfer', body, key);
    expect(first.status).toBe(200);
    expect(await seen(mediator, id)).toBe(404);
    const retry = await act(mediator, id, 'transfer', body, key);
    expect([retry.status, retry.headers.get('idempotent-replayed'), retry.body.station?.code]).toEqual([
      200,
      'true',
      'WZ-EAST',
    ]);
    // Without the key it is a new request, from someone the case no longer belongs to.
    expect((await act(mediator, id, 'transfer', body)).status).toBe(404);
  });
});

import { OUTLET_SHARING_CONSENT } from '@gig/shared';
import type { StationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { claim, proposal } from '../../factories';
import { fileClaim } from '../../factories/http';
import { centreAndCourier } from '../../factories/stations';

/**
 * A respondent whose outlet has no account is reached by SMS: a link that, after a code sent to
 * the same phone, opens that one case and nothing else, as the outlet's respondent.
 */
describe('a respondent reached by text', () => {
  let t: TestApp;
  let outlet: StationEntity;
  let mediator: string;
  let worker: string;
  const BOSS = '13955550000';

  beforeAll(async () => {
    t = await startApp();
    const { courier } = await centreAndCourier(t);
    outlet = await t.station({
      code: 'WZ-YD-LC',
      name: '韵达快递鹿城网点',
      kind: 'outlet',
      parentId: courier.id,
      organisation: '韵达',
    });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t, '13700005678')).accessToken;
  });
  afterAll(() => t.close());

  const dispatched = async (over: object = {}) => {
    const res = await fileClaim(
      t,
      worker,
      claim({
        respondent: { name: '温州韵达快递有限公司', contactPhone: BOSS },
        outletConsent: OUTLET_SHARING_CONSENT.version,
      }),
    );
    const id = res.body.case.id as string;
    await t.api('POST', `/api/admin/cases/${id}/actions/accept`, { token: mediator, body: {} });
    const sent = await t.api('POST', `/api/admin/cases/${id}/actions/dispatch`, {
      token: mediator,
      body: { outletId: outlet.id, ...over },
    });
    expect(sent.status).toBe(200);
    return id;
  };
  const link = () => {
    const text = [...t.fakes.sms].reverse().find((s) => s.template === 'case_update' && s.phone === BOSS);
    return /\/r\/([A-Za-z0-9_-]+)/.exec(String(text?.params.text))?.[1];
  };

  it('gets a link by SMS, opens that one case after a code, and answers it', async () => {
    const id = await dispatched();
    const other = await dispatched({ respondentPhone: '13955551111' });
    expect(await t.app.services.respondents.sendPending()).toBe(2);
    const token = link()!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The link lands on the staff page's respond screen.
    const landing = await fetch(`${t.base}/r/${token}`, { redirect: 'manual' });
    expect(landing.headers.get('location')).toBe(`/admin/#/respond/${token}`);

    const code = await t.api('POST', '/api/auth/respondent/code', { body: { token } });
    expect(code.body).toMatchObject({ phoneMasked: '139****0000' });
    const wrong = await t.api('POST', '/api/auth/respondent/session', { body: { token, code: '000000' } });
    expect(wrong.status).toBe(401);
    const session = await t.api('POST', '/api/auth/respondent/session', {
      body: { token, code: t.fakes.lastCodeFor(BOSS) },
    });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ caseId: id, user: { role: 'outlet_manager', caseId: id } });
    const as = session.body.accessToken as string;

    const view = await t.api('GET', `/api/admin/cases/${id}`, { token: as });
    expect(view.status).toBe(200);
    expect(view.body.allowedActions.sort()).toEqual(['outlet_propose', 'outlet_reply', 'outlet_return']);
    expect(
      (await t.api('POST', `/api/admin/cases/${id}/actions/outlet_propose`, { token: as, body: proposal() })).status,
    ).toBe(200);
    // That one case only: not the outlet's other case, not the lists, not the rest of the staff API.
    expect((await t.api('GET', `/api/admin/cases/${other}`, { token: as })).status).toBe(403);
    expect((await t.api('GET', '/api/admin/cases', { token: as })).status).toBe(403);
    expect((await t.api('GET', '/api/admin/stations', { token: as })).status).toBe(403);
    // A refreshed session stays a respondent's.
    const again = await t.api('POST', '/api/auth/refresh', { body: { refreshToken: session.body.refreshToken } });
    expect(again.body.user).toMatchObject({ caseId: id });
    // The worker sees the offer.
    expect((await t.api('GET', `/api/cases/${id}`, { token: worker })).body.proposal).not.toBeNull();
  });

  it('a broken or unknown link is refused with words, and an outlet with accounts gets no text', async () => {
    const bad = await t.api('POST', '/api/auth/respondent/code', { body: { token: 'x'.repeat(32) } });
    expect([bad.status, bad.body.code]).toEqual([401, 'INVITE_INVALID']);
    await t.staff('outlet_manager', outlet);
    const before = t.fakes.sms.length;
    const id = await dispatched();
    await t.app.services.respondents.sendPending();
    expect(t.fakes.sms.length).toBe(before);
    const last = (await t.api('GET', `/api/admin/cases/${id}`, { token: mediator })).body;
    expect(last.status).toBe('dispatched');
  });
});

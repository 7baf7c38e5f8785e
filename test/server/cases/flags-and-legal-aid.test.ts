import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { consultation } from '../../factories';
import { fileClaim } from '../../factories/http';
import { caseWorld, riderClaim, type CaseWorld } from './world';

describe('the urgent joint consultation', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  /** 特事急诊 for a group wage claim: an arbitrator, a people's mediator and a public-interest lawyer. */
  const urgent = {
    ...consultation(),
    participants: [
      { role: 'arbitrator', name: '张仲裁员' },
      { role: 'people_mediator', name: '李调解员' },
      { role: 'public_interest_lawyer', name: '赵律师' },
    ],
  };

  it('a supervisor flags it with participants and a plan; the status stays; staff clear it', async () => {
    const { t, token } = w;
    const id = (await w.file(riderClaim())).body.case.id;
    await w.act(token.delivery, id, 'accept');
    expect((await w.act(token.supervisor, id, 'flag_urgent', { ...urgent, participants: [] })).status).toBe(400);
    const flagged = await w.act(token.supervisor, id, 'flag_urgent', urgent);
    expect(flagged.status).toBe(200);
    expect(flagged.body).toMatchObject({
      status: 'accepted',
      urgent: true,
      consultation: { plan: urgent.plan, participants: urgent.participants },
    });
    expect(
      (await t.api('GET', `/api/admin/cases/${id}`, { token: token.delivery })).body.consultation.participants,
    ).toHaveLength(3);

    const cleared = await w.act(token.delivery, id, 'clear_urgent', { reason: '已集中调解' });
    expect(cleared.body).toMatchObject({ status: 'accepted', urgent: false, consultation: null });
    expect((await w.act(token.delivery, id, 'clear_urgent')).status).toBe(409);
  });

  it('a worker cannot flag their own case urgent', async () => {
    const id = (await w.file(riderClaim())).body.case.id;
    expect(
      (
        await w.t.api('POST', `/api/admin/cases/${id}/actions/flag_urgent`, {
          token: w.worker.accessToken,
          body: urgent,
        })
      ).status,
    ).toBe(403);
  });
});

describe('legal aid', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('a legal-aid request reaches the legal-aid desk, which assigns a lawyer the worker can see', async () => {
    const delivery = await t.station({
      code: 'WZ-DELIVERY',
      kind: 'association',
      industries: ['food_delivery'],
      areaCode: '330300',
    });
    const desk = await t.station({ code: 'WZ-LEGALAID', kind: 'legal_aid', areaCode: '330300' });
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
    });
    const lawyerUser = await t.staff('legal_aid_lawyer', desk);
    const lawyer = (await t.signIn(lawyerUser.username, STAFF_PASSWORD)).accessToken;
    const deskAdmin = (await t.signIn((await t.staff('station_admin', desk)).username, STAFF_PASSWORD)).accessToken;
    const courierAdmin = (await t.signIn((await t.staff('station_admin', courier)).username, STAFF_PASSWORD))
      .accessToken;
    const mediator = (await t.signIn((await t.staff('mediator', delivery)).username, STAFF_PASSWORD)).accessToken;
    const w = await signInWorker(t);
    const fileIt = async (legalAid: boolean) =>
      (await fileClaim(t, w.accessToken, riderClaim({ stationCode: null, legalAid }))).body.case;
    const wants = await fileIt(true);
    const doesNot = await fileIt(false);

    const queue = (await t.api('GET', '/api/admin/cases', { token: lawyer })).body.items.map(
      (c: { number: string }) => c.number,
    );
    expect(queue).toEqual([wants.number]);
    expect((await t.api('GET', `/api/admin/cases/${doesNot.id}`, { token: lawyer })).status).toBe(404);

    const assign = (tok: string, id: string, lawyerId: string) =>
      t.api('POST', `/api/admin/cases/${id}/actions/assign_lawyer`, { token: tok, body: { lawyerId } });
    expect((await assign(courierAdmin, wants.id, lawyerUser.id)).status).toBe(404);
    expect((await assign(deskAdmin, wants.id, (await t.staff('mediator', delivery)).id)).body.fields[0]).toMatchObject({
      path: '/body/lawyerId',
      rule: 'lawyer',
    });
    expect((await assign(deskAdmin, doesNot.id, lawyerUser.id)).status).toBe(404);
    const res = await assign(deskAdmin, wants.id, lawyerUser.id);
    expect(res.status).toBe(200);
    expect(res.body.lawyer).toEqual({ id: lawyerUser.id, name: lawyerUser.displayName });
    expect((await t.api('GET', `/api/cases/${wants.id}`, { token: w.accessToken })).body.lawyer.id).toBe(lawyerUser.id);
    // The handling station still works the case.
    expect(
      (await t.api('POST', `/api/admin/cases/${wants.id}/actions/accept`, { token: mediator, body: {} })).status,
    ).toBe(200);
  });
});

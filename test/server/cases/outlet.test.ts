import { OUTLET_SHARING_CONSENT, chinaDate, workingDaysEnd, DEFAULT_CLOCK_RULES } from '@gig/shared';
import { CaseEntity, CaseEventEntity, type StationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { claim, proposal } from '../../factories';
import { fileClaim } from '../../factories/http';
import { centreAndCourier } from '../../factories/stations';

/**
 * The employer's outlet as a party: the courier association dispatches a ZTO rider's claim to the
 * ZTO outlet (never the SF one), whose manager answers and settles it there; an outlet that does
 * not answer in its time gives the case back by itself.
 */
describe('the respondent’s outlet', () => {
  let t: TestApp;
  let zto: StationEntity;
  let sf: StationEntity;
  let mediator: string;
  let ztoManager: string;
  let sfManager: string;
  let worker: string;

  beforeAll(async () => {
    t = await startApp();
    const { courier } = await centreAndCourier(t);
    const outlet = (code: string, name: string, organisation: string) =>
      t.station({ code, name, kind: 'outlet', industries: ['courier'], parentId: courier.id, organisation });
    zto = await outlet('WZ-ZTO-LW', '中通快递龙湾网点', '中通快递');
    sf = await outlet('WZ-SF-LC', '顺丰速运鹿城网点', '顺丰速运');
    const admin = (await t.signIn((await t.staff('station_admin', courier)).username, STAFF_PASSWORD)).accessToken;
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    // The association's admin gives each outlet its manager's account.
    const manager = async (username: string, s: StationEntity) => {
      const res = await t.api('POST', '/api/admin/staff', {
        token: admin,
        body: {
          username,
          displayName: `${s.name} 负责人`,
          role: 'outlet_manager',
          stationId: s.id,
          password: 'Outlet-pass-2026',
        },
      });
      expect(res.status).toBe(201);
      return (await t.signIn(username, 'Outlet-pass-2026')).accessToken;
    };
    ztoManager = await manager('zto.manager', zto);
    sfManager = await manager('sf.manager', sf);
    worker = (await signInWorker(t, '13700001234')).accessToken;
  });
  afterAll(() => t.close());

  const staff = (token: string, id: string, action: string, body: object = {}) =>
    t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token, body });
  const mine = (id: string, action: string, body: object = {}) =>
    t.api('POST', `/api/cases/${id}/actions/${action}`, { token: worker, body });
  const seen = (token: string, id: string) => t.api('GET', `/api/admin/cases/${id}`, { token });
  const told = async () =>
    ((await t.api('GET', '/api/inbox', { token: worker })).body.items as { kind: string }[]).map((n) => n.kind);

  /** A rider's 3,500.50-yuan wage claim against ZTO, consenting to the outlet, accepted by the association. */
  async function accepted(): Promise<string> {
    const res = await fileClaim(
      t,
      worker,
      claim({
        respondent: { name: '温州中通快递有限公司', outletName: '中通龙湾网点' },
        items: [{ type: 'unpaid_wages', amountYuan: '3,500.50' }],
        outletConsent: OUTLET_SHARING_CONSENT.version,
      }),
    );
    const id = res.body.case.id as string;
    expect((await staff(mediator, id, 'accept')).status).toBe(200);
    return id;
  }

  it('a rider’s wage claim dispatched to the ZTO outlet is answered by the outlet’s manager and settled there', async () => {
    const id = await accepted();
    const wrong = await staff(mediator, id, 'dispatch', { outletId: sf.id });
    expect([wrong.status, wrong.body.fields?.[0]?.rule]).toEqual([400, 'respondent_outlet']);
    expect((await seen(ztoManager, id)).status).toBe(404); // not before it is dispatched there
    const sent = await staff(mediator, id, 'dispatch', { outletId: zto.id });
    expect(sent.body).toMatchObject({ status: 'dispatched', outlet: { code: 'WZ-ZTO-LW' } });
    const answerBy = sent.body.deadlines.find((d: { kind: string }) => d.kind === 'outlet_response');
    const today = chinaDate(new Date());
    expect(answerBy).toMatchObject({ from: today, due: workingDaysEnd(today, 3, DEFAULT_CLOCK_RULES) });
    expect(await told()).toContain('case_dispatched');

    // Only the respondent's own outlet sees it, in its list too.
    expect((await seen(sfManager, id)).status).toBe(404);
    const list = await t.api('GET', '/api/admin/cases', { token: ztoManager });
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const view = await seen(ztoManager, id);
    expect(view.body.allowedActions.sort()).toEqual(['outlet_propose', 'outlet_reply', 'outlet_return']);
    // The outlet answers for the respondent; it does not act for the station.
    expect((await staff(ztoManager, id, 'take_back', { reason: 'x' })).status).toBe(403);

    const reply = await staff(ztoManager, id, 'outlet_reply', {
      account: '该骑手九月出勤22天，工资因平台罚款被扣，同意核实后补发。',
    });
    expect(reply.body.outletReply.account).toContain('出勤22天');
    expect(await told()).toContain('outlet_replied');

    expect((await staff(ztoManager, id, 'outlet_propose', proposal('2,800'))).status).toBe(200);
    expect(await told()).toContain('settlement_proposed');
    const offered = await t.api('GET', `/api/cases/${id}`, { token: worker });
    expect(offered.body.proposal).toMatchObject({
      totalFen: 280_000,
      items: [{ type: 'unpaid_wages', amountFen: 280_000 }],
    });
    expect(offered.body.allowedActions).toEqual(expect.arrayContaining(['accept_proposal', 'decline_proposal']));
    expect((await mine(id, 'decline_proposal', { reason: '差太多' })).body.proposal).toBeNull();
    expect((await mine(id, 'accept_proposal')).body.code).toBe('NO_PROPOSAL');

    expect((await staff(ztoManager, id, 'outlet_propose', proposal('3,500.50'))).status).toBe(200);
    const agreed = await mine(id, 'accept_proposal');
    expect(agreed.body.status).toBe('agreement');
    expect(agreed.body.agreement).toMatchObject({
      totalFen: 350_050,
      effectiveOn: null,
      items: [{ type: 'unpaid_wages', amountFen: 350_050, claimedFen: 350_050, payer: '温州中通快递有限公司' }],
    });
    expect(agreed.body.agreementText.join('\n')).toContain('叁仟伍佰元伍角');

    // Everyone signs the text they read: the worker, the outlet's manager for the respondent, the mediator.
    const textSha256 = agreed.body.agreement.textSha256;
    expect((await mine(id, 'sign_agreement', { textSha256 })).body.agreement.effectiveOn).toBeNull();
    expect((await seen(ztoManager, id)).body.allowedActions).toEqual(['sign_agreement']);
    expect((await staff(ztoManager, id, 'sign_agreement', { textSha256 })).body.agreement.effectiveOn).toBeNull();
    const done = await staff(mediator, id, 'confirm_agreement', { textSha256 });
    expect(done.body.agreement.effectiveOn).toBe(today);
    expect(done.body.agreement.signatures.map((s: { side: string }) => s.side)).toEqual([
      'worker',
      'respondent',
      'mediator',
    ]);

    const events = await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'ASC' } });
    expect(events.map((e) => `${e.action}:${e.actorRole}`)).toEqual([
      'submit:worker',
      'accept:mediator',
      'dispatch:mediator',
      'outlet_reply:outlet_manager',
      'outlet_propose:outlet_manager',
      'decline_proposal:worker',
      'outlet_propose:outlet_manager',
      'accept_proposal:worker',
      'sign_agreement:worker',
      'sign_agreement:outlet_manager',
      'confirm_agreement:mediator',
    ]);
  });

  it('an outlet that does not answer in 3 working days gives the case back', async () => {
    const id = await accepted();
    await staff(mediator, id, 'dispatch', { outletId: zto.id });
    const { cases } = t.app.services;
    expect(await cases.outletClock.sweep()).toBe(0); // its time has not run out
    // Its last day passed: as if the sweep ran after it.
    const repo = t.app.db.getRepository(CaseEntity);
    const c = await repo.findOneByOrFail({ id });
    const deadlines = c.deadlines.map((d) => (d.kind === 'outlet_response' ? { ...d, due: '2026-01-05' } : d));
    await repo.update({ id }, { deadlines, nextDue: '2026-01-05' });

    expect(await cases.outletClock.sweep()).toBe(1);
    expect(await cases.outletClock.sweep()).toBe(0); // once
    const back = await t.api('GET', `/api/cases/${id}`, { token: worker });
    expect(back.body).toMatchObject({ status: 'accepted', outlet: null });
    expect(back.body.deadlines.some((d: { kind: string }) => d.kind === 'outlet_response')).toBe(false);
    expect(await told()).toContain('outlet_returned');
    const last = await t.app.db
      .getRepository(CaseEventEntity)
      .findOneOrFail({ where: { caseId: id }, order: { seq: 'DESC' } });
    expect(last).toMatchObject({
      action: 'outlet_timeout',
      actorType: 'system',
      actorRole: 'system',
      toStatus: 'accepted',
    });
    // The outlet still follows the case as the respondent, but no longer works it.
    expect((await seen(ztoManager, id)).status).toBe(200);
    expect((await staff(ztoManager, id, 'outlet_reply', { account: '迟到的答复，已超过期限。' })).status).toBe(403);
    // Nobody can take the system's action by hand.
    expect((await staff(mediator, id, 'outlet_timeout')).status).toBe(404);
  });

  it('the outlet gives a case back it cannot settle, with its reason, and the worker is told', async () => {
    const id = await accepted();
    await staff(mediator, id, 'dispatch', { outletId: zto.id });
    expect((await staff(ztoManager, id, 'outlet_return')).status).toBe(400); // a reason is required
    const back = await staff(ztoManager, id, 'outlet_return', { reason: '骑手属于合作商，需总部处理' });
    expect(back.body).toMatchObject({ status: 'accepted', outlet: null });
    const inbox = await t.api('GET', '/api/inbox', { token: worker });
    const n = inbox.body.items.find(
      (x: { kind: string; caseId: string }) => x.kind === 'outlet_returned' && x.caseId === id,
    );
    expect(n.body).toContain('骑手属于合作商');
  });
});

import { randomUUID } from 'node:crypto';
import { SENSITIVE_CONSENT } from '@gig/shared';
import type { StationEntity } from '@gig/server/entities';
import { rebuildConsultantReach } from '@gig/server/services/cases/consultant-reach';
import { STAFF_PASSWORD } from '../helpers/app';
import { agreement, consultation, png, today } from '../../factories';
import { caseWorld, RIDER_PAYER, riderClaim, type CaseWorld } from './world';

/**
 * The other people a case brings in: the urgent consultation's participants as accounts (LDMAL
 * art 4: a third party may join), legal aid asked for at any time, and the court steps after a
 * default (a payment order, LDMAL art 16).
 */
describe('the people around a case', () => {
  let w: CaseWorld;
  const who: Record<'arbitrator' | 'mediator' | 'lawyer', { id: string; token: string }> = {} as never;
  beforeAll(async () => {
    w = await caseWorld();
    const arb = await w.t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
    const aid = await w.t.station({ code: 'WZ-AID', kind: 'legal_aid', areaCode: '330300' });
    const sign = async (role: 'arbitrator' | 'mediator' | 'legal_aid_lawyer', s: StationEntity) => {
      const u = await w.t.staff(role, s);
      return { id: u.id, token: (await w.t.signIn(u.username, STAFF_PASSWORD)).accessToken };
    };
    who.arbitrator = await sign('arbitrator', arb);
    who.mediator = await sign('mediator', w.stations.east);
    who.lawyer = await sign('legal_aid_lawyer', aid);
  });
  afterAll(() => w.close());

  const seen = async (token: string, id: string) => (await w.t.api('GET', `/api/admin/cases/${id}`, { token })).status;
  const listed = async (token: string, id: string) =>
    ((await w.t.api('GET', '/api/admin/cases?limit=100', { token })).body.items as { id: string }[]).some(
      (c) => c.id === id,
    );
  /** The urgent cases on this user's workbench. */
  const urgentCount = async (token: string) =>
    (await w.t.api('GET', '/api/admin/workbench', { token })).body.urgent as number;
  const accepted = async () => {
    const id = (await w.file(riderClaim())).body.case.id as string;
    await w.act(w.token.delivery, id, 'accept');
    return id;
  };

  it('a consultation participant sees the case and gets a notice, and loses access when the flag is cleared', async () => {
    const id = await accepted();
    const medical = await w.t.upload(`/api/cases/${id}/evidence`, w.worker.accessToken, png(77), '病历.png', {
      category: 'medical',
      consent: SENSITIVE_CONSENT.version,
    });
    expect(await seen(who.arbitrator.token, id)).toBe(404);
    // Each account in a role it fits: an arbitrator is not a people's mediator.
    const wrong = await w.act(
      w.token.delivery,
      id,
      'flag_urgent',
      consultation([{ role: 'people_mediator', name: '张仲裁', staffId: who.arbitrator.id }]),
    );
    expect([wrong.status, wrong.body.fields?.[0]]).toEqual([
      400,
      expect.objectContaining({ path: '/body/participants/0/staffId', rule: 'participant' }),
    ]);
    const body = consultation([
      { role: 'arbitrator', name: '张仲裁', staffId: who.arbitrator.id },
      { role: 'people_mediator', name: '陈调解', staffId: who.mediator.id },
      { role: 'public_interest_lawyer', name: '赵律师', staffId: who.lawyer.id },
      { role: 'other', name: '街道综治中心 刘' },
    ]);
    const flagged = await w.act(w.token.delivery, id, 'flag_urgent', body);
    expect(flagged.status).toBe(200);
    expect(flagged.body.consultation).toMatchObject({ meetingAt: body.meetingAt, place: body.place, plan: body.plan });

    // The arbitrator and the mediator reach it only as consultants: their workbenches count it.
    expect([await urgentCount(who.arbitrator.token), await urgentCount(who.mediator.token)]).toEqual([1, 1]);
    for (const p of Object.values(who)) {
      expect([await seen(p.token, id), await listed(p.token, id)]).toEqual([200, true]);
      const notices = await w.t.api('GET', '/api/admin/notices', { token: p.token });
      expect(notices.body.unread).toBe(1);
      expect(notices.body.items[0]).toMatchObject({ kind: 'consultation_invited', caseId: id, at: body.meetingAt });
    }
    // They work it together in the internal notes; the worker's sensitive files stay with the station.
    const note = await w.t.api('POST', `/api/admin/cases/${id}/messages`, {
      token: who.lawyer.token,
      body: { clientId: randomUUID(), body: '建议先申请先予执行。', internal: true },
    });
    expect(note.status).toBe(201);
    const view = await w.t.api('GET', `/api/admin/cases/${id}`, { token: who.arbitrator.token });
    expect(view.body.evidence.map((e: { id: string }) => e.id)).not.toContain(medical.body.id);
    const notes = await w.t.api('GET', `/api/admin/cases/${id}/messages`, { token: who.mediator.token });
    expect(notes.body.items.some((m: { internal: boolean }) => m.internal)).toBe(true);
    const read = await w.t.api(
      'POST',
      `/api/admin/notices/${(await w.t.api('GET', '/api/admin/notices', { token: who.mediator.token })).body.items[0].id}/read`,
      { token: who.mediator.token },
    );
    expect(read.status).toBe(200);
    expect((await w.t.api('GET', '/api/admin/notices', { token: who.mediator.token })).body.unread).toBe(0);

    expect((await w.act(w.token.delivery, id, 'clear_urgent')).status).toBe(200);
    for (const p of Object.values(who))
      expect([await seen(p.token, id), await listed(p.token, id)]).toEqual([404, false]);
    // Flagged again with one account: only it reaches the case, in the queue and on its page.
    const again = consultation([{ role: 'arbitrator', name: '张仲裁', staffId: who.arbitrator.id }]);
    expect((await w.act(w.token.delivery, id, 'flag_urgent', again)).status).toBe(200);
    expect([await listed(who.arbitrator.token, id), await seen(who.arbitrator.token, id)]).toEqual([true, 200]);
    expect([await listed(who.mediator.token, id), await seen(who.mediator.token, id)]).toEqual([false, 404]);
    expect([await urgentCount(who.arbitrator.token), await urgentCount(who.mediator.token)]).toEqual([1, 0]);
    // The kept reach the workbench counted from is what the cases make of it.
    const kept = () => w.t.app.db.query('SELECT * FROM case_consultant_reach ORDER BY staffUserId, id');
    const before = await kept();
    expect(before).toHaveLength(1);
    await rebuildConsultantReach(w.t.app.db);
    expect(await kept()).toEqual(before);
    // Withdrawn, the case leaves the consultant's workbench with the rest of their reach.
    expect((await w.workerAct(id, 'withdraw', { reason: '已与公司和解' })).status).toBe(200);
    expect(await urgentCount(who.arbitrator.token)).toBe(0);
  });

  it('the worker asks for legal aid after filing; the desk declines with its reason, then assigns a lawyer the worker can message', async () => {
    const id = await accepted();
    expect(await seen(who.lawyer.token, id)).toBe(404); // no legal aid asked yet
    const asked = await w.workerAct(id, 'request_legal_aid', {
      hardship: true,
      situation: '收入低，不会写仲裁申请书。',
    });
    expect(asked.body.legalAid).toBe(true);
    expect(await seen(who.lawyer.token, id)).toBe(200);
    const twice = await w.workerAct(id, 'request_legal_aid', { hardship: true, situation: '再次申请。' });
    expect([twice.status, twice.body.code]).toEqual([409, 'LEGAL_AID_ALREADY_REQUESTED']);
    expect((await w.act(who.lawyer.token, id, 'decline_legal_aid')).status).toBe(400); // reasons are required
    await w.act(who.lawyer.token, id, 'decline_legal_aid', { reason: '月收入高于当地法律援助经济困难标准' });
    const inbox = async () => (await w.t.api('GET', '/api/inbox', { token: w.worker.accessToken })).body.items;
    expect((await inbox()).find((n: { kind: string }) => n.kind === 'legal_aid_declined').body).toContain(
      '经济困难标准',
    );

    await w.workerAct(id, 'request_legal_aid', { hardship: true, situation: '情况有变化，已失业。' });
    await w.act(who.lawyer.token, id, 'assign_lawyer', { lawyerId: who.lawyer.id });
    const mine = await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
    expect(mine.body.lawyer).toMatchObject({ id: who.lawyer.id });
    expect((await inbox()).some((n: { kind: string }) => n.kind === 'lawyer_assigned')).toBe(true);
    // The lawyer and the worker write to each other in the case's thread.
    await w.t.api('POST', `/api/admin/cases/${id}/messages`, {
      token: who.lawyer.token,
      body: { clientId: randomUUID(), body: '您好，我是援助律师，请把工资流水发给我。' },
    });
    const thread = await w.t.api('GET', `/api/cases/${id}/messages`, { token: w.worker.accessToken });
    expect(thread.body.items.map((m: { body: string }) => m.body)).toContain(
      '您好，我是援助律师，请把工资流水发给我。',
    );
  });

  it('on default the worker applies for a payment order on the agreed wages, downloads the application, and the court’s order opens enforcement', async () => {
    const id = await accepted();
    await w.act(w.token.delivery, id, 'start_mediation');
    await w.act(w.token.delivery, id, 'record_agreement', agreement('3,000', { payer: RIDER_PAYER }));
    expect((await w.workerAct(id, 'report_non_payment')).body.status).toBe('defaulted');
    const applied = await w.workerAct(id, 'apply_payment_order');
    expect(applied.body).toMatchObject({ status: 'payment_order', paymentOrder: { totalFen: 300_000, outcome: null } });
    const pdf = await fetch(`${w.t.base}/api/cases/${id}/payment-order-application.pdf`, {
      headers: { authorization: `Bearer ${w.worker.accessToken}` },
    });
    expect(pdf.status).toBe(200);
    // Pending: neither enforcement nor arbitration yet.
    const nothing = await w.t.api('GET', `/api/cases/${id}/enforcement-application.pdf`, {
      token: w.worker.accessToken,
    });
    expect([nothing.status, nothing.body.code]).toEqual([409, 'NOTHING_TO_ENFORCE']);
    const early = await w.act(w.token.delivery, id, 'record_enforcement', {
      court: '鹿城区人民法院',
      appliedOn: today(),
    });
    expect(early.body.code).toBe('PAYMENT_ORDER_NOT_ISSUED');
    expect((await w.workerAct(id, 'request_arbitration')).body.code).toBe('PAYMENT_ORDER_PENDING');
    const issued = await w.act(w.token.delivery, id, 'record_payment_order', {
      outcome: 'issued',
      court: '温州市鹿城区人民法院',
      documentNumber: '(2026)浙0302民督12号',
      decidedOn: today(),
    });
    expect(issued.body.paymentOrder.outcome).toBe('issued');
    const enforcementPdf = await fetch(`${w.t.base}/api/cases/${id}/enforcement-application.pdf`, {
      headers: { authorization: `Bearer ${w.worker.accessToken}` },
    });
    expect(enforcementPdf.status).toBe(200);
    const enforced = await w.act(w.token.delivery, id, 'record_enforcement', {
      court: '鹿城区人民法院',
      appliedOn: today(),
    });
    expect(enforced.body.status).toBe('enforcement');
  });

  it('an objection to the payment order opens arbitration; an agreement with nothing art 16 covers offers no payment order', async () => {
    const id = await accepted();
    await w.act(w.token.delivery, id, 'start_mediation');
    await w.act(w.token.delivery, id, 'record_agreement', agreement('3,000', { payer: RIDER_PAYER }));
    await w.workerAct(id, 'report_non_payment');
    await w.workerAct(id, 'apply_payment_order');
    await w.act(w.token.delivery, id, 'record_payment_order', {
      outcome: 'objected',
      court: '鹿城区人民法院',
      decidedOn: today(),
    });
    await w.t.station({ code: 'WZ-ARB-LC', kind: 'arbitration', areaCode: '330302' });
    expect((await w.workerAct(id, 'request_arbitration')).body.status).toBe('transferred_to_arbitration');

    const other = await accepted();
    await w.act(w.token.delivery, other, 'start_mediation');
    await w.act(w.token.delivery, other, 'record_agreement', {
      ...agreement('1', { payer: RIDER_PAYER }),
      items: [{ type: 'employment_confirmation', amountYuan: '1', payer: RIDER_PAYER }],
    });
    await w.workerAct(other, 'report_non_payment');
    const none = await w.workerAct(other, 'apply_payment_order');
    expect([none.status, none.body.code]).toEqual([409, 'PAYMENT_ORDER_NOT_AVAILABLE']);
  });
});

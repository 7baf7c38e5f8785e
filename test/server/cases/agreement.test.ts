import { OUTLET_SHARING_CONSENT, addDays, daysBetween } from '@gig/shared';
import { CaseEntity, CaseEventEntity, type StationEntity } from '@gig/server/entities';
import { agreement, png, today } from '../../factories';
import { caseWorld, deliveryOutlet, RIDER_PAYER, riderClaim, type CaseWorld } from './world';

/** After mediation: the agreement, its signing and performance, confirmation by a court or commission, enforcement. */
describe('agreement and performance', () => {
  let w: CaseWorld;
  let outlet: StationEntity;
  beforeAll(async () => {
    w = await caseWorld();
    outlet = await deliveryOutlet(w.t);
    await w.t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
  });
  afterAll(() => w.close());

  const day = today();
  /** 3,000 yuan from the rider's respondent, due in five days. */
  const agreed = (over: object = {}) => ({
    ...agreement('3,000', { payer: RIDER_PAYER, dueDate: addDays(day, 5) }),
    ...over,
  });
  const mediating = async () => {
    const id = (await w.file(riderClaim())).body.case.id as string;
    await w.act(w.token.delivery, id, 'accept');
    await w.act(w.token.delivery, id, 'start_mediation');
    return id;
  };

  it('an agreement opens the confirmation windows and the payment date; the worker confirms payment and the case closes', async () => {
    const { t, token } = w;
    const id = await mediating();
    const bad = await w.act(
      token.delivery,
      id,
      'record_agreement',
      agreed({ dueDate: addDays(day, -1), items: [{ type: 'unpaid_wages', amountYuan: '0', payer: 'x' }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      '/body/dueDate',
      '/body/items/0/amountYuan',
    ]);

    const res = await w.act(token.delivery, id, 'record_agreement', agreed());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'agreement',
      agreement: { totalFen: 300000, effectiveOn: day, paymentMethod: 'bank_transfer' },
    });
    const byKind = Object.fromEntries(
      res.body.deadlines.map((d: { kind: string; due: string; basis: { article: string } }) => [d.kind, d]),
    );
    expect(byKind.agreed_payment.due).toBe(addDays(day, 5));
    expect(daysBetween(day, byKind.judicial_confirmation.due)).toBeGreaterThanOrEqual(30);
    expect(daysBetween(day, byKind.arbitration_review.due)).toBeGreaterThanOrEqual(15);
    expect(byKind.judicial_confirmation.basis.article).toBe('33');

    const seen = await t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
    // Signed on paper by everyone: in effect, nothing left to sign.
    expect(seen.body.allowedActions.sort()).toEqual([
      'confirm_receipt',
      'report_non_payment',
      'request_confirmation',
      'request_legal_aid',
      'withdraw',
    ]);
    const queue = await t.api('GET', `/api/admin/cases?q=${seen.body.number}`, { token: token.delivery });
    expect(queue.body.items[0].nextDue).toBe(addDays(day, 5));

    expect((await w.workerAct(id, 'confirm_receipt')).body.status).toBe('performed');
    expect((await w.act(token.delivery, id, 'close')).body.status).toBe('closed');
  });

  it('the employer does not pay: the worker reports it and asks for arbitration review in time', async () => {
    const id = await mediating();
    await w.act(w.token.delivery, id, 'record_agreement', agreed());
    expect((await w.workerAct(id, 'report_non_payment', { reason: '约定日期已过，未收到款项' })).body.status).toBe(
      'defaulted',
    );
    const res = await w.workerAct(id, 'request_confirmation', { route: 'arbitration_review' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('confirmation_requested');
  });

  /** The respondent's consent to the joint application, signed on paper: the station records it with the scan. */
  const respondentJoins = async (id: string) => {
    const scan = await w.t.upload(`/api/admin/cases/${id}/evidence`, w.token.delivery, png(41), '共同申请书.png');
    return w.act(w.token.delivery, id, 'consent_confirmation', { evidenceId: scan.body.id });
  };

  it('the agreement is confirmed on a joint application, enforced, paid and closed; a refused one goes back to failed mediation', async () => {
    const { token } = w;
    const id = await mediating();
    await w.act(token.delivery, id, 'record_agreement', agreed());
    await w.workerAct(id, 'report_non_payment');
    const asked = await w.workerAct(id, 'request_confirmation', { route: 'judicial_confirmation' });
    expect(asked.body.confirmation).toMatchObject({ route: 'judicial_confirmation', respondentAt: null });
    const outcome = { authority: '温州市鹿城区人民法院', documentNumber: '(2026)浙0302民特123号', decidedOn: day };
    // Jointly: nothing to decide on until the respondent applied too (人民调解法 art 33).
    const alone = await w.act(token.delivery, id, 'record_confirmation', outcome);
    expect([alone.status, alone.body.code]).toEqual([409, 'CONFIRMATION_NOT_JOINT']);
    const noScan = await w.act(token.delivery, id, 'consent_confirmation', {});
    expect([noScan.status, noScan.body.fields?.[0]?.rule]).toEqual([400, 'consent_scan']);
    const joined = await respondentJoins(id);
    expect(joined.body.confirmation.respondentAt).not.toBeNull();
    const pdf = await fetch(`${w.t.base}/api/cases/${id}/confirmation-application.pdf`, {
      headers: { authorization: `Bearer ${w.worker.accessToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      (await w.act(token.delivery, id, 'record_confirmation', { ...outcome, decidedOn: addDays(day, 2) })).body
        .fields[0].path,
    ).toBe('/body/decidedOn');
    const confirmed = await w.act(token.delivery, id, 'record_confirmation', outcome);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.confirmation.decision).toMatchObject({
      confirmed: true,
      documentNumber: outcome.documentNumber,
    });
    // The worker's enforcement application, on the ruling that confirmed it.
    const enforcementPdf = await fetch(`${w.t.base}/api/cases/${id}/enforcement-application.pdf`, {
      headers: { authorization: `Bearer ${w.worker.accessToken}` },
    });
    expect(enforcementPdf.status).toBe(200);
    const enforced = await w.act(token.delivery, id, 'record_enforcement', {
      court: '温州市鹿城区人民法院',
      enforcementCaseNumber: '(2026)浙0302执456号',
      appliedOn: day,
    });
    expect(enforced.body.status).toBe('enforcement');
    expect((await w.act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: day })).body.status).toBe(
      'performed',
    );
    expect((await w.act(token.delivery, id, 'close')).body.status).toBe('closed');

    const refusedId = await mediating();
    await w.act(token.delivery, refusedId, 'record_agreement', agreed());
    await w.workerAct(refusedId, 'request_confirmation', { route: 'arbitration_review' });
    await respondentJoins(refusedId);
    expect((await w.act(token.delivery, refusedId, 'confirmation_refused', outcome)).status).toBe(400);
    const refused = await w.act(token.delivery, refusedId, 'confirmation_refused', {
      ...outcome,
      reason: '协议内容违反法律强制性规定',
    });
    expect(refused.body.status).toBe('mediation_failed');
    expect((await w.workerAct(refusedId, 'request_arbitration')).body.status).toBe('transferred_to_arbitration');
  });

  it('a request after its window closed is refused with the date it closed', async () => {
    const { t } = w;
    const id = await mediating();
    await w.act(w.token.delivery, id, 'record_agreement', agreed());
    const c = await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
    await t.app.db
      .getRepository(CaseEntity)
      .update(
        { id },
        { deadlines: c.deadlines.map((d) => (d.kind === 'arbitration_review' ? { ...d, due: '2026-01-02' } : d)) },
      );
    const res = await w.workerAct(id, 'request_confirmation', { route: 'arbitration_review' });
    expect(res.status).toBe(409);
    expect(res.body.details).toMatchObject({ route: 'arbitration_review', closedAfter: '2026-01-02' });
    expect((await w.workerAct(id, 'request_confirmation', { route: 'judicial_confirmation' })).status).toBe(200);
  });

  it('the outlet settles, the employer pays, and staff record it', async () => {
    const { t, token } = w;
    const id = (await w.file({ ...riderClaim(), outletConsent: OUTLET_SHARING_CONSENT.version })).body.case
      .id as string;
    await w.act(token.delivery, id, 'accept');
    expect((await w.act(token.delivery, id, 'dispatch', { outletId: outlet.id })).status).toBe(200);
    expect((await w.act(token.delivery, id, 'outlet_settled', agreed())).body).toMatchObject({
      status: 'agreement',
      outlet: { code: 'WZ-MT-OH' },
    });
    expect(
      (await w.act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: addDays(day, 1) })).status,
    ).toBe(400);
    const paid = await w.act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: day });
    expect(paid.body.status).toBe('performed');
    const last = (
      await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'DESC' }, take: 1 })
    )[0]!;
    expect(last.data).toEqual({ paidFen: 300000, paidOn: day });
  });

  it('staff record a default; a worker cannot record an agreement', async () => {
    const id = await mediating();
    expect(
      (
        await w.t.api('POST', `/api/admin/cases/${id}/actions/record_agreement`, {
          token: w.worker.accessToken,
          body: agreed(),
        })
      ).status,
    ).toBe(403);
    await w.act(w.token.delivery, id, 'record_agreement', agreed());
    expect((await w.act(w.token.delivery, id, 'record_default', { reason: '逾期未付' })).body.status).toBe('defaulted');
  });
});

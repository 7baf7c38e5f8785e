import { addDays, periodEnd, DEFAULT_CLOCK_RULES } from '@gig/shared';
import { CaseEntity } from '@gig/server/entities';
import { png, today, unsignedAgreement } from '../../factories';
import { caseWorld, RIDER_PAYER, riderClaim, type CaseWorld } from './world';

/**
 * The agreement as a document all parties sign (LDMAL art 14; 人民调解法 arts 29, 33): each
 * signature is on the text's hash, a changed text needs signing again, and it takes effect at the
 * last required signature, from which the confirmation windows count.
 */
describe('signing the agreement', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  const day = today();
  /** A rider's case with an agreement drafted at the station, to be signed in the app. */
  async function drafted() {
    const id = (await w.file(riderClaim())).body.case.id as string;
    await w.act(w.token.delivery, id, 'accept');
    await w.act(w.token.delivery, id, 'start_mediation');
    const res = await w.act(
      w.token.delivery,
      id,
      'record_agreement',
      unsignedAgreement('3,200', { payer: RIDER_PAYER, dueDate: addDays(day, 10) }),
    );
    expect(res.status).toBe(200);
    return { id, view: res.body };
  }
  /** The respondent signed a paper copy: the station records it with the scan. */
  async function paperSignature(id: string, textSha256: string) {
    const scan = await w.t.upload(`/api/admin/cases/${id}/evidence`, w.token.delivery, png(31), '被申请人签字页.png');
    return w.act(w.token.delivery, id, 'record_signature', {
      side: 'respondent',
      name: '配送站站长',
      evidenceId: scan.body.id,
      textSha256,
    });
  }

  it('the worker reads the whole text, with what was claimed next to what is agreed, and can download it before signing', async () => {
    const { id, view } = await drafted();
    expect(view.agreement).toMatchObject({ effectiveOn: null, signatures: [], totalFen: 320_000 });
    expect(view.agreement.items[0]).toMatchObject({ claimedFen: 350_050, amountFen: 320_000 });
    const text = view.agreementText.join('\n');
    expect(text).toContain('申请人原请求3500.50元');
    expect(text).toContain('大写：人民币叁仟贰佰元整');
    expect(text).toContain('再无其他争议');
    const pdf = await fetch(`${w.t.base}/api/cases/${id}/agreement.pdf`, {
      headers: { authorization: `Bearer ${w.worker.accessToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // Not in effect yet: nothing to default on or to confirm.
    const early = await w.workerAct(id, 'report_non_payment');
    expect([early.status, early.body.code]).toEqual([409, 'AGREEMENT_NOT_IN_EFFECT']);
    const seen = await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
    expect(seen.body.actions).toEqual(
      expect.arrayContaining([{ action: 'request_confirmation', refusal: 'AGREEMENT_NOT_IN_EFFECT' }]),
    );
  });

  it('the agreement takes effect at the last signature, and the 30-day window counts from it', async () => {
    const { id, view } = await drafted();
    const textSha256 = view.agreement.textSha256 as string;
    // Drafted ten days ago: the windows must not count from the draft.
    const repo = w.t.app.db.getRepository(CaseEntity);
    const c = await repo.findOneByOrFail({ id });
    await repo.update({ id }, { agreement: { ...c.agreement!, draftedOn: addDays(day, -10) } });

    const signature = await w.t.upload(`/api/cases/${id}/evidence`, w.worker.accessToken, png(30), 'signature.png');
    const mine = await w.workerAct(id, 'sign_agreement', { textSha256, signatureEvidenceId: signature.body.id });
    expect(mine.body.workerSignature).toMatchObject({ evidenceId: signature.body.id });
    expect(mine.body.deadlines.some((d: { kind: string }) => d.kind === 'judicial_confirmation')).toBe(false);
    const twice = await w.workerAct(id, 'sign_agreement', { textSha256 });
    expect([twice.status, twice.body.code]).toEqual([409, 'ALREADY_SIGNED']);
    expect((await paperSignature(id, textSha256)).body.agreement.effectiveOn).toBeNull();

    const last = await w.act(w.token.delivery, id, 'confirm_agreement', { textSha256 });
    expect(last.body.agreement.effectiveOn).toBe(day);
    const windows = Object.fromEntries(
      last.body.deadlines.map((d: { kind: string; from: string; due: string }) => [d.kind, d]),
    );
    expect(windows.judicial_confirmation).toMatchObject({ from: day, due: periodEnd(day, 30, DEFAULT_CLOCK_RULES) });
    expect(windows.arbitration_review).toMatchObject({ from: day, due: periodEnd(day, 15, DEFAULT_CLOCK_RULES) });
    expect(windows.agreed_payment.due).toBe(addDays(day, 10));
    // In effect: no more signing or changing it; now it can be confirmed.
    const after = await w.workerAct(id, 'sign_agreement', { textSha256 });
    expect([after.status, after.body.code]).toEqual([409, 'AGREEMENT_IN_EFFECT']);
    expect((await w.workerAct(id, 'request_confirmation', { route: 'judicial_confirmation' })).status).toBe(200);
  });

  it('a text changed after a signature needs signing again', async () => {
    const { id, view } = await drafted();
    const first = view.agreement.textSha256 as string;
    await w.workerAct(id, 'sign_agreement', { textSha256: first });
    const changed = await w.act(w.token.delivery, id, 'amend_agreement', {
      ...unsignedAgreement('3,300', { payer: RIDER_PAYER, dueDate: addDays(day, 10) }),
      reason: '双方同意增加100元交通费',
    });
    expect(changed.status).toBe(200);
    const second = changed.body.agreement.textSha256 as string;
    expect(second).not.toBe(first);
    expect(changed.body.workerSignature).toBeNull();
    const stale = await w.workerAct(id, 'sign_agreement', { textSha256: first });
    expect([stale.status, stale.body.code, stale.body.details?.textSha256]).toEqual([
      409,
      'AGREEMENT_TEXT_CHANGED',
      second,
    ]);
    expect((await w.workerAct(id, 'sign_agreement', { textSha256: second })).status).toBe(200);
    await paperSignature(id, second);
    const done = await w.act(w.token.delivery, id, 'confirm_agreement', { textSha256: second });
    expect(done.body.agreement.effectiveOn).toBe(day);
    // The first signature stays in the record, on the text it was given to.
    expect(
      done.body.agreement.signatures.map((s: { side: string; textSha256: string }) => [
        s.side,
        s.textSha256 === second,
      ]),
    ).toEqual([
      ['worker', false],
      ['worker', true],
      ['respondent', true],
      ['mediator', true],
    ]);
  });
});

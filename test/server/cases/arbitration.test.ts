import { addDays, daysBetween } from '@gig/shared';
import { CaseEntity, type StationEntity } from '@gig/server/entities';
import { STAFF_PASSWORD } from '../helpers/app';
import { award, png, today } from '../../factories';
import { caseWorld, riderClaim, type CaseWorld } from './world';

/**
 * Arbitration as a stage (LDMAL arts 21, 29, 35, 43, 47-50): a failed mediation goes to the
 * institution with jurisdiction with its whole file, and the institution works it to an award.
 */
describe('arbitration', () => {
  let w: CaseWorld;
  let lucheng: StationEntity;
  let city: StationEntity;
  let arbitrator: string;
  let cityArbitrator: string;
  beforeAll(async () => {
    w = await caseWorld();
    city = await w.t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
    lucheng = await w.t.station({ code: 'WZ-ARB-LC', kind: 'arbitration', areaCode: '330302' });
    await w.t.station({ code: 'WZ-ARB-LW', kind: 'arbitration', areaCode: '330303' });
    const sign = async (s: StationEntity) =>
      (await w.t.signIn((await w.t.staff('arbitrator', s)).username, STAFF_PASSWORD)).accessToken;
    arbitrator = await sign(lucheng);
    cityArbitrator = await sign(city);
  });
  afterAll(() => w.close());

  const day = today();
  const pdf = (url: string, token: string) => fetch(w.t.base + url, { headers: { authorization: `Bearer ${token}` } });

  /** A Lucheng rider's claim (330302) with a pay slip, mediated and failed. */
  async function failed(): Promise<string> {
    const id = (await w.file(riderClaim({ areaCode: '330302' }))).body.case.id as string;
    const up = await w.t.upload(`/api/cases/${id}/evidence`, w.worker.accessToken, png(7), 'payslip.png', {
      category: 'pay_record',
    });
    expect(up.status).toBe(201);
    await w.act(w.token.delivery, id, 'accept');
    await w.act(w.token.delivery, id, 'start_mediation');
    await w.act(w.token.delivery, id, 'record_failure', { reason: '用人单位拒绝调解' });
    return id;
  }
  /** … then at the Lucheng institution, accepted today. */
  async function accepted(): Promise<string> {
    const id = await failed();
    await w.workerAct(id, 'request_arbitration');
    const res = await w.act(arbitrator, id, 'accept_arbitration', {
      acceptedOn: day,
      arbitrationNumber: '温鹿劳人仲案字〔2026〕8号',
    });
    expect(res.status).toBe(200);
    return id;
  }

  it('a failed mediation reaches the Lucheng arbitration institution’s queue with its evidence, and the worker downloads the application', async () => {
    const id = await failed();
    const res = await w.workerAct(id, 'request_arbitration');
    expect(res.status).toBe(200);
    expect(res.body.station.code).toBe('WZ-ARB-LC');
    expect(res.body.arbitration).toMatchObject({ basis: 'performance_place', receivedOn: day, acceptedOn: null });
    const acceptance = res.body.deadlines.find((d: { kind: string }) => d.kind === 'arbitration_acceptance');
    expect(acceptance).toMatchObject({ from: day, basis: { article: '29' } });
    expect(daysBetween(day, acceptance.due)).toBeGreaterThanOrEqual(5);

    const queue = await w.t.api('GET', '/api/admin/cases?limit=100', { token: arbitrator });
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const seen = await w.t.api('GET', `/api/admin/cases/${id}`, { token: arbitrator });
    expect(seen.body.evidence.map((e: { category: string }) => e.category)).toEqual(['pay_record']);
    expect(seen.body.allowedActions).toEqual(expect.arrayContaining(['accept_arbitration', 'refuse_arbitration']));
    // The city institution and the mediation station no longer have it.
    expect((await w.t.api('GET', `/api/admin/cases/${id}`, { token: cityArbitrator })).status).toBe(404);
    expect((await w.t.api('GET', `/api/admin/cases/${id}`, { token: w.token.delivery })).status).toBe(404);

    const file = await pdf(`/api/cases/${id}/arbitration-application.pdf`, w.worker.accessToken);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await pdf(`/api/admin/cases/${id}/arbitration-application.pdf`, arbitrator)).status).toBe(200);

    const inbox = await w.t.api('GET', '/api/inbox', { token: w.worker.accessToken });
    const filed = inbox.body.items.find((n: { kind: string; caseId: string }) => n.kind === 'arbitration_filed');
    expect(filed.body).toContain(acceptance.due);
  });

  it('the worker may choose the city institution, which also has jurisdiction, but not another district’s', async () => {
    const id = await failed();
    const elsewhere = await w.t.api('GET', '/api/admin/stations', { token: w.token.supervisor });
    const longwan = elsewhere.body.items.find((s: { code: string }) => s.code === 'WZ-ARB-LW');
    const wrong = await w.workerAct(id, 'request_arbitration', { institutionId: longwan.id });
    expect([wrong.status, wrong.body.fields?.[0]?.path]).toEqual([400, '/body/institutionId']);
    const res = await w.workerAct(id, 'request_arbitration', { institutionId: city.id });
    expect(res.body.station.code).toBe('WZ-ARB');
  });

  it('a refused application records the decision, stops the acceptance clock and is closed by the institution', async () => {
    const id = await failed();
    await w.workerAct(id, 'request_arbitration');
    expect((await w.act(arbitrator, id, 'refuse_arbitration', { decidedOn: day })).status).toBe(400); // reason required
    const res = await w.act(arbitrator, id, 'refuse_arbitration', { decidedOn: day, reason: '不属于劳动争议受理范围' });
    expect(res.body.status).toBe('arbitration_refused');
    expect(res.body.arbitration).toMatchObject({
      refusedOn: day,
      refusalReason: '不属于劳动争议受理范围',
      courtPath: { why: 'refused' },
    });
    expect(res.body.deadlines.some((d: { kind: string }) => d.kind === 'arbitration_acceptance')).toBe(false);
    expect((await w.act(arbitrator, id, 'close')).body.status).toBe('closed');
  });

  it('acceptance starts the 45-day award clock; one recorded extension adds 15; a hearing needs 5 days’ notice', async () => {
    const id = await accepted();
    const seen = await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
    const due = seen.body.deadlines.find((d: { kind: string }) => d.kind === 'arbitration_award');
    expect(due).toMatchObject({ from: day, basis: { article: '43' } });
    expect(daysBetween(day, due.due)).toBeGreaterThanOrEqual(45);

    const ext = await w.act(arbitrator, id, 'extend_award', { reason: '案情复杂，经仲裁委主任批准延长' });
    const extended = ext.body.deadlines.find((d: { kind: string }) => d.kind === 'arbitration_award');
    expect(daysBetween(day, extended.due)).toBeGreaterThanOrEqual(60);
    const again = await w.act(arbitrator, id, 'extend_award', { reason: '再次延长' });
    expect([again.status, again.body.code]).toEqual([409, 'AWARD_ALREADY_EXTENDED']);

    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const early = await w.act(arbitrator, id, 'schedule_hearing', { startsAt: soon, address: '第一仲裁庭' });
    expect([early.status, early.body.fields?.[0]?.rule]).toEqual([400, 'notice_period']);
    const startsAt = new Date(`${addDays(day, 8)}T01:30:00.000Z`).toISOString();
    const heard = await w.act(arbitrator, id, 'schedule_hearing', {
      startsAt,
      address: '第一仲裁庭',
      tribunal: '独任',
    });
    expect(heard.body.status).toBe('hearing_scheduled');
    expect(heard.body.arbitration.hearing).toEqual({ startsAt, address: '第一仲裁庭', tribunal: '独任' });
  });

  it('an award of 30,480 yuan against a minimum wage of 2,540 is final, one of 30,481 is not', async () => {
    const item = (awardedYuan: string) => [{ type: 'unpaid_wages', awardedYuan, standardsDispute: false }];
    const finalId = await accepted();
    const fin = await w.act(arbitrator, finalId, 'record_award', award(item('30,480')));
    expect(fin.status).toBe(200);
    expect(fin.body.arbitration.award).toMatchObject({ finality: 'final', finalCapFen: 3_048_000 });
    expect(fin.body.arbitration.award.items[0]).toMatchObject({ awardedFen: 3_048_000, final: true });
    const kinds = (b: { deadlines: { kind: string; due: string; basis: { article: string } }[] }) =>
      Object.fromEntries(b.deadlines.filter((d) => /suit|set_aside/.test(d.kind)).map((d) => [d.kind, d]));
    const f = kinds(fin.body);
    expect(Object.keys(f).sort()).toEqual(['employer_set_aside', 'worker_suit']);
    expect(f.worker_suit!.basis.article).toContain('48');
    expect(f.employer_set_aside!.basis.article).toBe('49');
    expect(daysBetween(day, f.employer_set_aside!.due)).toBeGreaterThanOrEqual(30);

    const nonFinalId = await accepted();
    const non = await w.act(arbitrator, nonFinalId, 'record_award', award(item('30,480.01')));
    expect(non.body.arbitration.award.finality).toBe('non_final');
    const n = kinds(non.body);
    expect(Object.keys(n).sort()).toEqual(['employer_suit', 'worker_suit']);
    expect(n.employer_suit!.basis.article).toBe('50');

    const overId = await accepted();
    const over = await w.act(arbitrator, overId, 'record_award', award(item('30,481')));
    expect(over.body.arbitration.award.finality).toBe('non_final');
  });

  it('a mixed award classes each item: a social-insurance standards dispute is final whatever the amount', async () => {
    const id = await accepted();
    const res = await w.act(
      arbitrator,
      id,
      'record_award',
      award([
        { type: 'termination_compensation', awardedYuan: '50,000', standardsDispute: false },
        { type: 'social_insurance', awardedYuan: '80,000', standardsDispute: true },
        { type: 'unpaid_wages', awardedYuan: '0', standardsDispute: false },
      ]),
    );
    expect(res.status).toBe(200);
    const a = res.body.arbitration.award;
    expect(a.finality).toBe('mixed');
    expect(a.items.map((i: { final: boolean }) => i.final)).toEqual([false, true, true]);
    const kinds = res.body.deadlines.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['worker_suit', 'employer_set_aside', 'employer_suit']));
    expect(kinds.filter((k: string) => k === 'worker_suit')).toHaveLength(1);
    const inbox = await w.t.api('GET', '/api/inbox', { token: w.worker.accessToken });
    expect(inbox.body.items.some((x: { kind: string }) => x.kind === 'award_made')).toBe(true);
  });

  it('a late award unlocks the court option; an award received opens it until the last day to sue', async () => {
    const id = await accepted();
    expect(
      (await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken })).body.arbitration.courtPath,
    ).toBeNull();
    const repo = w.t.app.db.getRepository(CaseEntity);
    const c = await repo.findOneByOrFail({ id });
    await repo.update(
      { id },
      { deadlines: c.deadlines.map((d) => (d.kind === 'arbitration_award' ? { ...d, due: addDays(day, -1) } : d)) },
    );
    const late = await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
    expect(late.body.arbitration.courtPath).toEqual({ why: 'award_late', until: null });
    const awarded = await w.act(arbitrator, id, 'record_award', award());
    const suit = awarded.body.deadlines.find((d: { kind: string }) => d.kind === 'worker_suit');
    expect(awarded.body.arbitration.courtPath).toEqual({ why: 'award', until: suit.due });
  });

  it('an award is refused when it is dated before acceptance or received before it was made', async () => {
    const id = await accepted();
    const bad = await w.act(arbitrator, id, 'record_award', {
      ...award(),
      awardedOn: addDays(day, -1),
      receivedOn: addDays(day, -2),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      '/body/awardedOn',
      '/body/receivedOn',
    ]);
  });
});

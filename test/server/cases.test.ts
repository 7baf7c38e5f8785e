import { randomUUID } from 'node:crypto';
import { OUTLET_SHARING_CONSENT, addDays, chinaDate, daysBetween, type ClaimCreateBody } from '@gig/shared';
import { AuditEntryEntity, CaseEntity, CaseEventEntity, StationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

const claim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody => ({
  claimant: { name: '王小明', idNumber: '11010519491231002X', phone: '13812345678' },
  industry: 'food_delivery',
  workMode: 'platform_app',
  areaCode: '330302',
  respondent: { name: '温州某某配送服务有限公司', creditCode: '91350100M000100Y43', outletName: '鹿城配送站', partnerName: '某外卖平台' },
  items: [
    { type: 'unpaid_wages', amountYuan: '3,500.50', periodFrom: '2026-09-01', periodTo: '2026-09-30' },
    { type: 'platform_penalties', amountYuan: '200' },
  ],
  incidentDate: '2026-10-15',
  description: '九月份工资至今未发，站长说平台罚款要扣，已多次催要无果。',
  stationCode: 'WZ-COURIER',
  legalAid: false,
  ...over,
});

describe('filing a claim and working the case', () => {
  let t: TestApp;
  let worker: { accessToken: string; user: { id: string } };
  let token: { delivery: string; courier: string; supervisor: string };

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300', mediationTypes: ['union', 'people', 'pre_arbitration'] });
    const courier = await t.station({ code: 'WZ-COURIER', kind: 'association', industries: ['courier'], areaCode: '330300', parentId: centre.id });
    const delivery = await t.station({ code: 'WZ-DELIVERY', kind: 'association', industries: ['food_delivery'], areaCode: '330300', parentId: centre.id });
    await t.station({ code: 'WZ-EAST', kind: 'government', areaCode: '330303', parentId: centre.id, mediationTypes: ['people'] });
    const signIn = async (role: 'mediator' | 'supervisor', s: typeof centre) => (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    token = { delivery: await signIn('mediator', delivery), courier: await signIn('mediator', courier), supervisor: await signIn('supervisor', centre) };
    worker = await signInWorker(t, '13812345678');
  });
  afterAll(() => t.close());

  const file = (body: unknown, key = randomUUID(), tok = worker.accessToken) => t.api('POST', '/api/cases', { token: tok, body, headers: { 'idempotency-key': key } });
  const act = (who: string, id: string, action: string, body: object = {}) => t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: who, body });

  it("a rider's wage claim scanned at the courier station is filed with the delivery association, with a number, deadlines and masked data", async () => {
    const res = await file(claim());
    expect(res.status).toBe(201);
    const c = res.body.case;
    expect(c.number).toMatch(/^LD\d{4}-\d{6}$/);
    expect(c).toMatchObject({
      status: 'submitted',
      station: { code: 'WZ-DELIVERY' },
      routing: { reason: 'industry_association', scannedStationSkipped: true, labourDispute: true },
      claimant: { name: '王小明', idNumberMasked: '1101**********002X', phoneMasked: '138****5678' },
      totalFen: 370050,
      allowedActions: ['withdraw'],
    });
    expect(c.items[0]).toMatchObject({ amountFen: 350050, amountYuan: '3500.50' });
    expect(c.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['mediation_window', 'limitation']);
    expect(c.deadlines[0].basis.article).toBe('14');
    expect(c.events).toEqual([expect.objectContaining({ seq: 1, action: 'submit', fromStatus: null, toStatus: 'submitted', actorRole: 'worker' })]);
    expect(res.body.nextStep['zh-CN']).toContain('15日');
    expect(JSON.stringify(res.body)).not.toContain('11010519491231002X');
    expect(JSON.stringify(res.body)).not.toContain('13812345678');
  });

  it('a mediator reveals the phone with a reason, which is audited; others cannot', async () => {
    const id = (await file(claim())).body.case.id;
    const reveal = (tok: string, body: object) => t.api('POST', `/api/admin/cases/${id}/reveal`, { token: tok, body });
    expect((await reveal(token.delivery, { field: 'phone' })).body.fields[0].path).toBe('/body/reason');
    const res = await reveal(token.delivery, { field: 'phone', reason: '需电话通知调解时间' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ field: 'phone', value: '13812345678' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await reveal(token.delivery, { field: 'idNumber', reason: '核实身份' })).body.value).toBe('11010519491231002X');
    const rows = await t.app.db.query(`SELECT action, detail FROM audit_entries WHERE targetId = ? ORDER BY createdAt`, [id]);
    expect(rows.map((r: { action: string; detail: string }) => [r.action, JSON.parse(r.detail).field, JSON.parse(r.detail).reason])).toEqual([
      ['personal_data.revealed', 'phone', '需电话通知调解时间'],
      ['personal_data.revealed', 'idNumber', '核实身份'],
    ]);
    expect((await reveal(token.courier, { field: 'phone', reason: '好奇看看' })).status).toBe(404);
    expect((await reveal(worker.accessToken, { field: 'phone', reason: '我自己的' })).status).toBe(403);
  });

  it('personal data is sealed in the database', async () => {
    const rows = await t.app.db.getRepository(CaseEntity).find();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('11010519491231002X');
    expect(dump).not.toContain('13812345678');
    expect(dump).not.toContain('王小明');
  });

  it('a retry with the same key files nothing new, also when two arrive at once', async () => {
    const key = randomUUID();
    const [a, b, c] = await Promise.all([file(claim(), key), file(claim(), key), file(claim(), key)]);
    const numbers = new Set([a, b, c].map((r) => r.body.case.number));
    expect(numbers.size).toBe(1);
    expect([a, b, c].map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(await t.app.db.getRepository(CaseEntity).countBy({ idempotencyKey: key })).toBe(1);
  });

  it('the same key with different content is a conflict, not a silent replay', async () => {
    const key = randomUUID();
    await file(claim(), key);
    const res = await file(claim({ description: '内容不同的另一份申请，金额也不同。' }), key);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('filing without an Idempotency-Key is refused naming the header', async () => {
    const res = await t.api('POST', '/api/cases', { token: worker.accessToken, body: claim() });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].path).toBe('/headers/idempotency-key');
  });

  it('a wrong ID number, credit code and amount are all named at once; unknown fields are refused', async () => {
    const bad = claim({
      claimant: { name: '王小明', idNumber: '110105194912310021', phone: '13812345678' },
      respondent: { name: '某公司', creditCode: '91350100M000100Y44' },
      items: [{ type: 'unpaid_wages', amountYuan: '0' }],
    });
    const res = await file(bad);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`).sort()).toEqual([
      '/body/claimant/idNumber checksum',
      '/body/items/0/amountYuan amount',
      '/body/respondent/creditCode checksum',
    ]);
    const unknown = await file({ ...claim(), nickname: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0]).toMatchObject({ path: '/body/nickname', rule: 'additionalProperties' });
  });

  it('case numbers are unique and consecutive within the year', async () => {
    const a = (await file(claim())).body.case.number as string;
    const b = (await file(claim())).body.case.number as string;
    expect(Number(b.slice(-6)) - Number(a.slice(-6))).toBe(1);
  });

  it('a household nanny’s claim goes to people’s mediation and the worker is told why', async () => {
    const res = await file(claim({ industry: 'domestic_service', workMode: 'household', areaCode: '330303', stationCode: null }));
    expect(res.body.case).toMatchObject({ station: { code: 'WZ-EAST' }, routing: { reason: 'household_domestic_people_mediation', labourDispute: false, mediationType: 'people' } });
    expect(res.body.nextStep['zh-CN']).toContain('不属于劳动争议');
  });

  it('a claim no station can take is kept, not lost, and the worker is told', async () => {
    const res = await file(claim({ areaCode: '110105', stationCode: null, industry: 'trucking' }));
    expect(res.status).toBe(201);
    expect(res.body.case).toMatchObject({ station: null, routing: { reason: 'no_station' } });
    expect(res.body.nextStep['zh-CN']).toContain('12333');
    const queue = await t.api('GET', '/api/admin/cases', { token: token.supervisor });
    expect(queue.body.items.map((c: { number: string }) => c.number)).toContain(res.body.case.number);
  });

  describe('the station works the case', () => {
    let id: string;
    beforeAll(async () => {
      id = (await file(claim())).body.case.id;
    });

    it('the delivery mediator sees it in the queue; the courier mediator does not, nor by its id', async () => {
      const mine = await t.api('GET', '/api/admin/cases?status=submitted', { token: token.delivery });
      expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(id);
      const other = await t.api('GET', '/api/admin/cases', { token: token.courier });
      expect(other.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      const byId = await t.api('GET', `/api/admin/cases/${id}`, { token: token.courier });
      // Another station's case is "not found", like a random id: staff cannot probe which ids exist.
      expect(byId.status).toBe(404);
      expect(byId.body.code).toBe('NOT_FOUND');
      expect((await act(token.courier, id, 'accept')).status).toBe(404);
    });

    it('rejecting needs a reason', async () => {
      const res = await act(token.delivery, id, 'reject');
      expect(res.status).toBe(400);
      expect(res.body.fields[0]).toMatchObject({ path: '/body/reason', rule: 'required' });
    });

    it('the mediator accepts it, and the worker sees the change and what they may do', async () => {
      const res = await act(token.delivery, id, 'accept', { expectedStatus: 'submitted' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('accepted');
      expect(res.body.allowedActions).toEqual(expect.arrayContaining(['start_mediation', 'record_failure']));
      const seen = await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken });
      expect(seen.body.status).toBe('accepted');
      expect(seen.body.allowedActions).toEqual(['withdraw']);
      expect(seen.body.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept']);
    });

    it('a stale page acting on an old status gets 409 naming the status and what is allowed, and nothing changes', async () => {
      const res = await act(token.delivery, id, 'accept', { expectedStatus: 'submitted' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      expect(res.body.details).toMatchObject({ status: 'accepted', allowedActions: expect.arrayContaining(['start_mediation']) });
      expect(await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: id })).toBe(2);
    });

    it('the worker may not ask for arbitration while the 15-day window is open', async () => {
      await act(token.delivery, id, 'start_mediation');
      const res = await t.api('POST', `/api/cases/${id}/actions/request_arbitration`, { token: worker.accessToken, body: {} });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('MEDIATION_WINDOW_OPEN');
      expect(res.body.details.opensAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('after a failed mediation the worker takes it to arbitration, and staff close it', async () => {
      expect((await act(token.delivery, id, 'record_failure', { reason: '用人单位拒绝调解' })).body.status).toBe('mediation_failed');
      const res = await t.api('POST', `/api/cases/${id}/actions/request_arbitration`, { token: worker.accessToken, body: {} });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('transferred_to_arbitration');
      expect((await act(token.delivery, id, 'close')).body.status).toBe('closed');
      const events = await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'ASC' } });
      expect(events.map((e) => `${e.fromStatus}>${e.toStatus}:${e.actorRole}`)).toEqual([
        'null>submitted:worker',
        'submitted>accepted:mediator',
        'accepted>mediating:mediator',
        'mediating>mediation_failed:mediator',
        'mediation_failed>transferred_to_arbitration:worker',
        'transferred_to_arbitration>closed:mediator',
      ]);
    });
  });

  describe('dispatch to an outlet and transfer', () => {
    let delivery: { id: string };
    let outlet: { id: string };
    let foreignOutlet: { id: string };
    let east: { id: string };
    beforeAll(async () => {
      const repo = t.app.db.getRepository(StationEntity);
      delivery = await repo.findOneByOrFail({ code: 'WZ-DELIVERY' });
      east = await repo.findOneByOrFail({ code: 'WZ-EAST' });
      outlet = await t.station({ code: 'WZ-MT-OH', kind: 'outlet', industries: ['food_delivery'], areaCode: '330304', parentCode: 'WZ-DELIVERY' });
      foreignOutlet = await t.station({ code: 'WZ-SF-LC', kind: 'outlet', industries: ['courier'], areaCode: '330302', parentCode: 'WZ-COURIER' });
    });

    it('a case goes to the outlet only with the worker\'s separate consent, given at filing or later, and audited', async () => {
      const id = (await file(claim())).body.case.id as string;
      await act(token.delivery, id, 'accept');
      const refused = await act(token.delivery, id, 'dispatch', { outletId: outlet.id });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'OUTLET_CONSENT_REQUIRED', details: { status: 'accepted' } });
      expect((await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken })).body).toMatchObject({ status: 'accepted', outletConsent: null });

      // Only the worker agrees, only with the text's current version, and only to their own case.
      const wrongVersion = await t.api('POST', `/api/cases/${id}/consents/outlet`, { token: worker.accessToken, body: { version: 'outlet-sharing-v0' } });
      expect(wrongVersion.status).toBe(400);
      const other = (await signInWorker(t, '13900007777')).accessToken;
      expect((await t.api('POST', `/api/cases/${id}/consents/outlet`, { token: other, body: { version: OUTLET_SHARING_CONSENT.version } })).status).toBe(404);
      expect((await t.api('POST', `/api/cases/${id}/consents/outlet`, { token: token.delivery, body: { version: OUTLET_SHARING_CONSENT.version } })).status).toBe(403);

      const agreed = await t.api('POST', `/api/cases/${id}/consents/outlet`, { token: worker.accessToken, body: { version: OUTLET_SHARING_CONSENT.version } });
      expect(agreed.status).toBe(200);
      expect(agreed.body.outletConsent).toMatchObject({ version: OUTLET_SHARING_CONSENT.version });
      const again = await t.api('POST', `/api/cases/${id}/consents/outlet`, { token: worker.accessToken, body: { version: OUTLET_SHARING_CONSENT.version } });
      expect(again.body.outletConsent.at).toBe(agreed.body.outletConsent.at);
      const audits = await t.app.db.getRepository(AuditEntryEntity).findBy({ action: 'case.outlet_consent', targetId: id });
      expect(audits).toHaveLength(1);
      expect(audits[0]!.detail).toMatchObject({ consentVersion: OUTLET_SHARING_CONSENT.version });

      expect((await act(token.delivery, id, 'dispatch', { outletId: outlet.id })).status).toBe(200);
    });

    it('the association dispatches to its outlet, which cannot settle, and takes it back', async () => {
      const id = (await file({ ...claim(), outletConsent: OUTLET_SHARING_CONSENT.version })).body.case.id;
      await act(token.delivery, id, 'accept');
      const wrong = await act(token.delivery, id, 'dispatch', { outletId: foreignOutlet.id });
      expect(wrong.status).toBe(400);
      expect(wrong.body.fields[0]).toMatchObject({ path: '/body/outletId', rule: 'own_outlet' });

      const sent = await act(token.delivery, id, 'dispatch', { outletId: outlet.id, reason: '由配送站先行协商' });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ status: 'dispatched', outlet: { code: 'WZ-MT-OH' }, station: { code: 'WZ-DELIVERY' } });
      expect((await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken })).body.outlet.code).toBe('WZ-MT-OH');

      expect((await act(token.delivery, id, 'take_back')).status).toBe(400);
      const back = await act(token.delivery, id, 'take_back', { reason: '网点未能和解' });
      expect(back.body).toMatchObject({ status: 'accepted', outlet: null });
      const events = await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'ASC' } });
      expect(events.map((e) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'take_back']);
      expect(events[2]!.data).toMatchObject({ outletCode: 'WZ-MT-OH' });
    });

    it('a transfer moves the case to the other station, which must accept it, and out of the sender’s reach', async () => {
      const id = (await file(claim())).body.case.id;
      await act(token.delivery, id, 'accept');
      expect((await act(token.delivery, id, 'transfer', { toStationId: east.id })).status).toBe(400);
      expect((await act(token.delivery, id, 'transfer', { toStationId: delivery.id, reason: '测试' })).body.fields[0].rule).toBe('different');
      expect((await act(token.delivery, id, 'transfer', { toStationId: outlet.id, reason: '测试' })).body.fields[0].rule).toBe('intake');

      const moved = await act(token.delivery, id, 'transfer', { toStationId: east.id, reason: '涉及多名骑手，转政府调解站' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ status: 'submitted', station: { code: 'WZ-EAST' } });
      expect((await t.api('GET', `/api/admin/cases/${id}`, { token: token.delivery })).status).toBe(404);
      const event = (await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'DESC' }, take: 1 }))[0]!;
      expect(event).toMatchObject({ action: 'transfer', fromStatus: 'accepted', toStatus: 'submitted', reason: '涉及多名骑手，转政府调解站' });
      expect(event.data).toMatchObject({ fromStationId: delivery.id, toStationId: east.id });
    });
  });

  describe('the urgent joint consultation', () => {
    const consultation = {
      reason: '20余名骑手集体欠薪，情绪激动',
      participants: [
        { role: 'arbitrator', name: '张仲裁员' },
        { role: 'people_mediator', name: '李调解员' },
        { role: 'public_interest_lawyer', name: '赵律师' },
      ],
      plan: '一案一策：先核实用工主体（平台与配送商），分批确认欠薪金额，三日内组织集中调解。',
    };

    it('a supervisor flags it with participants and a plan; the status stays; staff clear it', async () => {
      const id = (await file(claim())).body.case.id;
      await act(token.delivery, id, 'accept');
      expect((await act(token.supervisor, id, 'flag_urgent', { ...consultation, participants: [] })).status).toBe(400);
      const flagged = await act(token.supervisor, id, 'flag_urgent', consultation);
      expect(flagged.status).toBe(200);
      expect(flagged.body).toMatchObject({ status: 'accepted', urgent: true, consultation: { plan: consultation.plan, participants: consultation.participants } });
      expect((await t.api('GET', `/api/admin/cases/${id}`, { token: token.delivery })).body.consultation.participants).toHaveLength(3);

      const cleared = await act(token.delivery, id, 'clear_urgent', { reason: '已集中调解' });
      expect(cleared.body).toMatchObject({ status: 'accepted', urgent: false, consultation: null });
      expect((await act(token.delivery, id, 'clear_urgent')).status).toBe(409);
    });

    it('a worker cannot flag their own case urgent', async () => {
      const id = (await file(claim())).body.case.id;
      expect((await t.api('POST', `/api/admin/cases/${id}/actions/flag_urgent`, { token: worker.accessToken, body: consultation })).status).toBe(403);
    });
  });

  describe('mediation sessions', () => {
    it('staff schedule an online session the worker can see, then record who came', async () => {
      const id = (await file(claim())).body.case.id as string;
      await act(token.delivery, id, 'accept');
      const early = await act(token.delivery, id, 'schedule_session', { startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'online', attendees: [{ side: 'worker', name: '王小明' }] });
      expect(early.status).toBe(409); // not in mediation yet
      await act(token.delivery, id, 'start_mediation');
      const noLink = await act(token.delivery, id, 'schedule_session', { startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'online', attendees: [{ side: 'worker', name: '王小明' }] });
      expect(noLink.body.fields[0]).toMatchObject({ path: '/body/link', rule: 'required' });

      const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
      const res = await act(token.delivery, id, 'schedule_session', {
        startsAt,
        mode: 'online',
        link: 'https://meeting.example.cn/j/123456',
        attendees: [
          { side: 'worker', name: '王小明' },
          { side: 'respondent', name: '配送站站长' },
          { side: 'mediator', name: '李调解员' },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('mediating');
      const session = res.body.sessions[0];
      expect(session).toMatchObject({ startsAt, mode: 'online', link: 'https://meeting.example.cn/j/123456', present: null });

      const seen = await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken });
      expect(seen.body.sessions[0].link).toBe('https://meeting.example.cn/j/123456');

      expect((await act(token.delivery, id, 'record_attendance', { sessionId: randomUUID(), present: [] })).body.fields[0].path).toBe('/body/sessionId');
      const came = await act(token.delivery, id, 'record_attendance', { sessionId: session.id, present: [{ side: 'worker', name: '王小明' }], reason: '被申请人未到场' });
      expect(came.body.sessions[0].present).toEqual([{ side: 'worker', name: '王小明' }]);
    });
  });

  describe('agreement and performance', () => {
    const today = chinaDate(new Date());
    const agreement = (over: object = {}) => ({
      items: [{ type: 'unpaid_wages', amountYuan: '3,000', payer: '温州某某配送服务有限公司' }],
      effectiveOn: today,
      dueDate: addDays(today, 5),
      paymentMethod: 'bank_transfer',
      ...over,
    });
    const mediating = async () => {
      const id = (await file(claim())).body.case.id as string;
      await act(token.delivery, id, 'accept');
      await act(token.delivery, id, 'start_mediation');
      return id;
    };
    const worker_ = (id: string, action: string, body: object = {}) => t.api('POST', `/api/cases/${id}/actions/${action}`, { token: worker.accessToken, body });

    it('an agreement opens the confirmation windows and the payment date; the worker confirms payment and the case closes', async () => {
      const id = await mediating();
      const bad = await act(token.delivery, id, 'record_agreement', agreement({ dueDate: addDays(today, -1), items: [{ type: 'unpaid_wages', amountYuan: '0', payer: 'x' }] }));
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/body/dueDate', '/body/items/0/amountYuan']);

      const res = await act(token.delivery, id, 'record_agreement', agreement());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'agreement', agreement: { totalFen: 300000, effectiveOn: today, paymentMethod: 'bank_transfer' } });
      const byKind = Object.fromEntries(res.body.deadlines.map((d: { kind: string; due: string; basis: { article: string } }) => [d.kind, d]));
      expect(byKind.agreed_payment.due).toBe(addDays(today, 5));
      expect(daysBetween(today, byKind.judicial_confirmation.due)).toBeGreaterThanOrEqual(30);
      expect(daysBetween(today, byKind.arbitration_review.due)).toBeGreaterThanOrEqual(15);
      expect(byKind.judicial_confirmation.basis.article).toBe('33');

      const seen = await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken });
      expect(seen.body.allowedActions.sort()).toEqual(['confirm_receipt', 'report_non_payment', 'request_confirmation', 'sign_agreement', 'withdraw']);
      const queue = await t.api('GET', `/api/admin/cases?q=${seen.body.number}`, { token: token.delivery });
      expect(queue.body.items[0].nextDue).toBe(addDays(today, 5));

      expect((await worker_(id, 'confirm_receipt')).body.status).toBe('performed');
      expect((await act(token.delivery, id, 'close')).body.status).toBe('closed');
    });

    it('the employer does not pay: the worker reports it and asks for arbitration review in time', async () => {
      const id = await mediating();
      await act(token.delivery, id, 'record_agreement', agreement());
      expect((await worker_(id, 'report_non_payment', { reason: '约定日期已过，未收到款项' })).body.status).toBe('defaulted');
      const res = await worker_(id, 'request_confirmation', { route: 'arbitration_review' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('confirmation_requested');
    });

    it('the agreement is confirmed, enforced, paid and closed; a refused one goes back to failed mediation', async () => {
      const id = await mediating();
      await act(token.delivery, id, 'record_agreement', agreement());
      await worker_(id, 'report_non_payment');
      await worker_(id, 'request_confirmation', { route: 'judicial_confirmation' });
      const outcome = { authority: '温州市鹿城区人民法院', documentNumber: '(2026)浙0302民特123号', decidedOn: today };
      expect((await act(token.delivery, id, 'record_confirmation', { ...outcome, decidedOn: addDays(today, 2) })).body.fields[0].path).toBe('/body/decidedOn');
      expect((await act(token.delivery, id, 'record_confirmation', outcome)).body.status).toBe('confirmed');
      const enforced = await act(token.delivery, id, 'record_enforcement', { court: '温州市鹿城区人民法院', enforcementCaseNumber: '(2026)浙0302执456号', appliedOn: today });
      expect(enforced.body.status).toBe('enforcement');
      expect((await act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: today })).body.status).toBe('performed');
      expect((await act(token.delivery, id, 'close')).body.status).toBe('closed');

      const refusedId = await mediating();
      await act(token.delivery, refusedId, 'record_agreement', agreement());
      await worker_(refusedId, 'request_confirmation', { route: 'arbitration_review' });
      expect((await act(token.delivery, refusedId, 'confirmation_refused', outcome)).status).toBe(400);
      const refused = await act(token.delivery, refusedId, 'confirmation_refused', { ...outcome, reason: '协议内容违反法律强制性规定' });
      expect(refused.body.status).toBe('mediation_failed');
      expect((await worker_(refusedId, 'request_arbitration')).body.status).toBe('transferred_to_arbitration');
    });

    it('a request after its window closed is refused with the date it closed', async () => {
      const id = await mediating();
      await act(token.delivery, id, 'record_agreement', agreement());
      const c = await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
      await t.app.db.getRepository(CaseEntity).update({ id }, { deadlines: c.deadlines.map((d) => (d.kind === 'arbitration_review' ? { ...d, due: '2026-01-02' } : d)) });
      const res = await worker_(id, 'request_confirmation', { route: 'arbitration_review' });
      expect(res.status).toBe(409);
      expect(res.body.details).toMatchObject({ route: 'arbitration_review', closedAfter: '2026-01-02' });
      expect((await worker_(id, 'request_confirmation', { route: 'judicial_confirmation' })).status).toBe(200);
    });

    it('the outlet settles, the employer pays, and staff record it', async () => {
      const id = (await file({ ...claim(), outletConsent: OUTLET_SHARING_CONSENT.version })).body.case.id as string;
      await act(token.delivery, id, 'accept');
      const outlet = await t.app.db.getRepository(StationEntity).findOneByOrFail({ code: 'WZ-MT-OH' });
      expect((await act(token.delivery, id, 'dispatch', { outletId: outlet.id })).status).toBe(200);
      expect((await act(token.delivery, id, 'outlet_settled', agreement())).body).toMatchObject({ status: 'agreement', outlet: { code: 'WZ-MT-OH' } });
      expect((await act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: addDays(today, 1) })).status).toBe(400);
      const paid = await act(token.delivery, id, 'record_performance', { paidYuan: '3000', paidOn: today });
      expect(paid.body.status).toBe('performed');
      const last = (await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'DESC' }, take: 1 }))[0]!;
      expect(last.data).toEqual({ paidFen: 300000, paidOn: today });
    });

    it('staff record a default; a worker cannot record an agreement', async () => {
      const id = await mediating();
      expect((await t.api('POST', `/api/admin/cases/${id}/actions/record_agreement`, { token: worker.accessToken, body: agreement() })).status).toBe(403);
      await act(token.delivery, id, 'record_agreement', agreement());
      expect((await act(token.delivery, id, 'record_default', { reason: '逾期未付' })).body.status).toBe('defaulted');
    });
  });

  describe('a worker’s cases are their own', () => {
    it('another worker cannot see or act on my case, even with its id', async () => {
      const mine = (await file(claim())).body.case.id;
      const other = await signInWorker(t, '13900000099');
      expect((await t.api('GET', `/api/cases/${mine}`, { token: other.accessToken })).status).toBe(404);
      expect((await t.api('POST', `/api/cases/${mine}/actions/withdraw`, { token: other.accessToken, body: {} })).status).toBe(404);
      expect((await t.api('GET', '/api/cases', { token: other.accessToken })).body.items).toEqual([]);
    });

    it('the worker withdraws, and staff can do nothing more with it', async () => {
      const id = (await file(claim())).body.case.id;
      const res = await t.api('POST', `/api/cases/${id}/actions/withdraw`, { token: worker.accessToken, body: { reason: '已与公司自行协商解决' } });
      expect(res.body.status).toBe('withdrawn');
      expect((await act(token.delivery, id, 'accept')).status).toBe(409);
    });

    it('staff cannot file for a worker, and a worker cannot reach the staff case API', async () => {
      expect((await file(claim(), randomUUID(), token.delivery)).status).toBe(403);
      expect((await t.api('GET', '/api/admin/cases', { token: worker.accessToken })).status).toBe(403);
    });
  });
});

describe('the first claims of a year arriving together, under a 30-day mediation rule', () => {
  it('each gets its own number, and its window follows the configured rule', async () => {
    const t = await startApp({ CLOCK_RULES_JSON: '{"mediationWindowDays": 30, "rollForwardOffDays": false}' });
    try {
      await t.station({ code: 'WZ-DELIVERY', kind: 'association', industries: ['food_delivery'], areaCode: '330300' });
      const workers = await Promise.all(['13700000001', '13700000002', '13700000003', '13700000004'].map((p) => signInWorker(t, p)));
      const results = await Promise.all(
        workers.map((w) => t.api('POST', '/api/cases', { token: w.accessToken, body: claim(), headers: { 'idempotency-key': randomUUID() } })),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.case.number)).size).toBe(4);
      const window = results[0]!.body.case.deadlines[0];
      expect(daysBetween(window.from, window.due)).toBe(30);
    } finally {
      await t.close();
    }
  });
});

describe('the message thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('worker and station talk; a retried message is sent once; internal notes stay with staff', async () => {
    const delivery = await t.station({ code: 'WZ-DELIVERY', kind: 'association', industries: ['food_delivery'], areaCode: '330300' });
    const other = await t.station({ code: 'WZ-OTHER', kind: 'government', areaCode: '330303' });
    const mediator = (await t.signIn((await t.staff('mediator', delivery)).username, STAFF_PASSWORD)).accessToken;
    const outsider = (await t.signIn((await t.staff('mediator', other)).username, STAFF_PASSWORD)).accessToken;
    const w = await signInWorker(t);
    const id = (await t.api('POST', '/api/cases', { token: w.accessToken, body: claim({ stationCode: null }), headers: { 'idempotency-key': randomUUID() } })).body.case.id;

    const clientId = randomUUID();
    const first = await t.api('POST', `/api/cases/${id}/messages`, { token: w.accessToken, body: { clientId, body: '请问什么时候可以调解？' } });
    expect(first.status).toBe(201);
    const retry = await t.api('POST', `/api/cases/${id}/messages`, { token: w.accessToken, body: { clientId, body: '请问什么时候可以调解？' } });
    expect(retry.status).toBe(200);
    expect(retry.body.items).toHaveLength(1);
    expect((await t.api('POST', `/api/cases/${id}/messages`, { token: w.accessToken, body: { clientId, body: '另一条' } })).status).toBe(409);

    await t.api('POST', `/api/admin/cases/${id}/messages`, { token: mediator, body: { clientId: randomUUID(), body: '本周五下午安排线上调解。' } });
    await t.api('POST', `/api/admin/cases/${id}/messages`, { token: mediator, body: { clientId: randomUUID(), body: '平台方态度消极，需约谈站长。', internal: true } });

    const workerSees = (await t.api('GET', `/api/cases/${id}/messages`, { token: w.accessToken })).body.items;
    expect(workerSees.map((m: { body: string }) => m.body)).toEqual(['请问什么时候可以调解？', '本周五下午安排线上调解。']);
    expect(workerSees[0]).toMatchObject({ authorType: 'worker', authorName: '王小明' });
    const staffSees = (await t.api('GET', `/api/admin/cases/${id}/messages`, { token: mediator })).body.items;
    expect(staffSees.map((m: { internal: boolean }) => m.internal)).toEqual([false, false, true]);

    expect((await t.api('GET', `/api/admin/cases/${id}/messages`, { token: outsider })).status).toBe(404);
    const stranger = await signInWorker(t, '13600000001');
    expect((await t.api('GET', `/api/cases/${id}/messages`, { token: stranger.accessToken })).status).toBe(404);
    expect((await t.api('POST', `/api/cases/${id}/messages`, { token: w.accessToken, body: { clientId: randomUUID(), body: 'x', internal: true } })).status).toBe(400);
  });
});

describe('legal aid', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('a legal-aid request reaches the legal-aid desk, which assigns a lawyer the worker can see', async () => {
    const delivery = await t.station({ code: 'WZ-DELIVERY', kind: 'association', industries: ['food_delivery'], areaCode: '330300' });
    const desk = await t.station({ code: 'WZ-LEGALAID', kind: 'legal_aid', areaCode: '330300' });
    const courier = await t.station({ code: 'WZ-COURIER', kind: 'association', industries: ['courier'], areaCode: '330300' });
    const lawyerUser = await t.staff('legal_aid_lawyer', desk);
    const lawyer = (await t.signIn(lawyerUser.username, STAFF_PASSWORD)).accessToken;
    const deskAdmin = (await t.signIn((await t.staff('station_admin', desk)).username, STAFF_PASSWORD)).accessToken;
    const courierAdmin = (await t.signIn((await t.staff('station_admin', courier)).username, STAFF_PASSWORD)).accessToken;
    const mediator = (await t.signIn((await t.staff('mediator', delivery)).username, STAFF_PASSWORD)).accessToken;
    const w = await signInWorker(t);
    const fileIt = async (legalAid: boolean) =>
      (await t.api('POST', '/api/cases', { token: w.accessToken, body: claim({ stationCode: null, legalAid }), headers: { 'idempotency-key': randomUUID() } })).body.case;
    const wants = await fileIt(true);
    const doesNot = await fileIt(false);

    const queue = (await t.api('GET', '/api/admin/cases', { token: lawyer })).body.items.map((c: { number: string }) => c.number);
    expect(queue).toEqual([wants.number]);
    expect((await t.api('GET', `/api/admin/cases/${doesNot.id}`, { token: lawyer })).status).toBe(404);

    const assign = (tok: string, id: string, lawyerId: string) => t.api('POST', `/api/admin/cases/${id}/actions/assign_lawyer`, { token: tok, body: { lawyerId } });
    expect((await assign(courierAdmin, wants.id, lawyerUser.id)).status).toBe(404);
    expect((await assign(deskAdmin, wants.id, (await t.staff('mediator', delivery)).id)).body.fields[0]).toMatchObject({ path: '/body/lawyerId', rule: 'lawyer' });
    expect((await assign(deskAdmin, doesNot.id, lawyerUser.id)).status).toBe(404);
    const res = await assign(deskAdmin, wants.id, lawyerUser.id);
    expect(res.status).toBe(200);
    expect(res.body.lawyer).toEqual({ id: lawyerUser.id, name: lawyerUser.displayName });
    expect((await t.api('GET', `/api/cases/${wants.id}`, { token: w.accessToken })).body.lawyer.id).toBe(lawyerUser.id);
    // The handling station still works the case.
    expect((await t.api('POST', `/api/admin/cases/${wants.id}/actions/accept`, { token: mediator, body: {} })).status).toBe(200);
  });
});

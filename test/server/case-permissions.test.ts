import { randomUUID } from 'node:crypto';
import { ACTION_ROLES, CASE_ACTIONS, chinaDate, type CaseAction, type CaseStatus, type ClaimCreateBody, type Role } from '@gig/shared';
import { CaseEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

/**
 * Every action, tried by every kind of user on a case in each of several statuses. Whatever the
 * shared table does not allow that role — and anything at all by a user outside the case's reach —
 * must be refused (403, 404 or 409) and change nothing (the case's version stays). The shared
 * table itself is checked against a hand-written copy in test/shared/case-status.test.ts.
 */
const WORKER_GENERIC = ['withdraw', 'request_arbitration', 'confirm_receipt', 'report_non_payment'];
const STAFF_GENERIC = ['accept', 'reject', 'start_mediation', 'record_failure', 'take_back', 'record_default', 'clear_urgent', 'close'];
const WORKER_SPECIAL = ['sign_agreement', 'request_confirmation'];

const claim = (): ClaimCreateBody => ({
  claimant: { name: '权限测试', idNumber: '11010519491231002X', phone: '13600001111' },
  industry: 'courier',
  workMode: 'outlet',
  areaCode: '330302',
  respondent: { name: '温州某快递服务有限公司' },
  items: [{ type: 'unpaid_wages', amountYuan: '1000' }],
  incidentDate: '2026-10-01',
  description: '工资未发，用于权限测试的申请。',
  stationCode: 'WZ-COURIER',
  legalAid: false,
});

describe('every forbidden action, for every role, changes nothing', () => {
  let t: TestApp;
  const users: { name: string; role: Role; token: string; inReach: boolean }[] = [];
  let owner: string;
  let mediator: string;
  let ids: { outlet: string; other: string; lawyer: string };

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
    const courier = await t.station({ code: 'WZ-COURIER', kind: 'association', industries: ['courier'], areaCode: '330300', parentId: centre.id });
    const outlet = await t.station({ code: 'WZ-OUTLET', kind: 'outlet', industries: ['courier'], areaCode: '330302', parentId: courier.id });
    const other = await t.station({ code: 'WZ-OTHER', kind: 'government', areaCode: '330303', parentId: centre.id });
    const arb = await t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
    const aid = await t.station({ code: 'WZ-AID', kind: 'legal_aid', areaCode: '330300' });
    const sign = async (role: Exclude<Role, 'worker'>, s: typeof centre | null) => {
      const u = await t.staff(role, s);
      return { id: u.id, token: (await t.signIn(u.username, STAFF_PASSWORD)).accessToken };
    };
    const m = await sign('mediator', courier);
    mediator = m.token;
    const lawyer = await sign('legal_aid_lawyer', aid);
    ids = { outlet: outlet.id, other: other.id, lawyer: lawyer.id };
    owner = (await signInWorker(t, '13600001111')).accessToken;
    users.push(
      { name: 'the worker who filed it', role: 'worker', token: owner, inReach: true },
      { name: 'another worker', role: 'worker', token: (await signInWorker(t, '13600002222')).accessToken, inReach: false },
      { name: 'the station’s mediator', role: 'mediator', token: m.token, inReach: true },
      { name: 'the station’s admin', role: 'station_admin', token: (await sign('station_admin', courier)).token, inReach: true },
      { name: 'the outlet’s mediator', role: 'mediator', token: (await sign('mediator', outlet)).token, inReach: false },
      { name: 'another station’s mediator', role: 'mediator', token: (await sign('mediator', other)).token, inReach: false },
      { name: 'the supervisor', role: 'supervisor', token: (await sign('supervisor', centre)).token, inReach: true },
      { name: 'an arbitrator', role: 'arbitrator', token: (await sign('arbitrator', arb)).token, inReach: false },
      { name: 'a legal-aid lawyer (no legal aid asked)', role: 'legal_aid_lawyer', token: lawyer.token, inReach: false },
      { name: 'the system admin', role: 'system_admin', token: (await sign('system_admin', null)).token, inReach: true },
    );
  });
  afterAll(() => t.close());

  const today = () => chinaDate(new Date());
  const bodies = (): Record<string, object> => ({
    reject: { reason: '测试' },
    record_failure: { reason: '测试' },
    transfer: { toStationId: ids.other, reason: '测试' },
    dispatch: { outletId: ids.outlet },
    flag_urgent: { reason: '测试', participants: [{ role: 'arbitrator', name: '张仲裁' }], plan: '一案一策：先行垫付工资，再追偿平台合作方。' },
    record_agreement: { items: [{ type: 'unpaid_wages', amountYuan: '1000', payer: '某公司' }], effectiveOn: today(), dueDate: today(), paymentMethod: 'bank_transfer' },
    outlet_settled: { items: [{ type: 'unpaid_wages', amountYuan: '1000', payer: '某公司' }], effectiveOn: today(), dueDate: today(), paymentMethod: 'bank_transfer' },
    record_performance: { paidYuan: '1000', paidOn: today() },
    assign_lawyer: { lawyerId: ids.lawyer },
    record_confirmation: { authority: '鹿城区人民法院', documentNumber: '(2026)浙0302民特1号', decidedOn: today() },
    confirmation_refused: { authority: '鹿城区人民法院', documentNumber: '(2026)浙0302民特2号', decidedOn: today() },
    record_enforcement: { court: '鹿城区人民法院', appliedOn: today() },
    schedule_session: { startsAt: new Date(Date.now() + 86400_000).toISOString(), mode: 'online', link: 'https://meeting.example.cn/r/1', attendees: [{ side: 'worker', name: '权限测试' }] },
    record_attendance: { sessionId: randomUUID(), present: [] },
    sign_agreement: { signatureEvidenceId: randomUUID() },
    request_confirmation: { route: 'judicial_confirmation' },
  });
  const url = (id: string, action: string) =>
    WORKER_GENERIC.includes(action) || WORKER_SPECIAL.includes(action) ? `/api/cases/${id}/actions/${action}` : `/api/admin/cases/${id}/actions/${action}`;

  async function caseIn(status: CaseStatus): Promise<string> {
    const res = await t.api('POST', '/api/cases', { token: owner, body: claim(), headers: { 'idempotency-key': randomUUID() } });
    expect(res.status).toBe(201);
    const id = res.body.case.id;
    const steps: Record<string, [string, object][]> = {
      submitted: [],
      accepted: [['accept', {}]],
      mediating: [['accept', {}], ['start_mediation', {}]],
      mediation_failed: [['accept', {}], ['start_mediation', {}], ['record_failure', { reason: '对方拒绝' }]],
      agreement: [['accept', {}], ['start_mediation', {}], ['record_agreement', bodies().record_agreement!]],
    };
    for (const [action, body] of steps[status]!) expect((await t.api('POST', url(id, action), { token: mediator, body })).status).toBe(200);
    return id;
  }

  it.each(['submitted', 'accepted', 'mediating', 'mediation_failed', 'agreement'] as CaseStatus[])('on a case that is %s', async (status) => {
    const id = await caseIn(status);
    const repo = t.app.db.getRepository(CaseEntity);
    const before = await repo.findOneByOrFail({ id });
    const tried: string[] = [];
    for (const u of users) {
      for (const action of CASE_ACTIONS as CaseAction[]) {
        const tableAllows = (ACTION_ROLES[action] as readonly Role[]).includes(u.role);
        if (u.inReach && tableAllows) continue; // may be allowed in this status: the scenario tests cover those
        const res = await t.api('POST', url(id, action), { token: u.token, body: bodies()[action] ?? {} });
        tried.push(`${u.name} ${action} → ${res.status} ${res.body?.code ?? ''}`);
        expect({ who: u.name, action, status: [403, 404, 409].includes(res.status) ? 'refused' : res.status, body: [403, 404, 409].includes(res.status) ? null : res.body }).toEqual({ who: u.name, action, status: 'refused', body: null });
      }
    }
    const after = await repo.findOneByOrFail({ id });
    expect({ status: after.status, version: after.version, urgent: after.urgent, stationId: after.stationId, lawyerId: after.lawyerId }).toEqual({
      status: before.status,
      version: before.version,
      urgent: before.urgent,
      stationId: before.stationId,
      lawyerId: before.lawyerId,
    });
    expect(tried.length).toBeGreaterThan(150);
    // Also by status for the ones the table allows a role but not now: 409 naming the status.
    const wrongNow = await t.api('POST', url(id, status === 'submitted' ? 'start_mediation' : 'accept'), { token: mediator, body: {} });
    expect(wrongNow.status).toBe(409);
    expect(wrongNow.body.details.status).toBe(status);
  });
});

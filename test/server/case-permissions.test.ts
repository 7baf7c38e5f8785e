import { randomUUID } from 'node:crypto';
import {
  ACTIONS,
  CASE_ACTIONS,
  OUTLET_SHARING_CONSENT,
  STAFF_ACTIONS,
  SYSTEM_ACTIONS,
  WORKER_ACTIONS,
  chinaDate,
  decide,
  type CaseAction,
  type CaseStatus,
  type Relation,
  type Role,
} from '@gig/shared';
import { Value } from '@sinclair/typebox/value';
import { CaseEntity, CaseEventEntity } from '@gig/server/entities';
import { registerFormats } from '../../miniapp/src/validation';
import { factsOf } from '@gig/server/services/cases/facts';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { actionBody, agreement, claim, png, unsignedAgreement, type BodyIds } from '../factories';
import { centreAndCourier } from '../factories/stations';

/**
 * The actions table × every kind of user (roles and relations to the case) × a sample of
 * statuses, against the real API. For each (user, action) the shared `decide` says what should
 * happen, and the server must agree: what it allows is accepted (on a fresh copy of the case),
 * what it refuses is refused with the matching answer — 404 outside the user's reach, 403 for an
 * action that is not theirs, 409 naming the status, or 409 with the guard's own code — and every
 * refusal changes nothing. The case view's `allowedActions` must be exactly what `decide` allows.
 */
interface User {
  name: string;
  role: Role;
  token: string;
  /** Who they are to the case in each status of the sample. */
  relations: (status: CaseStatus) => Relation[];
}

const STATUSES: CaseStatus[] = [
  'submitted',
  'accepted',
  'dispatched',
  'mediating',
  'mediation_failed',
  'agreement',
  'defaulted',
  'confirmation_requested',
  'payment_order',
  'transferred_to_arbitration',
  'arbitration_accepted',
];
const AT_INSTITUTION: CaseStatus[] = ['transferred_to_arbitration', 'arbitration_accepted'];
/** Relations at the mediation station, and once the case is at the arbitration institution. */
const stage =
  (atStation: Relation[], atInstitution = atStation) =>
  (s: CaseStatus) =>
    AT_INSTITUTION.includes(s) ? atInstitution : atStation;
/** The respondent's outlet: only the dispatched case in the sample went there. */
const outletSide = (s: CaseStatus): Relation[] =>
  s === 'dispatched' ? ['dispatched_outlet', 'respondent_outlet'] : [];
const WORKER_PHONE = '13600001111';

// TypeBox's Value checks need the formats and the shared string enums registered (ajv knows them already).
registerFormats();

describe('the actions table and the server agree, for every role and relation', () => {
  let t: TestApp;
  const users: User[] = [];
  let owner: string;
  let mediator: string;
  let arbitrator: string;
  const ids: BodyIds = {};

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    const outlet = await t.station({
      code: 'WZ-OUTLET',
      kind: 'outlet',
      industries: ['courier'],
      areaCode: '330302',
      parentId: courier.id,
      organisation: '某快递',
    });
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
    Object.assign(ids, { outlet: outlet.id, otherStation: other.id, lawyer: lawyer.id });
    owner = (await signInWorker(t, WORKER_PHONE)).accessToken;
    const u = (name: string, role: Role, token: string, relations: User['relations'] = stage([])) =>
      users.push({ name, role, token, relations });
    u('the worker who filed it', 'worker', owner, stage(['claimant']));
    u('another worker', 'worker', (await signInWorker(t, '13600002222')).accessToken);
    u('the station’s mediator', 'mediator', m.token, stage(['handling_station'], []));
    const admin = (await sign('station_admin', courier)).token;
    u('the station’s admin', 'station_admin', admin, stage(['handling_station'], []));
    u('the respondent outlet’s manager', 'outlet_manager', (await sign('outlet_manager', outlet)).token, outletSide);
    u('another station’s mediator', 'mediator', (await sign('mediator', other)).token);
    u('the supervisor', 'supervisor', (await sign('supervisor', centre)).token, stage(['citywide']));
    arbitrator = (await sign('arbitrator', arb)).token;
    u('the arbitrator of the institution', 'arbitrator', arbitrator, stage([], ['handling_station']));
    u('a legal-aid lawyer (legal aid asked)', 'legal_aid_lawyer', lawyer.token, stage(['legal_aid_desk']));
    const desk = (await sign('station_admin', aid)).token;
    u('the legal-aid station’s admin', 'station_admin', desk, stage(['legal_aid_desk']));
    u('the system admin', 'system_admin', (await sign('system_admin', null)).token, stage(['citywide']));
  });
  afterAll(() => t.close());

  /** Whether the action is on this user's API (the worker's, or the staff's). */
  const onSide = (role: Role, action: CaseAction) =>
    (role === 'worker' ? WORKER_ACTIONS : STAFF_ACTIONS).includes(action);
  /** The user's own side when the action is there, else the side it is on (the server's own: neither). */
  const url = (id: string, action: CaseAction, role: Role) => {
    const worker = onSide(role, action) ? role === 'worker' : WORKER_ACTIONS.includes(action);
    return `${worker ? '/api/cases' : '/api/admin/cases'}/${id}/actions/${action}`;
  };

  /** A legal-aid courier claim moved to `status` by the station's mediator. */
  async function caseIn(status: CaseStatus): Promise<string> {
    const res = await t.api('POST', '/api/cases', {
      token: owner,
      body: claim({
        claimant: { name: '权限测试', idNumber: '11010519491231002X', phone: WORKER_PHONE },
        legalAid: true,
        outletConsent: OUTLET_SHARING_CONSENT.version,
      }),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    const id = res.body.case.id;
    const steps: Record<string, [CaseAction, object][]> = {
      submitted: [],
      accepted: [['accept', {}]],
      dispatched: [
        ['accept', {}],
        ['dispatch', { outletId: ids.outlet }],
      ],
      mediating: [
        ['accept', {}],
        ['start_mediation', {}],
      ],
      mediation_failed: [
        ['accept', {}],
        ['start_mediation', {}],
        ['record_failure', { reason: '对方拒绝' }],
      ],
      agreement: [
        ['accept', {}],
        ['start_mediation', {}],
        // To be signed in the app: the signing actions are open, the ones after it are not yet.
        ['record_agreement', unsignedAgreement()],
      ],
    };
    // An agreement all signed on paper, then not paid: the court steps.
    steps.defaulted = [...steps.mediating!, ['record_agreement', agreement()], ['record_default', {}]];
    steps.confirmation_requested = [...steps.defaulted, ['request_confirmation', { route: 'judicial_confirmation' }]];
    steps.payment_order = [...steps.defaulted, ['apply_payment_order', {}]];
    steps.transferred_to_arbitration = [...steps.mediation_failed!, ['request_arbitration', {}]];
    steps.arbitration_accepted = [
      ...steps.transferred_to_arbitration,
      ['accept_arbitration', actionBody('accept_arbitration')],
    ];
    for (const [action, body] of steps[status]!) {
      // The institution's own step is the arbitrator's; the worker's are the worker's.
      const [role, token]: [Role, string] = WORKER_ACTIONS.includes(action)
        ? ['worker', owner]
        : [
            action === 'accept_arbitration' ? 'arbitrator' : 'mediator',
            action === 'accept_arbitration' ? arbitrator : mediator,
          ];
      expect((await t.api('POST', url(id, action, role), { token, body })).status).toBe(200);
    }
    return id;
  }

  /** What the shared table decides for this user on this case as the database has it now. */
  async function expected(id: string, u: User, action: CaseAction) {
    const c = await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
    const sessions = await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: id, action: 'schedule_session' });
    const relations = u.relations(c.status);
    return decide(factsOf(c, sessions, chinaDate(new Date())), { role: u.role, relations }, action);
  }

  /** A body the effect accepts too, for the actions that need something on the case first. */
  async function bodyFor(id: string, action: CaseAction, accepted = false): Promise<Record<string, unknown>> {
    const c = await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
    const textSha256 = c.agreement?.textSha256;
    if ((action === 'record_signature' || action === 'consent_confirmation') && accepted) {
      const scan = await t.upload(
        `/api/admin/cases/${id}/evidence`,
        mediator,
        png(Math.floor(Math.random() * 60000)),
        'signed.png',
      );
      return actionBody(action, { ...ids, textSha256, scan: scan.body.id });
    }
    return actionBody(action, { ...ids, textSha256 });
  }

  it.each(STATUSES)('on a case that is %s', async (status) => {
    const id = await caseIn(status);
    const repo = t.app.db.getRepository(CaseEntity);
    const before = await repo.findOneByOrFail({ id });
    const events = await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: id });
    const accepted: [User, CaseAction][] = [];
    let refusals = 0;
    for (const u of users) {
      const view = await t.api('GET', `/api/${u.role === 'worker' ? '' : 'admin/'}cases/${id}`, { token: u.token });
      const readable = u.relations(status).length > 0;
      expect({ who: u.name, status: view.status }).toEqual({ who: u.name, status: readable ? 200 : 404 });
      // The lists narrow by the same relations in SQL: the case is in this user's list exactly when they may read it.
      const list = await t.api('GET', u.role === 'worker' ? '/api/cases' : '/api/admin/cases?limit=100', {
        token: u.token,
      });
      const listed = (list.body.items as { id: string }[]).some((c) => c.id === id);
      expect({ who: u.name, listed }).toEqual({ who: u.name, listed: readable });
      const allowed: CaseAction[] = [];
      for (const action of CASE_ACTIONS) {
        const d = await expected(id, u, action);
        if (d.allowed) {
          allowed.push(action);
          accepted.push([u, action]);
          continue;
        }
        refusals++;
        const res = await t.api('POST', url(id, action, u.role), { token: u.token, body: await bodyFor(id, action) });
        // The other side's API is not this user's at all (a worker on the staff API, staff on the worker's);
        // the server's own actions have no route.
        const want = SYSTEM_ACTIONS.includes(action)
          ? [404, 'NOT_FOUND']
          : !onSide(u.role, action)
            ? [403, 'FORBIDDEN']
            : !readable
              ? [404, 'NOT_FOUND']
              : d.refusal === 'actor'
                ? [403, 'FORBIDDEN']
                : d.refusal === 'status'
                  ? [409, 'INVALID_TRANSITION']
                  : [409, d.refusal];
        expect({ who: u.name, action, got: [res.status, res.body?.code] }).toEqual({ who: u.name, action, got: want });
      }
      if (readable)
        expect({ who: u.name, allowed: [...view.body.allowedActions].sort() }).toEqual({
          who: u.name,
          allowed: allowed.sort(),
        });
    }
    const after = await repo.findOneByOrFail({ id });
    expect({
      status: after.status,
      version: after.version,
      urgent: after.urgent,
      stationId: after.stationId,
      lawyerId: after.lawyerId,
    }).toEqual({
      status: before.status,
      version: before.version,
      urgent: before.urgent,
      stationId: before.stationId,
      lawyerId: before.lawyerId,
    });
    expect(await t.app.db.getRepository(CaseEventEntity).countBy({ caseId: id })).toBe(events);
    expect(refusals).toBeGreaterThan(250);

    // What the table allows, the server accepts: each on a fresh case in the same status.
    for (const [u, action] of accepted) {
      const fresh = await caseIn(status);
      const res = await t.api('POST', url(fresh, action, u.role), {
        token: u.token,
        body: await bodyFor(fresh, action, true),
      });
      expect({ who: u.name, action, status: res.status, code: res.body?.code }).toEqual({
        who: u.name,
        action,
        status: 200,
        code: undefined,
      });
      // What the event recorded is what the actions table says the action records.
      const [event] = await t.app.db
        .getRepository(CaseEventEntity)
        .find({ where: { caseId: fresh }, order: { seq: 'DESC' }, take: 1 });
      const errors = [...Value.Errors(ACTIONS[action].data, event!.data)].map((e) => `${e.path} ${e.message}`);
      expect({ action, event: event!.action, errors }).toEqual({ action, event: action, errors: [] });
    }
  });
});

import {
  ACTION_ROLES,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  ROLE,
  TERMINAL_STATUSES,
  allowedActions,
  transition,
  type CaseAction,
  type CaseStatus,
  type Role,
} from '@gig/shared';

/**
 * The lifecycle written out by hand from product.md, so that a change to the table in shared/
 * must be made here too, on purpose. `=` means the status stays.
 */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus | '='>>> = {
  submitted: { accept: 'accepted', reject: 'rejected', transfer: '=', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  accepted: { transfer: 'submitted', dispatch: 'dispatched', start_mediation: 'mediating', record_failure: 'mediation_failed', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  dispatched: { outlet_settled: 'agreement', take_back: 'accepted', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  mediating: {
    schedule_session: '=',
    record_attendance: '=',
    record_agreement: 'agreement',
    record_failure: 'mediation_failed',
    request_arbitration: 'transferred_to_arbitration',
    withdraw: 'withdrawn',
    flag_urgent: '=',
    clear_urgent: '=',
    assign_lawyer: '=',
  },
  agreement: {
    sign_agreement: '=',
    record_performance: 'performed',
    confirm_receipt: 'performed',
    record_default: 'defaulted',
    report_non_payment: 'defaulted',
    request_confirmation: 'confirmation_requested',
    withdraw: 'withdrawn',
    flag_urgent: '=',
    clear_urgent: '=',
    assign_lawyer: '=',
  },
  defaulted: {
    record_performance: 'performed',
    confirm_receipt: 'performed',
    request_confirmation: 'confirmation_requested',
    request_arbitration: 'transferred_to_arbitration',
    withdraw: 'withdrawn',
    flag_urgent: '=',
    clear_urgent: '=',
    assign_lawyer: '=',
  },
  confirmation_requested: { record_confirmation: 'confirmed', confirmation_refused: 'mediation_failed', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  confirmed: { record_performance: 'performed', confirm_receipt: 'performed', record_enforcement: 'enforcement', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  enforcement: { record_performance: 'performed', confirm_receipt: 'performed', close: 'closed', flag_urgent: '=', clear_urgent: '=' },
  mediation_failed: { request_arbitration: 'transferred_to_arbitration', close: 'closed', withdraw: 'withdrawn', flag_urgent: '=', clear_urgent: '=', assign_lawyer: '=' },
  performed: { close: 'closed' },
  transferred_to_arbitration: { close: 'closed' },
  rejected: {},
  withdrawn: {},
  closed: {},
};

const WORKER_ACTIONS: CaseAction[] = ['sign_agreement', 'confirm_receipt', 'report_non_payment', 'request_confirmation', 'request_arbitration', 'withdraw'];

const rows = CASE_STATUSES.flatMap((status) =>
  Object.entries(EXPECTED[status]).map(([action, to]) => ({ status, action: action as CaseAction, to: to === '=' ? status : (to as CaseStatus) })),
);

describe('the case lifecycle table', () => {
  it('covers exactly the statuses of the product', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(CASE_STATUSES)('in "%s" exactly the expected actions are open', (status) => {
    expect(Object.keys(CASE_TRANSITIONS[status]).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it.each(rows)('$status --$action--> $to, for a role allowed to act', ({ status, action, to }) => {
    const role = ACTION_ROLES[action][0]!;
    expect(transition(status, action, role)).toEqual({ ok: true, from: status, to });
  });

  it.each(rows)('$status --$action--> refused for every role not allowed to act', ({ status, action }) => {
    for (const role of ROLE.values.filter((r) => !ACTION_ROLES[action].includes(r))) {
      const r = transition(status, action, role);
      expect(r).toMatchObject({ ok: false, reason: 'role_not_allowed', status });
    }
  });

  it.each(CASE_STATUSES)('in "%s" an action that is not open is refused, naming what is allowed', (status) => {
    for (const action of CASE_ACTIONS.filter((a) => !(a in EXPECTED[status]))) {
      for (const role of ACTION_ROLES[action]) {
        const r = transition(status, action, role);
        expect(r).toEqual({ ok: false, reason: 'action_not_allowed_in_status', status, allowed: allowedActions(status, role) });
      }
    }
  });
});

describe('who does what', () => {
  it('a mediator accepts a submitted claim', () => {
    expect(transition('submitted', 'accept', 'mediator')).toEqual({ ok: true, from: 'submitted', to: 'accepted' });
  });

  it('a worker cannot accept their own claim', () => {
    expect(transition('submitted', 'accept', 'worker')).toMatchObject({ ok: false, reason: 'role_not_allowed', allowed: ['withdraw'] });
  });

  it('only the worker signs the agreement, confirms payment, asks for confirmation or arbitration, or withdraws', () => {
    for (const action of WORKER_ACTIONS) expect(ACTION_ROLES[action]).toEqual(['worker']);
    for (const action of CASE_ACTIONS.filter((a) => !WORKER_ACTIONS.includes(a))) expect(ACTION_ROLES[action]).not.toContain('worker');
  });

  it('an association station dispatches to an outlet and takes it back when the outlet cannot settle', () => {
    expect(transition('accepted', 'dispatch', 'mediator')).toMatchObject({ ok: true, to: 'dispatched' });
    expect(transition('dispatched', 'take_back', 'mediator')).toMatchObject({ ok: true, to: 'accepted' });
  });

  it('after a failed mediation the worker, not the station, sends the case to arbitration', () => {
    expect(transition('mediation_failed', 'request_arbitration', 'worker')).toMatchObject({ ok: true, to: 'transferred_to_arbitration' });
    expect(transition('mediation_failed', 'request_arbitration', 'mediator')).toMatchObject({ ok: false, reason: 'role_not_allowed' });
  });

  it('an unpaid agreement goes to confirmation and enforcement, and the arbitrator may record both', () => {
    expect(transition('agreement', 'report_non_payment', 'worker')).toMatchObject({ ok: true, to: 'defaulted' });
    expect(transition('defaulted', 'request_confirmation', 'worker')).toMatchObject({ ok: true, to: 'confirmation_requested' });
    expect(transition('confirmation_requested', 'record_confirmation', 'arbitrator')).toMatchObject({ ok: true, to: 'confirmed' });
    expect(transition('confirmed', 'record_enforcement', 'arbitrator')).toMatchObject({ ok: true, to: 'enforcement' });
  });

  it('the urgent joint consultation is a flag, not a status', () => {
    expect(transition('mediating', 'flag_urgent', 'supervisor')).toEqual({ ok: true, from: 'mediating', to: 'mediating' });
  });

  it('the worker sees only their own actions offered', () => {
    expect(allowedActions('agreement', 'worker').sort()).toEqual(['confirm_receipt', 'report_non_payment', 'request_confirmation', 'sign_agreement', 'withdraw']);
    expect(allowedActions('agreement', 'mediator')).not.toContain('sign_agreement');
  });
});

describe('the shape of the lifecycle', () => {
  const next = (s: CaseStatus) => Object.values(CASE_TRANSITIONS[s]).map((t) => (t === 'same' ? s : t));

  it('rejected, withdrawn and closed are the end: nothing is allowed there', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['closed', 'rejected', 'withdrawn']);
    for (const s of TERMINAL_STATUSES) for (const r of ROLE.values as Role[]) expect(allowedActions(s, r)).toEqual([]);
  });

  it('every status can be reached from a new claim', () => {
    const seen = new Set<CaseStatus>(['submitted']);
    const queue: CaseStatus[] = ['submitted'];
    while (queue.length) for (const n of next(queue.shift()!)) if (!seen.has(n)) seen.add(n), queue.push(n);
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('every open status can still reach an end', () => {
    for (const start of CASE_STATUSES) {
      const seen = new Set<CaseStatus>([start]);
      const queue = [start];
      while (queue.length) for (const n of next(queue.shift()!)) if (!seen.has(n)) seen.add(n), queue.push(n);
      expect({ start, ends: [...seen].some((s) => TERMINAL_STATUSES.includes(s)) }).toEqual({ start, ends: true });
    }
  });

  it('the worker can withdraw from every open status before the agreement is performed or the case leaves mediation', () => {
    for (const s of ['submitted', 'accepted', 'dispatched', 'mediating', 'agreement', 'defaulted', 'confirmation_requested', 'confirmed', 'mediation_failed'] as CaseStatus[]) {
      expect({ s, ok: transition(s, 'withdraw', 'worker').ok }).toEqual({ s, ok: true });
    }
  });
});

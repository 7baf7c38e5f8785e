import {
  ACTIONS,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  OUTLET_STAGES,
  TERMINAL_STATUSES,
  WORKER_ACTIONS,
  nextStatus,
  type CaseAction,
  type CaseStatus,
} from '@gig/shared';

import { EXPECTED } from './case-status.expected';

const rows = CASE_STATUSES.flatMap((status) =>
  Object.entries(EXPECTED[status]).map(([action, to]) => ({
    status,
    action: action as CaseAction,
    to: to === '=' ? status : (to as CaseStatus),
  })),
);

describe('the case lifecycle table', () => {
  it('covers exactly the statuses of the product', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(CASE_STATUSES)('in "%s" exactly the expected actions are open', (status) => {
    expect(Object.keys(CASE_TRANSITIONS[status]).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it.each(rows)('$status --$action--> $to', ({ status, action, to }) => {
    expect(nextStatus(status, action)).toBe(to);
  });

  it.each(CASE_STATUSES)('in "%s" an action that is not open leads nowhere', (status) => {
    for (const action of CASE_ACTIONS.filter((a) => !(a in EXPECTED[status])))
      expect({ action, to: nextStatus(status, action) }).toEqual({ action, to: null });
  });

  it('every action has an entry in the actions table, and every entry is an action', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...CASE_ACTIONS].sort());
  });

  it('only the worker decides on the outlet’s offer, signs the agreement (with the respondent), confirms payment, asks for confirmation or arbitration, withdraws, or answers the follow-up', () => {
    expect([...WORKER_ACTIONS].sort()).toEqual([
      'accept_proposal',
      'apply_payment_order',
      'confirm_receipt',
      'confirm_resolved',
      'decline_proposal',
      'report_non_payment',
      'report_unresolved',
      'request_arbitration',
      'request_confirmation',
      'request_legal_aid',
      'sign_agreement',
      'withdraw',
    ]);
  });

  it('consent to the outlet matters until the case has been at the outlet', () => {
    expect([...OUTLET_STAGES].sort()).toEqual(['accepted', 'dispatched', 'submitted']);
  });
});

describe('the shape of the lifecycle', () => {
  const next = (s: CaseStatus) => Object.values(CASE_TRANSITIONS[s]).map((t) => (t === 'same' ? s : t));

  it('rejected, withdrawn and closed are the end: nothing is allowed there but the answer to the follow-up after closing', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['closed', 'rejected', 'withdrawn']);
    const afterEnd: CaseAction[] = ['confirm_resolved', 'report_unresolved'];
    for (const s of TERMINAL_STATUSES)
      for (const a of CASE_ACTIONS) if (!afterEnd.includes(a)) expect(nextStatus(s, a)).toBeNull();
    expect(nextStatus('closed', 'report_unresolved')).toBe('accepted');
    expect(nextStatus('withdrawn', 'report_unresolved')).toBeNull();
  });

  it('every status can be reached from a new claim', () => {
    const seen = new Set<CaseStatus>(['submitted']);
    const queue: CaseStatus[] = ['submitted'];
    while (queue.length) {
      for (const n of next(queue.shift()!)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('every open status can still reach an end', () => {
    for (const start of CASE_STATUSES) {
      const seen = new Set<CaseStatus>([start]);
      const queue = [start];
      while (queue.length) {
        for (const n of next(queue.shift()!)) {
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      expect({ start, ends: [...seen].some((s) => TERMINAL_STATUSES.includes(s)) }).toEqual({ start, ends: true });
    }
  });

  it('the worker can withdraw from every open status before the agreement is performed or the case leaves mediation', () => {
    for (const s of [
      'submitted',
      'accepted',
      'dispatched',
      'mediating',
      'agreement',
      'defaulted',
      'confirmation_requested',
      'confirmed',
      'mediation_failed',
    ] as CaseStatus[]) {
      expect({ s, to: nextStatus(s, 'withdraw') }).toEqual({ s, to: 'withdrawn' });
    }
  });
});

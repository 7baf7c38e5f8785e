import {
  ACTIONS,
  CASE_ACTIONS,
  ERRORS,
  availableActions,
  decide,
  offeredActions,
  type CaseAction,
  type CaseFacts,
  type CaseStatus,
  type Relation,
  type Role,
} from '@gig/shared';

/** A case on 2026-06-01 whose facts pass every guard, unless a test says otherwise. */
const facts = (status: CaseStatus, over: Partial<CaseFacts> = {}): CaseFacts => ({
  status,
  urgent: false,
  legalAid: true,
  lawyerAssigned: true,
  notesSharedWithLawyer: false,
  outletConsent: true,
  awardExtended: false,
  agreementInEffect: true,
  proposal: false,
  confirmationJoint: true,
  paymentOrderEligible: true,
  paymentOrder: 'none',
  sessions: 1,
  deadlines: [
    { kind: 'mediation_window', due: '2026-05-20' },
    { kind: 'judicial_confirmation', due: '2026-06-30' },
    { kind: 'arbitration_review', due: '2026-06-15' },
  ],
  today: '2026-06-01',
  ...over,
});
const mediator = { role: 'mediator' as Role, relations: ['handling_station'] as Relation[] };
const worker = { role: 'worker' as Role, relations: ['claimant'] as Relation[] };

describe('the actions table', () => {
  it.each(CASE_ACTIONS)(
    '%s: its body takes the reason as its rule says, and the status the client saw',
    (action: CaseAction) => {
      const body = ACTIONS[action].body as unknown as { properties: Record<string, unknown>; required?: string[] };
      expect(body.properties).toHaveProperty('reason');
      expect(body.properties).toHaveProperty('expectedStatus');
      expect((body.required ?? []).includes('reason')).toBe(ACTIONS[action].reason === 'required');
    },
  );

  it.each(CASE_ACTIONS)('%s: every refusal code has words in both languages', (action: CaseAction) => {
    for (const g of ACTIONS[action].guards) expect(ERRORS[g.code].status).toBe(409);
  });

  it('a reason is required to reject, fail, take back or give back, transfer, change an agreement, refuse a confirmation or an arbitration application, extend the award time, flag urgent or say a closed case was not resolved, and for nothing else', () => {
    const required = CASE_ACTIONS.filter((a) => ACTIONS[a].reason === 'required').sort();
    expect(required).toEqual([
      'amend_agreement',
      'confirmation_refused',
      'decline_legal_aid',
      'extend_award',
      'flag_urgent',
      'outlet_return',
      'record_failure',
      'refuse_arbitration',
      'reject',
      'report_unresolved',
      'take_back',
      'transfer',
    ]);
  });
});

describe('deciding an action', () => {
  it('a mediator of the handling station accepts a submitted claim', () => {
    expect(decide(facts('submitted'), mediator, 'accept')).toEqual({ action: 'accept', allowed: true, to: 'accepted' });
  });

  it('a mediator of another station has no relation to the case: not theirs to take', () => {
    expect(decide(facts('submitted'), { role: 'mediator', relations: [] }, 'accept')).toMatchObject({
      allowed: false,
      refusal: 'actor',
    });
  });

  it('the legal-aid desk may assign a lawyer or decline, and nothing else', () => {
    const desk = { role: 'station_admin' as Role, relations: ['legal_aid_desk'] as Relation[] };
    const allowed = availableActions(facts('submitted', { lawyerAssigned: false }), desk)
      .filter((d) => d.allowed)
      .map((d) => d.action);
    expect(allowed).toEqual(['decline_legal_aid', 'assign_lawyer']);
  });

  it('the worker cannot accept their own claim, and may withdraw it', () => {
    expect(decide(facts('submitted'), worker, 'accept')).toMatchObject({ allowed: false, refusal: 'actor' });
    expect(decide(facts('submitted'), worker, 'withdraw')).toMatchObject({ allowed: true, to: 'withdrawn' });
  });

  it('an action the status does not allow is refused by status', () => {
    expect(decide(facts('closed'), mediator, 'accept')).toMatchObject({ allowed: false, refusal: 'status' });
  });

  it('no dispatch without the worker’s separate consent (PIPL art 23)', () => {
    expect(decide(facts('accepted', { outletConsent: false }), mediator, 'dispatch')).toMatchObject({
      allowed: false,
      refusal: 'OUTLET_CONSENT_REQUIRED',
    });
    expect(decide(facts('accepted'), mediator, 'dispatch')).toMatchObject({ allowed: true, to: 'dispatched' });
  });

  it('arbitration from mediation only once the 15-day window has passed (LDMAL art 14); after a failure at once', () => {
    const open = facts('mediating', { deadlines: [{ kind: 'mediation_window', due: '2026-06-01' }] });
    expect(decide(open, worker, 'request_arbitration')).toMatchObject({
      allowed: false,
      refusal: 'MEDIATION_WINDOW_OPEN',
    });
    expect(decide(facts('mediating'), worker, 'request_arbitration')).toMatchObject({ allowed: true });
    expect(decide({ ...open, status: 'mediation_failed' }, worker, 'request_arbitration')).toMatchObject({
      allowed: true,
    });
  });

  it('confirmation only while a window is open', () => {
    const closed = facts('agreement', {
      deadlines: [
        { kind: 'judicial_confirmation', due: '2026-05-31' },
        { kind: 'arbitration_review', due: '2026-05-15' },
      ],
    });
    expect(decide(closed, worker, 'request_confirmation')).toMatchObject({
      allowed: false,
      refusal: 'CONFIRMATION_WINDOW_CLOSED',
    });
    expect(decide(facts('agreement'), worker, 'request_confirmation')).toMatchObject({ allowed: true });
    // Nor before the last signature: until then it binds no one.
    expect(decide(facts('agreement', { agreementInEffect: false }), worker, 'request_confirmation')).toMatchObject({
      allowed: false,
      refusal: 'AGREEMENT_NOT_IN_EFFECT',
    });
  });

  it('the urgent flag is set only when clear and cleared only when set', () => {
    expect(decide(facts('mediating'), mediator, 'clear_urgent')).toMatchObject({
      allowed: false,
      refusal: 'NOT_URGENT',
    });
    expect(decide(facts('mediating', { urgent: true }), mediator, 'flag_urgent')).toMatchObject({
      allowed: false,
      refusal: 'ALREADY_URGENT',
    });
  });

  it('attendance needs a session; notes are shared only with an assigned lawyer, once', () => {
    expect(decide(facts('mediating', { sessions: 0 }), mediator, 'record_attendance')).toMatchObject({
      refusal: 'NO_SESSION',
    });
    expect(decide(facts('mediating', { lawyerAssigned: false }), mediator, 'share_notes')).toMatchObject({
      refusal: 'NO_LAWYER',
    });
    expect(decide(facts('mediating', { notesSharedWithLawyer: true }), mediator, 'share_notes')).toMatchObject({
      refusal: 'NOTES_ALREADY_SHARED',
    });
  });

  it('a case view offers what is allowed and what a guard holds back, never what is not the user’s or not in this status', () => {
    const offered = offeredActions(
      facts('mediating', { deadlines: [{ kind: 'mediation_window', due: '2026-06-10' }] }),
      worker,
    );
    expect(offered).toEqual([
      { action: 'request_arbitration', refusal: 'MEDIATION_WINDOW_OPEN' },
      { action: 'withdraw', refusal: null },
    ]);
  });

  it('a flag that is not set is not offered for clearing, nor notes for sharing without a lawyer; a missing consent is explained', () => {
    const offered = offeredActions(facts('accepted', { lawyerAssigned: false, outletConsent: false }), mediator).map(
      (o) => `${o.action}:${o.refusal ?? 'ok'}`,
    );
    expect(offered).toContain('dispatch:OUTLET_CONSENT_REQUIRED');
    expect(offered).toContain('flag_urgent:ok');
    for (const hidden of ['clear_urgent', 'share_notes', 'unshare_notes']) {
      expect(offered.some((o) => o.startsWith(`${hidden}:`))).toBe(false);
    }
  });
});

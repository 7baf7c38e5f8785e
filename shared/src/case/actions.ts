import type { Static } from '@sinclair/typebox';
import { ACTION_FIELDS as F, EVENT_DATA as D } from '../schemas/actions';
import { ARBITRATION_EVENT_DATA, ARBITRATION_FIELDS } from '../schemas/arbitration';
import {
  AT_STATION,
  CLAIMANT,
  CONFIRMING,
  STATION,
  STATION_OR_CITY,
  due,
  explained,
  guard,
  spec,
  type ActionSpec,
} from './action-spec';
import { ARBITRATION_ACTIONS } from './actions-arbitration';
import { windowOpen } from './facts';
import type { CaseAction } from './status';

export type { ActionSpec, Guard } from './action-spec';

/**
 * Everything about each case action, in one place: its body, what its event records, whether a
 * reason is required, who may take it (roles and relations to the case), the guards that decide
 * whether it is allowed now (pure functions of the case's facts, each with a stable refusal
 * code), danger, the notification it sends and, for the worker's actions, what it means.
 * The status → action → status table stays in status.ts. A mapped type: an action without an
 * entry does not compile. Adding an action is one entry here plus its effect on the server.
 */
export const ACTIONS = {
  accept: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: AT_STATION,
    notify: 'case_accepted',
    summary: 'Accept the claim',
  }),
  reject: spec({
    fields: F.none,
    data: D.none,
    reason: 'required',
    actors: AT_STATION,
    danger: true,
    notify: 'case_rejected',
    summary: 'Reject the claim (reason required)',
  }),
  transfer: spec({
    fields: F.transfer,
    data: D.transfer,
    reason: 'required',
    actors: STATION_OR_CITY,
    notify: 'case_transferred',
    summary: 'Transfer to another association or government station (reason required); it must accept the case again',
  }),
  dispatch: spec({
    fields: F.dispatch,
    data: D.dispatch,
    reason: 'optional',
    actors: AT_STATION,
    guards: [explained('OUTLET_CONSENT_REQUIRED', (f) => f.outletConsent)],
    summary:
      "Dispatch to one of the station's employer outlets for a quick settlement, with the worker's separate consent (PIPL art 23)",
  }),
  outlet_settled: spec({
    fields: F.agreement,
    data: D.agreement,
    reason: 'optional',
    actors: AT_STATION,
    notify: 'agreement_to_sign',
    summary: "Record the outlet's settlement (an agreement reached at the outlet)",
  }),
  take_back: spec({
    fields: F.none,
    data: D.takeBack,
    reason: 'required',
    actors: AT_STATION,
    summary: 'Take the case back from the outlet, which could not settle (reason required)',
  }),
  start_mediation: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: AT_STATION,
    summary: 'Start mediating',
  }),
  schedule_session: spec({
    fields: F.session,
    data: D.session,
    reason: 'optional',
    actors: AT_STATION,
    notify: 'session_scheduled',
    summary: 'Schedule a mediation session: time, on site (address) or online (link), and who attends',
  }),
  record_attendance: spec({
    fields: F.attendance,
    data: D.attendance,
    reason: 'optional',
    actors: AT_STATION,
    guards: [guard('NO_SESSION', (f) => f.sessions > 0)],
    summary: 'Record who came to a session',
  }),
  record_agreement: spec({
    fields: F.agreement,
    data: D.agreement,
    reason: 'optional',
    actors: AT_STATION,
    notify: 'agreement_to_sign',
    summary:
      'Record the mediation agreement; opens the 30-day judicial-confirmation and 15-day arbitration-review windows and the agreed payment date',
  }),
  record_failure: spec({
    fields: F.none,
    data: D.none,
    reason: 'required',
    actors: AT_STATION,
    danger: true,
    summary: 'Record that mediation failed (reason required)',
  }),
  sign_agreement: spec({
    fields: F.signature,
    data: D.signature,
    reason: 'optional',
    actors: CLAIMANT,
    help: { 'zh-CN': '看清协议的金额和付款日期后签字。', en: 'Check the amounts and the pay-by date, then sign.' },
    summary:
      'Sign the agreement: upload the signature image to the case first (POST /api/cases/:id/evidence), then send its id',
  }),
  record_performance: spec({
    fields: F.performance,
    data: D.performance,
    reason: 'optional',
    actors: AT_STATION,
    summary: 'Record that the employer paid',
  }),
  record_default: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: AT_STATION,
    danger: true,
    summary: 'Record that the employer did not pay as agreed',
  }),
  confirm_receipt: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: CLAIMANT,
    help: { 'zh-CN': '钱已经全部到账时点这里。', en: 'Tap when all the money has arrived.' },
    summary: 'Confirm the agreed payment arrived',
  }),
  report_non_payment: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: CLAIMANT,
    danger: true,
    help: {
      'zh-CN': '过了付款日期还没收到钱，点这里告诉调解站。',
      en: 'The pay-by date passed and no money came: tell the station.',
    },
    summary: 'Report that the agreed payment did not arrive',
  }),
  request_confirmation: spec({
    fields: F.confirmationRequest,
    data: D.confirmationRequest,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [
      explained(
        'CONFIRMATION_WINDOW_CLOSED',
        (f) => windowOpen(f, 'judicial_confirmation') || windowOpen(f, 'arbitration_review'),
        (f) => ({
          closedAfter:
            [due(f, 'judicial_confirmation'), due(f, 'arbitration_review')].filter(Boolean).sort().pop() ?? null,
        }),
      ),
    ],
    help: {
      'zh-CN': '让法院或仲裁委确认协议，单位不付钱时可以申请强制执行。',
      en: 'Have a court or the arbitration body confirm the agreement, so it can be enforced.',
    },
    summary:
      'Ask for court judicial confirmation (within 30 days of the agreement) or arbitration review (within 15 days), so the agreement can be enforced',
  }),
  record_confirmation: spec({
    fields: F.confirmationOutcome,
    data: D.confirmationOutcome,
    reason: 'optional',
    actors: CONFIRMING,
    summary:
      'Record that the court (judicial confirmation) or the commission (arbitration review) confirmed the agreement',
  }),
  confirmation_refused: spec({
    fields: F.confirmationOutcome,
    data: D.confirmationOutcome,
    reason: 'required',
    actors: CONFIRMING,
    danger: true,
    summary:
      'Record that the confirmation was refused (reason required): the agreement does not hold, the case returns to failed mediation',
  }),
  record_enforcement: spec({
    fields: F.enforcement,
    data: D.enforcement,
    reason: 'optional',
    actors: CONFIRMING,
    summary: 'Record the application to the court for enforcement of a confirmed agreement',
  }),
  request_arbitration: spec({
    fields: ARBITRATION_FIELDS.request,
    data: ARBITRATION_EVENT_DATA.request,
    reason: 'optional',
    actors: CLAIMANT,
    // LDMAL art 14: without an agreement within 15 days of receipt, the worker may go to arbitration.
    guards: [
      explained(
        'MEDIATION_WINDOW_OPEN',
        (f) => f.status !== 'mediating' || !windowOpen(f, 'mediation_window'),
        (f) => ({ opensAfter: due(f, 'mediation_window') }),
      ),
    ],
    help: {
      'zh-CN': '把案件和全部材料转到劳动仲裁院，由仲裁来裁决。',
      en: 'Send the case and its whole file to labour arbitration for a ruling.',
    },
    notify: 'arbitration_filed',
    summary:
      'Apply for arbitration after a failed mediation, after a default, or once the 15-day mediation window has passed: the case and its whole file go to the institution with jurisdiction (art 21)',
  }),
  ...ARBITRATION_ACTIONS,
  withdraw: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: CLAIMANT,
    danger: true,
    help: {
      'zh-CN': '不再需要调解了，可以撤回。撤回后还可以重新申请。',
      en: 'No longer need mediation? Withdraw; you can file again later.',
    },
    summary: 'Withdraw the claim',
  }),
  flag_urgent: spec({
    fields: F.urgent,
    data: D.urgent,
    reason: 'required',
    actors: STATION_OR_CITY,
    guards: [guard('ALREADY_URGENT', (f) => !f.urgent)],
    summary:
      'Flag the urgent joint consultation (特事急诊): reason, participants and a written one-case plan. A flag, not a status.',
  }),
  clear_urgent: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: STATION_OR_CITY,
    guards: [guard('NOT_URGENT', (f) => f.urgent)],
    summary: 'Clear the urgent flag',
  }),
  assign_lawyer: spec({
    fields: F.lawyer,
    data: D.lawyer,
    reason: 'optional',
    actors: { roles: ['legal_aid_lawyer', 'station_admin', 'supervisor'], relations: ['legal_aid_desk', 'citywide'] },
    guards: [guard('LEGAL_AID_NOT_REQUESTED', (f) => f.legalAid)],
    summary: 'Assign a legal-aid lawyer (the legal-aid desk or the supervisor), when the worker asked for legal aid',
  }),
  share_notes: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: AT_STATION,
    guards: [
      guard('NO_LAWYER', (f) => f.lawyerAssigned),
      guard('NOTES_ALREADY_SHARED', (f) => !f.notesSharedWithLawyer),
    ],
    summary: "Let the assigned legal-aid lawyer read the station's internal notes",
  }),
  unshare_notes: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: AT_STATION,
    guards: [guard('NOTES_NOT_SHARED', (f) => f.notesSharedWithLawyer)],
    summary: 'Stop sharing the internal notes with the lawyer',
  }),
  close: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    actors: { roles: [...STATION, 'arbitrator', 'supervisor'], relations: ['handling_station', 'citywide'] },
    danger: true,
    notify: 'case_closed',
    summary: 'Close the case',
  }),
} satisfies { readonly [A in CaseAction]: ActionSpec };

/** The request body of an action, as its schema types it. */
export type ActionBody<A extends CaseAction> = Static<(typeof ACTIONS)[A]['body']>;
/** What an action's event records. */
export type ActionData<A extends CaseAction> = Static<(typeof ACTIONS)[A]['data']>;

import type { Static } from '@sinclair/typebox';
import { ACTION_FIELDS as F, EVENT_DATA as D } from '../schemas/actions';
import { ARBITRATION_EVENT_DATA, ARBITRATION_FIELDS } from '../schemas/arbitration';
import {
  AT_STATION,
  CLAIMANT,
  STATION,
  STATION_OR_CITY,
  due,
  explained,
  guard,
  spec,
  type ActionSpec,
} from './action-spec';
import { AFTER_END_ACTIONS } from './actions-after-end';
import { AGREEMENT_ACTIONS } from './actions-agreement';
import { ARBITRATION_ACTIONS } from './actions-arbitration';
import { OUTLET_ACTIONS } from './actions-outlet';
import { windowOpen } from './facts';
import type { CaseAction } from './status';

export type { ActionSpec, Guard } from './action-spec';
/** The station's own roles (mediators and its admins): who a station's notices go to. */
export { STATION as STATION_ROLES } from './action-spec';

/**
 * Everything about each case action, in one place: its body, what its event records, whether a
 * reason is required, who may take it (roles and relations to the case), the guards that decide
 * whether it is allowed now (pure functions of the case's facts, each with a stable refusal
 * code), danger, the notification it sends and, for the worker's actions, what it means.
 * The status → action → status table stays in status.ts. A mapped type: an action without an
 * entry does not compile. Adding an action is one entry here plus its effect on the server.
 */
/** The legal-aid desk (its lawyers and station staff) and the supervisor. */
const LEGAL_AID_DESK = {
  roles: ['legal_aid_lawyer', 'station_admin', 'supervisor'],
  relations: ['legal_aid_desk', 'citywide'],
} as const;

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
    notify: 'case_dispatched',
    summary:
      "Dispatch to the respondent's own outlet under the station for a quick settlement, with the worker's separate consent (PIPL art 23); the outlet has the station's set working days to answer",
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
    notify: 'outlet_returned',
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
  ...AGREEMENT_ACTIONS,
  request_arbitration: spec({
    fields: ARBITRATION_FIELDS.request,
    data: ARBITRATION_EVENT_DATA.request,
    reason: 'optional',
    actors: CLAIMANT,
    // LDMAL art 14: without an agreement within 15 days of receipt, the worker may go to arbitration.
    guards: [
      explained(
        'PAYMENT_ORDER_PENDING',
        (f) => f.status !== 'payment_order' || f.paymentOrder === 'objected' || f.paymentOrder === 'dismissed',
      ),
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
  ...OUTLET_ACTIONS,
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
  request_legal_aid: spec({
    fields: F.legalAidRequest,
    data: D.legalAidRequest,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [guard('LEGAL_AID_ALREADY_REQUESTED', (f) => !f.legalAid)],
    help: {
      'zh-CN': '请律师免费帮您（法律援助）。回答两个问题，法律援助站会尽快联系您。',
      en: 'Ask for a free lawyer (legal aid). Answer two questions and the legal-aid desk will contact you.',
    },
    summary: 'Ask for legal aid at any stage, with what the desk needs to know (hardship, the help asked for)',
  }),
  decline_legal_aid: spec({
    fields: F.none,
    data: D.none,
    reason: 'required',
    actors: LEGAL_AID_DESK,
    guards: [guard('LEGAL_AID_NOT_REQUESTED', (f) => f.legalAid), guard('LAWYER_ASSIGNED', (f) => !f.lawyerAssigned)],
    notify: 'legal_aid_declined',
    summary: 'The legal-aid desk declines the request, with its reason (the worker is told, and may ask again)',
  }),
  assign_lawyer: spec({
    fields: F.lawyer,
    data: D.lawyer,
    reason: 'optional',
    actors: LEGAL_AID_DESK,
    guards: [guard('LEGAL_AID_NOT_REQUESTED', (f) => f.legalAid)],
    notify: 'lawyer_assigned',
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
  ...AFTER_END_ACTIONS,
} satisfies { readonly [A in CaseAction]: ActionSpec };

/** The request body of an action, as its schema types it. */
export type ActionBody<A extends CaseAction> = Static<(typeof ACTIONS)[A]['body']>;
/** What an action's event records. */
export type ActionData<A extends CaseAction> = Static<(typeof ACTIONS)[A]['data']>;

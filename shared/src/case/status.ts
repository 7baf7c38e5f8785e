import type { LabelTable } from '../labels';
import type { Role, StaffRole } from '../enums';

/**
 * The case lifecycle (product.md "Case lifecycle"), one table for the server and both UIs.
 * Status changes happen only through an action listed for the current status below.
 */
export const CASE_STATUS_LABELS = {
  submitted: { 'zh-CN': '已提交，待受理', en: 'Submitted, awaiting acceptance' },
  accepted: { 'zh-CN': '已受理', en: 'Accepted' },
  rejected: { 'zh-CN': '不予受理', en: 'Rejected' },
  dispatched: { 'zh-CN': '已分派至企业网点', en: 'Dispatched to the employer outlet' },
  mediating: { 'zh-CN': '调解中', en: 'In mediation' },
  agreement: { 'zh-CN': '已达成调解协议', en: 'Agreement reached' },
  mediation_failed: { 'zh-CN': '调解不成', en: 'Mediation failed' },
  performed: { 'zh-CN': '协议已履行', en: 'Agreement performed' },
  defaulted: { 'zh-CN': '协议未履行', en: 'Agreement not performed' },
  confirmation_requested: { 'zh-CN': '已申请仲裁审查/司法确认', en: 'Confirmation requested' },
  confirmed: { 'zh-CN': '协议已确认', en: 'Agreement confirmed' },
  enforcement: { 'zh-CN': '强制执行中', en: 'In enforcement' },
  transferred_to_arbitration: { 'zh-CN': '已转仲裁', en: 'Transferred to arbitration' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  closed: { 'zh-CN': '已结案', en: 'Closed' },
} as const satisfies LabelTable<string>;
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS) as CaseStatus[];

export const CASE_ACTION_LABELS = {
  accept: { 'zh-CN': '受理', en: 'Accept' },
  reject: { 'zh-CN': '不予受理', en: 'Reject' },
  transfer: { 'zh-CN': '移交其他站点', en: 'Transfer to another station' },
  dispatch: { 'zh-CN': '分派至企业网点', en: 'Dispatch to outlet' },
  outlet_settled: { 'zh-CN': '网点已和解', en: 'Outlet settled' },
  take_back: { 'zh-CN': '收回（网点未能和解）', en: 'Take back (outlet could not settle)' },
  start_mediation: { 'zh-CN': '开始调解', en: 'Start mediation' },
  schedule_session: { 'zh-CN': '安排调解会', en: 'Schedule a session' },
  record_attendance: { 'zh-CN': '记录到场情况', en: 'Record attendance' },
  record_agreement: { 'zh-CN': '记录调解协议', en: 'Record agreement' },
  record_failure: { 'zh-CN': '记录调解不成', en: 'Record mediation failure' },
  sign_agreement: { 'zh-CN': '签署调解协议', en: 'Sign the agreement' },
  record_performance: { 'zh-CN': '记录履行', en: 'Record performance' },
  record_default: { 'zh-CN': '记录未履行', en: 'Record default' },
  confirm_receipt: { 'zh-CN': '确认已收到款项', en: 'Confirm payment received' },
  report_non_payment: { 'zh-CN': '反映未收到款项', en: 'Report non-payment' },
  request_confirmation: { 'zh-CN': '申请仲裁审查/司法确认', en: 'Ask for arbitration review / judicial confirmation' },
  record_confirmation: { 'zh-CN': '记录协议已获确认', en: 'Record the agreement confirmed' },
  confirmation_refused: { 'zh-CN': '记录确认申请被驳回', en: 'Record confirmation refused' },
  record_enforcement: { 'zh-CN': '记录强制执行', en: 'Record enforcement' },
  request_arbitration: { 'zh-CN': '申请转仲裁', en: 'Ask for transfer to arbitration' },
  withdraw: { 'zh-CN': '撤回申请', en: 'Withdraw' },
  flag_urgent: { 'zh-CN': '启动特事急诊', en: 'Flag urgent joint consultation' },
  clear_urgent: { 'zh-CN': '解除特事急诊', en: 'Clear urgent flag' },
  assign_lawyer: { 'zh-CN': '指派法律援助律师', en: 'Assign legal-aid lawyer' },
  close: { 'zh-CN': '结案', en: 'Close' },
} as const satisfies LabelTable<string>;
export type CaseAction = keyof typeof CASE_ACTION_LABELS;
export const CASE_ACTIONS = Object.keys(CASE_ACTION_LABELS) as CaseAction[];

/** `same` keeps the status (a session, a flag, a signature); anything else is the status after the action. */
type Target = CaseStatus | 'same';
type Transitions = { readonly [A in CaseAction]?: Target };

/** Flag actions allowed in every open status: they never move the case. */
const OPEN_FLAGS = { withdraw: 'withdrawn', flag_urgent: 'same', clear_urgent: 'same', assign_lawyer: 'same' } as const;

/**
 * status → { action → next status }. A mapped type over CaseStatus: leaving a status out is a
 * compile error, so the table is complete by construction.
 */
export const CASE_TRANSITIONS: { readonly [S in CaseStatus]: Transitions } = {
  submitted: { accept: 'accepted', reject: 'rejected', transfer: 'same', ...OPEN_FLAGS },
  accepted: {
    transfer: 'submitted',
    dispatch: 'dispatched',
    start_mediation: 'mediating',
    record_failure: 'mediation_failed',
    ...OPEN_FLAGS,
  },
  dispatched: { outlet_settled: 'agreement', take_back: 'accepted', ...OPEN_FLAGS },
  mediating: {
    schedule_session: 'same',
    record_attendance: 'same',
    record_agreement: 'agreement',
    record_failure: 'mediation_failed',
    // After the 15-day window without agreement the worker may go to arbitration (LDMAL art 14);
    // the server checks the window, the table only says the action exists here.
    request_arbitration: 'transferred_to_arbitration',
    ...OPEN_FLAGS,
  },
  agreement: {
    sign_agreement: 'same',
    record_performance: 'performed',
    confirm_receipt: 'performed',
    record_default: 'defaulted',
    report_non_payment: 'defaulted',
    request_confirmation: 'confirmation_requested',
    ...OPEN_FLAGS,
  },
  defaulted: {
    record_performance: 'performed',
    confirm_receipt: 'performed',
    request_confirmation: 'confirmation_requested',
    request_arbitration: 'transferred_to_arbitration',
    ...OPEN_FLAGS,
  },
  // A refused confirmation means the agreement does not hold: back to a failed mediation, from
  // which the worker may go to arbitration (人民调解法 art 33: re-mediate, agree anew, or sue).
  confirmation_requested: { record_confirmation: 'confirmed', confirmation_refused: 'mediation_failed', ...OPEN_FLAGS },
  confirmed: {
    record_performance: 'performed',
    confirm_receipt: 'performed',
    record_enforcement: 'enforcement',
    ...OPEN_FLAGS,
  },
  enforcement: { record_performance: 'performed', confirm_receipt: 'performed', close: 'closed', flag_urgent: 'same', clear_urgent: 'same' },
  mediation_failed: { request_arbitration: 'transferred_to_arbitration', close: 'closed', ...OPEN_FLAGS },
  performed: { close: 'closed' },
  transferred_to_arbitration: { close: 'closed' },
  rejected: {},
  withdrawn: {},
  closed: {},
};

/** Who may take each action. A mapped type again: a new action without actors does not compile. */
const STATION_STAFF: readonly StaffRole[] = ['mediator', 'station_admin'];
const WORKER: readonly Role[] = ['worker'];

export const ACTION_ROLES: { readonly [A in CaseAction]: readonly Role[] } = {
  accept: STATION_STAFF,
  reject: STATION_STAFF,
  transfer: [...STATION_STAFF, 'supervisor'],
  dispatch: STATION_STAFF,
  outlet_settled: STATION_STAFF,
  take_back: STATION_STAFF,
  start_mediation: STATION_STAFF,
  schedule_session: STATION_STAFF,
  record_attendance: STATION_STAFF,
  record_agreement: STATION_STAFF,
  record_failure: STATION_STAFF,
  sign_agreement: WORKER,
  record_performance: STATION_STAFF,
  record_default: STATION_STAFF,
  confirm_receipt: WORKER,
  report_non_payment: WORKER,
  request_confirmation: WORKER,
  record_confirmation: [...STATION_STAFF, 'arbitrator'],
  confirmation_refused: [...STATION_STAFF, 'arbitrator'],
  record_enforcement: [...STATION_STAFF, 'arbitrator'],
  request_arbitration: WORKER,
  withdraw: WORKER,
  flag_urgent: [...STATION_STAFF, 'supervisor'],
  clear_urgent: [...STATION_STAFF, 'supervisor'],
  assign_lawyer: ['legal_aid_lawyer', 'station_admin', 'supervisor'],
  close: [...STATION_STAFF, 'arbitrator', 'supervisor'],
};

export const TERMINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => Object.keys(CASE_TRANSITIONS[s]).length === 0,
);

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** Actions the table allows in this status, for anyone. */
export function actionsFor(status: CaseStatus): CaseAction[] {
  return Object.keys(CASE_TRANSITIONS[status]) as CaseAction[];
}

/** Actions allowed in this status for this role: what a UI may offer. */
export function allowedActions(status: CaseStatus, role: Role): CaseAction[] {
  return actionsFor(status).filter((a) => ACTION_ROLES[a].includes(role));
}

export type TransitionResult =
  | { ok: true; from: CaseStatus; to: CaseStatus }
  | { ok: false; reason: 'action_not_allowed_in_status' | 'role_not_allowed'; status: CaseStatus; allowed: CaseAction[] };

/** The one decision: may this role take this action now, and where does the case go. */
export function transition(status: CaseStatus, action: CaseAction, role: Role): TransitionResult {
  const target = CASE_TRANSITIONS[status][action];
  if (target === undefined) {
    return { ok: false, reason: 'action_not_allowed_in_status', status, allowed: allowedActions(status, role) };
  }
  if (!ACTION_ROLES[action].includes(role)) {
    return { ok: false, reason: 'role_not_allowed', status, allowed: allowedActions(status, role) };
  }
  return { ok: true, from: status, to: target === 'same' ? status : target };
}

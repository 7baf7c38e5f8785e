import type { LabelTable } from '../labels';

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
  payment_order: { 'zh-CN': '已申请支付令', en: 'Payment order applied for' },
  confirmed: { 'zh-CN': '协议已确认', en: 'Agreement confirmed' },
  enforcement: { 'zh-CN': '强制执行中', en: 'In enforcement' },
  transferred_to_arbitration: {
    'zh-CN': '已申请仲裁，待仲裁院受理',
    en: 'Arbitration applied for, awaiting acceptance',
  },
  arbitration_accepted: { 'zh-CN': '仲裁已立案受理', en: 'Arbitration accepted' },
  arbitration_refused: { 'zh-CN': '仲裁不予受理', en: 'Arbitration not accepted' },
  hearing_scheduled: { 'zh-CN': '已排期开庭', en: 'Hearing scheduled' },
  arbitration_mediated: { 'zh-CN': '仲裁调解结案', en: 'Settled by arbitral mediation' },
  awarded: { 'zh-CN': '已作出仲裁裁决', en: 'Award made' },
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
  outlet_reply: { 'zh-CN': '网点答复', en: "The outlet's answer" },
  outlet_propose: { 'zh-CN': '提出和解方案', en: 'Offer a settlement' },
  accept_proposal: { 'zh-CN': '同意和解方案', en: 'Accept the offer' },
  decline_proposal: { 'zh-CN': '不同意和解方案', en: 'Decline the offer' },
  outlet_return: { 'zh-CN': '退回调解站', en: 'Give back to the station' },
  outlet_timeout: { 'zh-CN': '网点逾期未答复，自动收回', en: 'Outlet did not answer in time: returned' },
  answer_session: { 'zh-CN': '答复调解时间', en: 'Answer the session time' },
  start_mediation: { 'zh-CN': '开始调解', en: 'Start mediation' },
  schedule_session: { 'zh-CN': '安排调解会', en: 'Schedule a session' },
  record_attendance: { 'zh-CN': '记录到场情况', en: 'Record attendance' },
  record_agreement: { 'zh-CN': '记录调解协议', en: 'Record agreement' },
  record_failure: { 'zh-CN': '记录调解不成', en: 'Record mediation failure' },
  sign_agreement: { 'zh-CN': '签署调解协议', en: 'Sign the agreement' },
  confirm_agreement: { 'zh-CN': '调解员签名并盖章', en: 'Sign and seal as mediator' },
  record_signature: { 'zh-CN': '登记纸质签字', en: 'Record a paper signature' },
  amend_agreement: { 'zh-CN': '修改协议内容', en: 'Change the agreement' },
  record_performance: { 'zh-CN': '记录履行', en: 'Record performance' },
  record_default: { 'zh-CN': '记录未履行', en: 'Record default' },
  confirm_receipt: { 'zh-CN': '确认已收到款项', en: 'Confirm payment received' },
  report_non_payment: { 'zh-CN': '反映未收到款项', en: 'Report non-payment' },
  request_confirmation: { 'zh-CN': '申请仲裁审查/司法确认', en: 'Ask for arbitration review / judicial confirmation' },
  record_confirmation: { 'zh-CN': '记录协议已获确认', en: 'Record the agreement confirmed' },
  confirmation_refused: { 'zh-CN': '记录确认申请被驳回', en: 'Record confirmation refused' },
  record_enforcement: { 'zh-CN': '记录强制执行', en: 'Record enforcement' },
  consent_confirmation: { 'zh-CN': '被申请人同意共同申请确认', en: 'Respondent joins the confirmation' },
  apply_payment_order: { 'zh-CN': '申请支付令', en: 'Apply for a payment order' },
  record_payment_order: { 'zh-CN': '记录支付令结果', en: "Record the court's payment-order decision" },
  request_arbitration: { 'zh-CN': '申请转仲裁', en: 'Ask for transfer to arbitration' },
  accept_arbitration: { 'zh-CN': '受理仲裁申请', en: 'Accept the arbitration application' },
  refuse_arbitration: { 'zh-CN': '不予受理仲裁申请', en: 'Refuse the arbitration application' },
  schedule_hearing: { 'zh-CN': '安排开庭', en: 'Schedule the hearing' },
  extend_award: { 'zh-CN': '延长审理期限', en: 'Extend the time for the award' },
  record_arbitral_mediation: { 'zh-CN': '记录仲裁调解书', en: 'Record the arbitral mediation statement' },
  record_award: { 'zh-CN': '记录仲裁裁决', en: 'Record the award' },
  withdraw: { 'zh-CN': '撤回申请', en: 'Withdraw' },
  flag_urgent: { 'zh-CN': '启动特事急诊', en: 'Flag urgent joint consultation' },
  clear_urgent: { 'zh-CN': '解除特事急诊', en: 'Clear urgent flag' },
  request_legal_aid: { 'zh-CN': '申请法律援助', en: 'Ask for legal aid' },
  decline_legal_aid: { 'zh-CN': '不予法律援助', en: 'Decline legal aid' },
  assign_lawyer: { 'zh-CN': '指派法律援助律师', en: 'Assign legal-aid lawyer' },
  share_notes: { 'zh-CN': '向援助律师共享内部备注', en: 'Share internal notes with the lawyer' },
  unshare_notes: { 'zh-CN': '停止向律师共享内部备注', en: 'Stop sharing internal notes' },
  close: { 'zh-CN': '结案', en: 'Close' },
  confirm_resolved: { 'zh-CN': '问题已解决', en: 'Yes, it is resolved' },
  report_unresolved: { 'zh-CN': '问题没有解决，重新调解', en: 'Not resolved: mediate again' },
} as const satisfies LabelTable<string>;
export type CaseAction = keyof typeof CASE_ACTION_LABELS;
export const CASE_ACTIONS = Object.keys(CASE_ACTION_LABELS) as CaseAction[];

/** `same` keeps the status (a session, a flag, a signature); anything else is the status after the action. */
type Target = CaseStatus | 'same';
type Transitions = { readonly [A in CaseAction]?: Target };

/**
 * Flags that never move the case: allowed in every open status, also in enforcement (the worker's
 * legal-aid request among them: legal aid can be asked for at any time, not only when filing).
 */
const STAFF_FLAGS = {
  flag_urgent: 'same',
  clear_urgent: 'same',
  request_legal_aid: 'same',
  decline_legal_aid: 'same',
  assign_lawyer: 'same',
  share_notes: 'same',
  unshare_notes: 'same',
} as const;
/** ... and the worker's withdrawal, in every open status before enforcement. */
const OPEN_FLAGS = { withdraw: 'withdrawn', ...STAFF_FLAGS } as const;

/**
 * After a case is closed, the worker is asked whether the money arrived or the problem was solved
 * (ClockRules.followUpDays later); a "no" within ClockRules.reopenDays reopens it at the station.
 * The case still counts as ended (terminal) while only these are left.
 */
const AFTER_END = { confirm_resolved: 'same', report_unresolved: 'accepted' } as const;
export const AFTER_END_ACTIONS: readonly CaseAction[] = Object.keys(AFTER_END) as CaseAction[];

/** While the tribunal hears the case: extend the time, settle by arbitral mediation (art 42) or award. */
const HEARING_STAGE = {
  extend_award: 'same',
  record_arbitral_mediation: 'arbitration_mediated',
  record_award: 'awarded',
  ...OPEN_FLAGS,
} as const;

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
  dispatched: {
    outlet_reply: 'same',
    outlet_propose: 'same',
    accept_proposal: 'agreement',
    decline_proposal: 'same',
    outlet_settled: 'agreement',
    outlet_return: 'accepted',
    outlet_timeout: 'accepted',
    take_back: 'accepted',
    ...OPEN_FLAGS,
  },
  mediating: {
    schedule_session: 'same',
    answer_session: 'same',
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
    confirm_agreement: 'same',
    record_signature: 'same',
    amend_agreement: 'same',
    record_performance: 'performed',
    confirm_receipt: 'performed',
    record_default: 'defaulted',
    report_non_payment: 'defaulted',
    request_confirmation: 'confirmation_requested',
    ...OPEN_FLAGS,
  },
  // On default: confirmation while its window is open, a payment order (art 16), or arbitration (art 15).
  defaulted: {
    record_performance: 'performed',
    confirm_receipt: 'performed',
    request_confirmation: 'confirmation_requested',
    apply_payment_order: 'payment_order',
    request_arbitration: 'transferred_to_arbitration',
    ...OPEN_FLAGS,
  },
  // A refused confirmation means the agreement does not hold: back to a failed mediation, from
  // which the worker may go to arbitration (人民调解法 art 33: re-mediate, agree anew, or sue).
  confirmation_requested: {
    consent_confirmation: 'same',
    record_confirmation: 'confirmed',
    confirmation_refused: 'mediation_failed',
    ...OPEN_FLAGS,
  },
  // LDMAL art 16: issued and not objected to → enforceable; objected or dismissed → arbitration (art 15).
  payment_order: {
    record_payment_order: 'same',
    record_enforcement: 'enforcement',
    record_performance: 'performed',
    confirm_receipt: 'performed',
    request_arbitration: 'transferred_to_arbitration',
    ...OPEN_FLAGS,
  },
  confirmed: {
    record_performance: 'performed',
    confirm_receipt: 'performed',
    record_enforcement: 'enforcement',
    ...OPEN_FLAGS,
  },
  enforcement: { record_performance: 'performed', confirm_receipt: 'performed', close: 'closed', ...STAFF_FLAGS },
  mediation_failed: { request_arbitration: 'transferred_to_arbitration', close: 'closed', ...OPEN_FLAGS },
  performed: { close: 'closed' },
  // The arbitration stage (LDMAL arts 29-50): at the institution with jurisdiction (art 21).
  transferred_to_arbitration: {
    accept_arbitration: 'arbitration_accepted',
    refuse_arbitration: 'arbitration_refused',
    ...OPEN_FLAGS,
  },
  arbitration_accepted: { schedule_hearing: 'hearing_scheduled', ...HEARING_STAGE },
  hearing_scheduled: { schedule_hearing: 'same', ...HEARING_STAGE },
  // After a refusal the applicant may sue (art 29); after an award the appeal windows run (arts 48-50).
  arbitration_refused: { close: 'closed' },
  arbitration_mediated: { close: 'closed' },
  awarded: { close: 'closed' },
  rejected: {},
  withdrawn: {},
  closed: { ...AFTER_END },
};

/** The statuses in which the case has ended: nothing but the worker's follow-up answer is left. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) =>
  Object.keys(CASE_TRANSITIONS[s]).every((a) => AFTER_END_ACTIONS.includes(a as CaseAction)),
);

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** The statuses of a case still being worked (every one but the terminal ones). */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !isTerminal(s));

/** "Due soon" on the workbench and in the queue: the next running deadline within this many days of today. */
export const DUE_SOON_DAYS = 3;

/** Actions the table allows in this status, for anyone. */
export function actionsFor(status: CaseStatus): CaseAction[] {
  return Object.keys(CASE_TRANSITIONS[status]) as CaseAction[];
}

/** The status an action leads to from this status, or null when the table does not allow it here. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  const target = CASE_TRANSITIONS[status][action];
  return target === undefined ? null : target === 'same' ? status : target;
}

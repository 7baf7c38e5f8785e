import { ACTION_FIELDS as F, EVENT_DATA as D } from '../schemas/actions';
import { COURT_EVENT_DATA, COURT_FIELDS } from '../schemas/court';
import { AT_STATION, CLAIMANT, CONFIRMING, STATION, due, explained, guard, spec } from './action-spec';
import { windowOpen } from './facts';

/** An agreement signed by everyone is in force: no more signing or changing it. */
const NOT_YET_IN_EFFECT = explained('AGREEMENT_IN_EFFECT', (f) => !f.agreementInEffect);
/** Until the last signature it binds no one: nothing to default on or to confirm. */
const IN_EFFECT = explained('AGREEMENT_NOT_IN_EFFECT', (f) => f.agreementInEffect);
/** Paid on an agreement still being signed: it binds once signed (a paper copy signed by all is in effect at once). */
const PAID_ONCE_IN_EFFECT = explained(
  'AGREEMENT_NOT_IN_EFFECT',
  (f) => f.status !== 'agreement' || f.agreementInEffect,
);
/** A confirmation is applied for jointly: the court or commission decides once both parties applied. */
const JOINT = explained('CONFIRMATION_NOT_JOINT', (f) => f.confirmationJoint);

/**
 * The agreement's entries of the actions table (actions.ts): every party signing its text, the
 * mediator confirming it, changing it before it is in effect, and then paying, defaulting,
 * confirmation by a court or commission, and enforcement.
 */
export const AGREEMENT_ACTIONS = {
  sign_agreement: spec({
    fields: F.signature,
    data: D.signature,
    reason: 'optional',
    actors: { roles: ['worker', 'outlet_manager'], relations: ['claimant', 'respondent_outlet'] },
    guards: [NOT_YET_IN_EFFECT],
    help: {
      'zh-CN': '先读完协议全文，核对每一项金额和付款日期，再签字。签字后双方和调解员都签好，协议才生效。',
      en: 'Read the whole text first and check each amount and the pay-by date, then sign. It takes effect once both sides and the mediator have signed.',
    },
    summary:
      "A party signs the agreement text it read: send the text's SHA-256 from the case view (and, for the worker, optionally a signature image uploaded to the case); the last required signature puts it in effect",
  }),
  confirm_agreement: spec({
    fields: F.confirmation,
    data: D.signature,
    reason: 'optional',
    actors: AT_STATION,
    guards: [NOT_YET_IN_EFFECT],
    summary: 'The mediator signs the agreement text for the body and applies its seal (LDMAL art 14)',
  }),
  record_signature: spec({
    fields: F.paperSignature,
    data: D.signature,
    reason: 'optional',
    actors: AT_STATION,
    guards: [NOT_YET_IN_EFFECT],
    summary: 'Record that a party signed a paper copy of this text, with the scan uploaded to the case',
  }),
  amend_agreement: spec({
    fields: F.agreement,
    data: D.agreement,
    reason: 'required',
    actors: AT_STATION,
    guards: [NOT_YET_IN_EFFECT],
    notify: 'agreement_to_sign',
    summary: 'Change the terms before the agreement is in effect (reason required): everyone signs the new text again',
  }),
  record_performance: spec({
    fields: F.performance,
    data: D.performance,
    reason: 'optional',
    guards: [PAID_ONCE_IN_EFFECT],
    actors: AT_STATION,
    summary: 'Record that the employer paid',
  }),
  record_default: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    guards: [IN_EFFECT],
    actors: AT_STATION,
    danger: true,
    summary: 'Record that the employer did not pay as agreed',
  }),
  confirm_receipt: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    guards: [PAID_ONCE_IN_EFFECT],
    actors: CLAIMANT,
    help: { 'zh-CN': '钱已经全部到账时点这里。', en: 'Tap when all the money has arrived.' },
    summary: 'Confirm the agreed payment arrived',
  }),
  report_non_payment: spec({
    fields: F.none,
    data: D.none,
    reason: 'optional',
    guards: [IN_EFFECT],
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
      IN_EFFECT,
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
    guards: [JOINT],
    actors: CONFIRMING,
    summary:
      'Record that the court (judicial confirmation) or the commission (arbitration review) confirmed the agreement',
  }),
  confirmation_refused: spec({
    fields: F.confirmationOutcome,
    data: D.confirmationOutcome,
    reason: 'required',
    guards: [JOINT],
    actors: CONFIRMING,
    danger: true,
    summary:
      'Record that the confirmation was refused (reason required): the agreement does not hold, the case returns to failed mediation',
  }),
  record_enforcement: spec({
    fields: F.enforcement,
    data: D.enforcement,
    reason: 'optional',
    guards: [explained('PAYMENT_ORDER_NOT_ISSUED', (f) => f.status !== 'payment_order' || f.paymentOrder === 'issued')],
    actors: CONFIRMING,
    summary: 'Record the application to the court for enforcement of a confirmed agreement',
  }),
  consent_confirmation: spec({
    fields: COURT_FIELDS.respondentConsent,
    data: COURT_EVENT_DATA.respondentConsent,
    reason: 'optional',
    actors: { roles: ['outlet_manager', ...STATION], relations: ['respondent_outlet', 'handling_station'] },
    guards: [guard('CONFIRMATION_ALREADY_JOINT', (f) => !f.confirmationJoint)],
    summary:
      "The respondent joins the application for confirmation: its outlet's manager in the app, or the station with the scan of its signed consent",
  }),
  apply_payment_order: spec({
    fields: F.none,
    data: COURT_EVENT_DATA.paymentOrder,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [explained('PAYMENT_ORDER_NOT_AVAILABLE', (f) => f.paymentOrderEligible)],
    help: {
      'zh-CN': '单位没按协议付工资、工伤医疗费、经济补偿或赔偿金的，可以拿协议向法院申请支付令，不用再仲裁。',
      en: 'If the company did not pay wages, injury medical costs, compensation or damages as agreed, ask the court for a payment order with the agreement, without arbitration.',
    },
    summary:
      'Apply for a payment order (支付令) on the agreed wages, work-injury medical costs, economic compensation or damages not paid (LDMAL art 16); the application is a PDF to take to the court',
  }),
  record_payment_order: spec({
    fields: COURT_FIELDS.paymentOrderOutcome,
    data: COURT_EVENT_DATA.paymentOrder,
    reason: 'optional',
    actors: CONFIRMING,
    guards: [guard('PAYMENT_ORDER_DECIDED', (f) => f.paymentOrder === 'applied' || f.paymentOrder === 'issued')],
    summary:
      "Record the court's decision on the payment order: issued, objected to by the employer in time, or dismissed",
  }),
};

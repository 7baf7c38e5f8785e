import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { CLAIM_TYPE, CONSULTATION_ROLE, PAYMENT_METHOD, SESSION_SIDE } from '../enums';
import { CASE_STATUSES } from '../case/status';
import { Body, Id, IsoDateTime, Name, Phone, StringEnum } from './common';
import { AGREEMENT_EVENT_DATA, AGREEMENT_FIELDS, AgreementView } from './agreement';

/**
 * The request bodies of case actions and the data each records on its event. The actions table
 * (case/actions.ts) builds each body from these fields plus `reason` (required or optional, as
 * the table says) and `expectedStatus`, so the schema and the reason rule cannot disagree.
 */
export const CalendarDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
/**
 * Free text (a story, a reason, a note). The server neutralises what must not reach another
 * person's screen unseen: control characters other than tab and line breaks, and the bidi
 * embedding, override and isolate marks that can reorder what staff read (`x-plain-text`, a
 * keyword of the server's validator; other validators ignore it).
 */
export const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max, 'x-plain-text': true });

export const Yuan = Type.String({
  pattern: '^[0-9][0-9,]{0,12}(\\.[0-9]{1,2})?$',
  description: 'Amount in yuan, e.g. 3500 or 3,500.50',
});
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PAYMENT_METHODS = PAYMENT_METHOD.values;
export const CONFIRMATION_ROUTES = ['judicial_confirmation', 'arbitration_review'] as const;

export const SessionAttendee = Body({ side: StringEnum(SESSION_SIDE.values), name: Name(50) });
/** A participant of the urgent consultation: an account (who then reaches the case) or, for others, a name. */
const Participant = Body({
  role: StringEnum(CONSULTATION_ROLE.values),
  name: Name(50),
  staffId: Type.Optional(Id),
});
const AgreementItem = Body({ type: StringEnum(CLAIM_TYPE.values), amountYuan: Yuan, payer: Name(100) });

/** The fields of each kind of action body, before `reason` and `expectedStatus` are added. */
export const ACTION_FIELDS = {
  none: {},
  transfer: { toStationId: Id },
  /**
   * `respondentPhone`: a mobile to text the link to when the outlet has no account (the claim's
   * respondent contact by default).
   */
  dispatch: { outletId: Id, respondentPhone: Type.Optional(Phone) },
  /** 特事急诊: who sits on the urgent joint consultation, and the written one-case plan. */
  urgent: {
    participants: Type.Array(Participant, { minItems: 1, maxItems: 10 }),
    plan: Text(5000, 10),
    /** When and where the consultation meets. */
    meetingAt: IsoDateTime,
    place: Type.Optional(Text(300)),
  },
  /** What the legal-aid desk needs to know: hardship, and what help the worker asks for. */
  legalAidRequest: {
    hardship: Type.Boolean({ description: 'The worker has financial difficulty (the usual condition for legal aid)' }),
    situation: Text(500, 5),
  },
  /**
   * The mediation agreement as staff record it (also the outlet's settlement), for every party to
   * sign. `effectiveOn` only for a paper copy everyone already signed that day (LDMAL art 14).
   */
  agreement: {
    items: Type.Array(AgreementItem, { minItems: 1, maxItems: 20 }),
    effectiveOn: Type.Optional(CalendarDate),
    /** The facts in brief as the agreement states them (the claim's account, shortened, by default). */
    facts: Type.Optional(Text(1000, 10)),
    /** The agreed payment date. */
    dueDate: CalendarDate,
    paymentMethod: StringEnum(PAYMENT_METHODS),
  },
  performance: { paidYuan: Yuan, paidOn: CalendarDate },
  confirmationRequest: {
    route: StringEnum(CONFIRMATION_ROUTES, {
      description: 'Court judicial confirmation (30 days) or arbitration review (15 days)',
    }),
  },
  /** A mediation session: when, on site (address) or online (link), and who is to attend. */
  session: {
    startsAt: IsoDateTime,
    mode: StringEnum(['on_site', 'online'] as const),
    address: Type.Optional(Text(300)),
    link: Type.Optional(Type.String({ format: 'uri', maxLength: 500, description: 'The online meeting address' })),
    attendees: Type.Array(SessionAttendee, { minItems: 1, maxItems: 20 }),
  },
  attendance: {
    sessionId: Id,
    present: Type.Array(SessionAttendee, { maxItems: 20, description: 'Who came (empty: nobody came)' }),
  },
  lawyer: { lawyerId: Id },
  /** The court's or the arbitration commission's answer to a confirmation request. */
  confirmationOutcome: {
    authority: Text(100, 2),
    /** The ruling's or the mediation statement's number, e.g. (2026)浙0302民特123号. */
    documentNumber: Text(100, 2),
    decidedOn: CalendarDate,
  },
  enforcement: { court: Text(100, 2), enforcementCaseNumber: Type.Optional(Text(100)), appliedOn: CalendarDate },
  ...AGREEMENT_FIELDS,
} as const satisfies Record<string, TProperties>;

export type ReasonRule = 'required' | 'optional';

function requiredReason<const F extends TProperties>(fields: F) {
  return Body({ ...fields, reason: Text(1000), expectedStatus: ExpectedStatus });
}
function optionalReason<const F extends TProperties>(fields: F) {
  return Body({ ...fields, reason: Type.Optional(Text(1000)), expectedStatus: ExpectedStatus });
}
/** The status the client saw; a mismatch is a 409 instead of acting on a changed case. */
const ExpectedStatus = Type.Optional(
  StringEnum(CASE_STATUSES, { description: 'The status the client saw; another one is a 409' }),
);

/** The schema of an action's body with these fields under this reason rule. */
export type ActionBodySchema<F extends TProperties, R extends ReasonRule> = R extends 'required'
  ? ReturnType<typeof requiredReason<F>>
  : ReturnType<typeof optionalReason<F>>;

/** An action's body: its fields, the reason as the rule says, and the status the client saw. */
export function actionBody<const F extends TProperties, const R extends ReasonRule>(
  fields: F,
  reason: R,
): ActionBodySchema<F, R> {
  return (reason === 'required' ? requiredReason(fields) : optionalReason(fields)) as ActionBodySchema<F, R>;
}

/** The generic body of an action that needs no data (reason optional). */
export const CaseActionBody = actionBody(ACTION_FIELDS.none, 'optional');
export type CaseActionBody = Static<typeof CaseActionBody>;

const Person = Type.Object({ side: Type.String(), name: Type.String() });
export const ScheduledSession = Type.Object({
  id: Id,
  startsAt: IsoDateTime,
  mode: Type.String(),
  address: Nullable(Type.String()),
  link: Nullable(Type.String()),
  attendees: Type.Array(Person),
});

/** What each kind of action records on its event (`null`: nothing beyond the reason). */
export const EVENT_DATA = {
  none: Type.Null(),
  transfer: Type.Object({ fromStationId: Nullable(Id), toStationId: Id, toStationCode: Type.String() }),
  /** `answerBy`: the last day of the outlet's time to answer. */
  /** `texted`: the outlet has no account, so its respondent was texted a link. */
  dispatch: Type.Object({ outletId: Id, outletCode: Type.String(), answerBy: CalendarDate, texted: Type.Boolean() }),
  takeBack: Type.Object({ outletId: Nullable(Id) }),
  urgent: Type.Object({
    participants: Type.Array(Type.Object({ role: Type.String(), name: Type.String(), staffId: Nullable(Id) })),
    plan: Type.String(),
    meetingAt: IsoDateTime,
    place: Nullable(Type.String()),
  }),
  legalAidRequest: Type.Object({ hardship: Type.Boolean(), situation: Type.String() }),
  agreement: Type.Object({ agreement: AgreementView }),
  performance: Type.Object({ paidFen: Type.Integer(), paidOn: CalendarDate }),
  confirmationRequest: Type.Object({ route: StringEnum(CONFIRMATION_ROUTES), windowDue: CalendarDate }),
  session: Type.Object({ session: ScheduledSession }),
  attendance: Type.Object({ sessionId: Id, present: Type.Array(Person) }),
  lawyer: Type.Object({ lawyerId: Id, lawyerName: Type.String() }),
  confirmationOutcome: Type.Object({
    authority: Type.String(),
    documentNumber: Type.String(),
    decidedOn: CalendarDate,
  }),
  enforcement: Type.Object({
    court: Type.String(),
    enforcementCaseNumber: Nullable(Type.String()),
    appliedOn: CalendarDate,
  }),
  ...AGREEMENT_EVENT_DATA,
};

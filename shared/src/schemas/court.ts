import { Type, type Static } from '@sinclair/typebox';
import { CalendarDate, CONFIRMATION_ROUTES, Nullable, Text } from './actions';
import { CLAIM_TYPE } from '../enums';
import { Id, IsoDateTime, StringEnum } from './common';

/**
 * After an agreement: the joint application to confirm it (人民调解法 art 33; 办案规则 art 74),
 * which both parties must make within the window, and the payment order a worker may apply for
 * when the employer defaults (LDMAL art 16), with what the court decided.
 */
export const PAYMENT_ORDER_OUTCOMES = ['issued', 'objected', 'dismissed'] as const;

export const ConfirmationView = Type.Object({
  route: StringEnum(CONFIRMATION_ROUTES),
  /** The last day both must have applied by. */
  windowDue: CalendarDate,
  workerAt: IsoDateTime,
  /** The respondent's consent to the joint application: its outlet's manager, or on paper (the scan). */
  respondentAt: Nullable(IsoDateTime),
  respondentName: Nullable(Type.String()),
  respondentEvidenceId: Nullable(Id),
  /** What the court or commission decided, once recorded. */
  decision: Type.Optional(
    Nullable(
      Type.Object({
        confirmed: Type.Boolean(),
        authority: Type.String(),
        documentNumber: Type.String(),
        decidedOn: CalendarDate,
      }),
    ),
  ),
});
export type ConfirmationView = Static<typeof ConfirmationView>;

export const PaymentOrderView = Type.Object({
  appliedAt: IsoDateTime,
  /** What the order asks for: the agreement's items that may go to a payment order (art 16). */
  items: Type.Array(Type.Object({ type: StringEnum(CLAIM_TYPE.values), amountFen: Type.Integer() })),
  totalFen: Type.Integer(),
  outcome: Nullable(StringEnum(PAYMENT_ORDER_OUTCOMES)),
  court: Nullable(Type.String()),
  documentNumber: Nullable(Type.String()),
  decidedOn: Nullable(CalendarDate),
});
export type PaymentOrderView = Static<typeof PaymentOrderView>;

/**
 * What an enforcement application rests on: the ruling that confirmed the agreement (人民调解法
 * art 33 para 2), or a payment order in force. Null: nothing to enforce yet.
 */
export function enforcementBasis(c: {
  confirmation: ConfirmationView | null;
  paymentOrder: PaymentOrderView | null;
}): 'confirmation' | 'payment_order' | null {
  if (c.confirmation?.decision?.confirmed) return 'confirmation';
  if (c.paymentOrder?.outcome === 'issued') return 'payment_order';
  return null;
}

export const COURT_FIELDS = {
  /** The station records a consent given on paper with its scan; the outlet's manager consents in the app. */
  respondentConsent: { evidenceId: Type.Optional(Id) },
  paymentOrderOutcome: {
    outcome: StringEnum(PAYMENT_ORDER_OUTCOMES, {
      description: 'issued: the court issued the order; objected: the employer objected in time; dismissed: refused',
    }),
    court: Text(100, 2),
    documentNumber: Type.Optional(Text(100, 2)),
    decidedOn: CalendarDate,
  },
} as const;

export const COURT_EVENT_DATA = {
  respondentConsent: Type.Object({ confirmation: ConfirmationView }),
  paymentOrder: Type.Object({ paymentOrder: PaymentOrderView }),
};

import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE } from '../enums';
import { CalendarDate, Nullable, PAYMENT_METHODS, Text, Yuan } from './actions';
import { Body, Id, IsoDateTime, StringEnum } from './common';

/**
 * The respondent's outlet as a party: its answer to a dispatched case, its settlement proposal,
 * the worker's decision on it, and its answer to a session time. The actions table
 * (case/actions-outlet.ts) builds the bodies from these fields.
 */
const ProposalItem = Body({ type: StringEnum(CLAIM_TYPE.values), amountYuan: Yuan });

export const OUTLET_FIELDS = {
  /** The outlet's account of the facts. */
  reply: { account: Text(5000, 10) },
  /** What the outlet offers: each item and amount, the pay date and how. */
  proposal: {
    items: Type.Array(ProposalItem, { minItems: 1, maxItems: 20 }),
    dueDate: CalendarDate,
    paymentMethod: StringEnum(PAYMENT_METHODS),
    note: Type.Optional(Text(1000)),
  },
  /** Whether the respondent will come to a scheduled session. */
  sessionAnswer: { sessionId: Id, attend: Type.Boolean(), note: Type.Optional(Text(500)) },
} as const;

export const ProposalView = Type.Object({
  items: Type.Array(Type.Object({ type: StringEnum(CLAIM_TYPE.values), amountFen: Type.Integer() })),
  totalFen: Type.Integer(),
  dueDate: CalendarDate,
  paymentMethod: StringEnum(PAYMENT_METHODS),
  note: Nullable(Type.String()),
  proposedAt: IsoDateTime,
});
export type ProposalView = Static<typeof ProposalView>;

export const OutletReplyView = Type.Object({ account: Type.String(), at: IsoDateTime });

export const SessionAnswerView = Type.Object({
  attend: Type.Boolean(),
  note: Nullable(Type.String()),
  at: IsoDateTime,
});

export const OUTLET_EVENT_DATA = {
  reply: Type.Object({ account: Type.String() }),
  proposal: Type.Object({ proposal: ProposalView }),
  sessionAnswer: Type.Object({ sessionId: Id, attend: Type.Boolean(), note: Nullable(Type.String()) }),
};

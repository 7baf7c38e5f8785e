import { Type, type Static } from '@sinclair/typebox';
import { Body, StringEnum } from './common';
import { CalendarDate, Text } from './actions';

/**
 * What the worker says happened to the time limit before filing (LDMAL art 27): a demand for
 * payment, a complaint to the labour inspectorate or the employer agreeing to pay interrupts it
 * (para 2; only while it still runs, 民法典 art 195); force majeure or another proper reason that
 * kept them from applying suspends it from `from` to `to` (para 3).
 */
export const LIMITATION_EVENT_KINDS = ['interruption', 'suspension'] as const;
export const LimitationEvent = Body({
  kind: StringEnum(LIMITATION_EVENT_KINDS),
  from: CalendarDate,
  /** A suspension's last day (the day its cause ended); an interruption has none. */
  to: Type.Optional(CalendarDate),
  note: Type.Optional(Text(200)),
});
export type LimitationEvent = Static<typeof LimitationEvent>;

import { Type, type Static } from '@sinclair/typebox';
import { WORK_LOG_KIND } from '../work-log';
import { Body, Id, IsoDateTime, Name, StringEnum } from './common';
import { CalendarDate, Nullable, Text, Yuan } from './actions';

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' });

/** One line of the worker's own work record, as the worker saves it (issue 17 point 5). */
export const WorkLogEntryBody = Body(
  {
    date: CalendarDate,
    kind: StringEnum(WORK_LOG_KIND.values),
    /** Hours worked, for a shift (at most 2 decimals). */
    hours: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 })),
    /** Orders taken (a shift or an orders entry). */
    orders: Type.Optional(Type.Integer({ minimum: 0, maximum: 2000 })),
    /** Income, deduction or penalty, in yuan as typed (as a claim's items). */
    amountYuan: Type.Optional(Yuan),
    platform: Type.Optional(Name(100)),
    note: Type.Optional(Text(500)),
    /** Screenshots uploaded first through POST /api/evidence. */
    evidenceIds: Type.Optional(Type.Array(Id, { maxItems: 9, uniqueItems: true })),
    /** The earlier entry this one corrects (entries are never edited). */
    corrects: Type.Optional(Id),
  },
  { examples: [{ date: '2026-11-30', kind: 'shift', hours: 9.5, orders: 42, platform: '某外卖平台' }] },
);
export type WorkLogEntryBody = Static<typeof WorkLogEntryBody>;

export const WorkLogEntryView = Type.Object({
  id: Id,
  seq: Type.Integer({ description: "The entry's place in the worker's chain, from 1" }),
  date: CalendarDate,
  kind: StringEnum(WORK_LOG_KIND.values),
  hours: Nullable(Type.Number()),
  orders: Nullable(Type.Integer()),
  amountFen: Nullable(Type.Integer()),
  platform: Nullable(Type.String()),
  note: Nullable(Type.String()),
  evidence: Type.Array(Type.Object({ id: Id, sha256: Sha256 })),
  corrects: Nullable(Id),
  /** The later entry that corrects this one (then this one no longer counts). */
  correctedBy: Nullable(Id),
  savedAt: IsoDateTime,
  prevSha256: Nullable(Sha256),
  sha256: Sha256,
});
export type WorkLogEntryView = Static<typeof WorkLogEntryView>;

export const WorkLogSaved = Type.Composite([WorkLogEntryView, Type.Object({ replayed: Type.Boolean() })]);
export type WorkLogSaved = Static<typeof WorkLogSaved>;

export const WorkLogPeriodView = Type.Object({
  period: Type.String({ description: '2026-W48 (ISO week) or 2026-11' }),
  from: CalendarDate,
  to: CalendarDate,
  hours: Type.Number(),
  orders: Type.Integer(),
  incomeFen: Type.Integer(),
  deductionFen: Type.Integer(),
  penaltyFen: Type.Integer(),
  netFen: Type.Integer({ description: 'income − deductions − penalties' }),
  hourlyFen: Nullable(Type.Integer({ description: 'net ÷ hours, fen per hour; null without hours' })),
  entries: Type.Integer(),
});

export const WorkLogQuery = Type.Object(
  { from: Type.Optional(CalendarDate), to: Type.Optional(CalendarDate) },
  { additionalProperties: false },
);
export type WorkLogQuery = Static<typeof WorkLogQuery>;

export const WorkLogPage = Type.Object({
  items: Type.Array(WorkLogEntryView),
  weeks: Type.Array(WorkLogPeriodView),
  months: Type.Array(WorkLogPeriodView),
  /** Every entry's hash recomputed and each link to the one before matched, over the whole chain. */
  chainIntact: Type.Boolean(),
  /** The first entry (by seq) whose hash or link does not match; null when intact. */
  brokenAt: Nullable(Type.Integer()),
  /** The hash of the last entry: the head of the chain. */
  headSha256: Nullable(Sha256),
});
export type WorkLogPage = Static<typeof WorkLogPage>;

/** Erasing the whole record (PIPL art 47): said in so many words, as the app asks before it. */
export const WorkLogEraseBody = Body({
  confirm: Type.Literal(true, { description: 'The worker confirmed erasing every entry of their work record' }),
});
export type WorkLogEraseBody = Static<typeof WorkLogEraseBody>;
export const WorkLogErased = Type.Object({
  entries: Type.Integer({ minimum: 0, description: 'Entries erased' }),
  files: Type.Integer({ minimum: 0, description: "The entries' screenshots erased (those not attached to a claim)" }),
});
export type WorkLogErased = Static<typeof WorkLogErased>;

export const WorkLogAttachBody = Body({ from: CalendarDate, to: CalendarDate });
export type WorkLogAttachBody = Static<typeof WorkLogAttachBody>;

export const DataRequestQuery = Type.Object(
  {
    platform: Type.Optional(Name(100, 2)),
    from: Type.Optional(CalendarDate),
    to: Type.Optional(CalendarDate),
  },
  { additionalProperties: false },
);
export type DataRequestQuery = Static<typeof DataRequestQuery>;

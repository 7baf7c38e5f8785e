import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE, INDUSTRY } from '../enums';
import { CASE_STATUSES, DUE_SOON_DAYS } from '../case/status';
import { Id, StringEnum } from './common';
import { CalendarDate } from './actions';
import { CaseSummary } from './claim';

/** The staff page's case queue: its filters, one row (a case with its next due day) and a page. */
export const CaseQueueQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Array(StringEnum(CASE_STATUSES), {
        maxItems: CASE_STATUSES.length,
        description: 'One or more; repeat the parameter',
      }),
    ),
    stationId: Type.Optional(Id),
    industry: Type.Optional(StringEnum(INDUSTRY.values)),
    claimType: Type.Optional(StringEnum(CLAIM_TYPE.values)),
    urgent: Type.Optional(Type.Boolean()),
    legalAid: Type.Optional(Type.Boolean()),
    due: Type.Optional(
      StringEnum(['soon', 'overdue'] as const, {
        description: `soon: the next deadline within ${DUE_SOON_DAYS} days; overdue: passed`,
      }),
    ),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: 'Case number or respondent name contains' }),
    ),
    filedFrom: Type.Optional(CalendarDate),
    filedTo: Type.Optional(CalendarDate),
    sort: Type.Optional(StringEnum(['newest', 'due'] as const)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type CaseQueueQuery = Static<typeof CaseQueueQuery>;

export const CaseQueueItem = Type.Composite([
  CaseSummary,
  Type.Object({ nextDue: Type.Union([CalendarDate, Type.Null()]) }),
]);
export const CaseQueuePage = Type.Object({
  items: Type.Array(CaseQueueItem),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type CaseQueuePage = Static<typeof CaseQueuePage>;

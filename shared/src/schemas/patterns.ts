import { Type, type Static } from '@sinclair/typebox';
import { CaseSummary } from './claim';
import { IsoDateTime } from './common';

export const RelatedCases = Type.Object({ items: Type.Array(CaseSummary) });
export type RelatedCases = Static<typeof RelatedCases>;

export const WarningQuery = Type.Object({
  days: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 366, description: 'Look back this many days (default EARLY_WARNING_DAYS)' }),
  ),
  minCases: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: 1000,
      description: 'At least this many claims against one respondent (default EARLY_WARNING_MIN_CASES)',
    }),
  ),
});
export type WarningQuery = Static<typeof WarningQuery>;

/** Respondents with a cluster of claims in a short time: the early warning. */
export const WarningList = Type.Object({
  days: Type.Integer(),
  minCases: Type.Integer(),
  items: Type.Array(
    Type.Object({
      respondentName: Type.String(),
      creditCode: Type.Union([Type.String(), Type.Null()]),
      count: Type.Integer({ description: 'Claims received in the period' }),
      workers: Type.Integer({ description: 'Different workers among them' }),
      totalFen: Type.Integer(),
      stations: Type.Array(Type.String(), { description: 'Codes of the stations handling them' }),
      firstAt: IsoDateTime,
      lastAt: IsoDateTime,
      cases: Type.Array(CaseSummary),
    }),
  ),
});
export type WarningList = Static<typeof WarningList>;

/** The workbench: what needs attention now, within the user's reach. Each count opens the queue with the same filter. */
export const WorkbenchCounts = Type.Object({
  submitted: Type.Integer({ description: 'New claims waiting to be accepted' }),
  dueSoon: Type.Integer({ description: 'Next running deadline within 3 days' }),
  overdue: Type.Integer({ description: 'Next running deadline passed' }),
  urgent: Type.Integer({ description: 'Flagged for an urgent joint consultation' }),
  legalAid: Type.Integer({ description: 'Open cases whose worker asked for legal aid' }),
  awaitingWorker: Type.Integer({ description: 'Agreements waiting for the worker to sign or confirm payment' }),
});
export type WorkbenchCounts = Static<typeof WorkbenchCounts>;

import { Type, type Static } from '@sinclair/typebox';
import { CaseSummary } from './claim';
import { CASE_STATUSES, DUE_SOON_DAYS } from '../case/status';
import { IsoDateTime, StringEnum } from './common';

export const RelatedCases = Type.Object({
  items: Type.Array(CaseSummary),
  /** The case's respondent (admin.respondents.get); null for a case filed without a name to key. */
  respondentKey: Type.Union([Type.String(), Type.Null()]),
});
export type RelatedCases = Static<typeof RelatedCases>;

export const WarningQuery = Type.Object({
  days: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 366, description: 'Look back this many days (default EARLY_WARNING_DAYS)' }),
  ),
  minCases: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: 1000,
      description:
        "At least this many different workers with a claim against one respondent (default EARLY_WARNING_MIN_CASES); a worker's repeat claims count once",
    }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 10,
      description: 'At most this many respondents, most workers first',
    }),
  ),
});
export type WarningQuery = Static<typeof WarningQuery>;

/** How many of a respondent's latest cases a warning lists (with the total in `count`). */
export const WARNING_CASES = 10;

/**
 * Respondents with a cluster of claims in a short time: the early warning. One respondent across
 * spellings (`respondentKey`: the credit code's first claim's key, else shared `respondentNameKey`).
 */
export const WarningList = Type.Object({
  days: Type.Integer(),
  minCases: Type.Integer(),
  /** More respondents qualify than the `limit` listed. */
  more: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      respondentKey: Type.String({ description: 'Opens the respondent page (admin.respondents.get)' }),
      respondentName: Type.String({ description: 'As its latest claim spells it' }),
      creditCode: Type.Union([Type.String(), Type.Null()]),
      count: Type.Integer({ description: 'Claims received in the period' }),
      workers: Type.Integer({ description: 'Different workers among them (what the threshold counts)' }),
      totalFen: Type.Integer(),
      stations: Type.Array(Type.String(), { description: 'Codes of the stations handling them' }),
      firstAt: IsoDateTime,
      lastAt: IsoDateTime,
      /** The supervisors were told (inbox, and SMS where they have a phone) in this window. */
      raisedAt: Type.Union([IsoDateTime, Type.Null()]),
      notifiedAt: Type.Union([IsoDateTime, Type.Null()]),
      cases: Type.Array(CaseSummary, { description: `The latest ${WARNING_CASES}, newest first` }),
    }),
  ),
});
export type WarningList = Static<typeof WarningList>;

export const RespondentParams = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 100, description: "The respondent's key (respondentKey of a warning)" }),
});
export type RespondentParams = Static<typeof RespondentParams>;

export const RespondentQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type RespondentQuery = Static<typeof RespondentQuery>;

/** What a respondent's claims came to (within the user's reach), money in fen. */
export const RespondentFigures = Type.Object({
  claims: Type.Integer(),
  workers: Type.Integer({ description: 'Different workers' }),
  open: Type.Integer({ description: 'Claims not yet ended (not closed, withdrawn, rejected)' }),
  agreements: Type.Integer({ description: 'Claims with an agreement in force' }),
  performed: Type.Integer({
    description: 'Agreements performed (recorded by staff or receipt confirmed by the worker)',
  }),
  defaults: Type.Integer({ description: 'Agreements reported or recorded as not performed (ever)' }),
  defaultedNow: Type.Integer({ description: 'Agreements not performed and still unpaid' }),
  claimedFen: Type.Integer(),
  agreedFen: Type.Integer({ description: 'Agreed in the agreements in force' }),
  paidFen: Type.Integer({ description: 'The agreed amount of the agreements performed' }),
  byStatus: Type.Array(Type.Object({ status: StringEnum(CASE_STATUSES), count: Type.Integer() })),
});
export type RespondentFigures = Static<typeof RespondentFigures>;

/** One respondent across spellings: every claim against it within reach (paged), what they came to, its warnings. */
export const RespondentView = Type.Object({
  key: Type.String(),
  name: Type.String({ description: 'As its latest claim spells it' }),
  names: Type.Array(Type.String(), { description: 'The spellings the claims gave (up to 20)' }),
  creditCodes: Type.Array(Type.String()),
  figures: RespondentFigures,
  warnings: Type.Array(
    Type.Object({
      windowStart: Type.String(),
      windowEnd: Type.String(),
      workers: Type.Integer(),
      claims: Type.Integer(),
      raisedAt: IsoDateTime,
      notifiedAt: Type.Union([IsoDateTime, Type.Null()]),
    }),
  ),
  cases: Type.Object({
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    items: Type.Array(
      Type.Composite([
        CaseSummary,
        Type.Object({
          receivedAt: IsoDateTime,
          agreedFen: Type.Union([Type.Integer(), Type.Null()]),
          performed: Type.Boolean(),
          defaulted: Type.Boolean({ description: 'Its agreement was reported or recorded as not performed' }),
        }),
      ]),
    ),
  }),
});
export type RespondentView = Static<typeof RespondentView>;

/** The workbench: what needs attention now, within the user's reach. Each count opens the queue with the same filter. */
export const WorkbenchCounts = Type.Object({
  submitted: Type.Integer({ description: 'New claims waiting to be accepted' }),
  dueSoon: Type.Integer({ description: `Next running deadline within ${DUE_SOON_DAYS} days` }),
  overdue: Type.Integer({ description: 'Next running deadline passed' }),
  urgent: Type.Integer({ description: 'Flagged for an urgent joint consultation' }),
  legalAid: Type.Integer({ description: 'Open cases whose worker asked for legal aid' }),
  awaitingWorker: Type.Integer({ description: 'Agreements waiting for the worker to sign or confirm payment' }),
});
export type WorkbenchCounts = Static<typeof WorkbenchCounts>;

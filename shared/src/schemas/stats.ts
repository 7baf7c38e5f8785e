import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE, INDUSTRY } from '../enums';
import { STATS_GROUP_BY } from '../case/statistics';
import { Id, IsoDateTime, StringEnum } from './common';
import { CalendarDate, Nullable } from './actions';

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Days = (description: string) => Nullable(Type.Number({ minimum: 0, description }));

/** The filters of the statistics, the export and (with `month`) the monthly report. */
export const StatsQuery = Type.Object(
  {
    from: CalendarDate,
    to: CalendarDate,
    stationId: Type.Optional(Id),
    industry: Type.Optional(StringEnum(INDUSTRY.values)),
    claimType: Type.Optional(StringEnum(CLAIM_TYPE.values)),
    groupBy: Type.Optional(StringEnum(STATS_GROUP_BY)),
  },
  { additionalProperties: false },
);
export type StatsQuery = Static<typeof StatsQuery>;

/** The export: the same filters, and the workers' names and phones only when revealed with a reason. */
export const StatsExportQuery = Type.Composite(
  [
    StatsQuery,
    Type.Object({
      reveal: Type.Optional(
        Type.Union([Type.Boolean(), Type.Literal('1')], {
          description: "reveal=1 (or true): put the workers' names and phones in the case list (needs reason; audited)",
        }),
      ),
      reason: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: 'Why, for the audit log' })),
    }),
  ],
  { additionalProperties: false },
);
export type StatsExportQuery = Static<typeof StatsExportQuery>;

export const StatsReportQuery = Type.Object(
  {
    month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM, China calendar' }),
    stationId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type StatsReportQuery = Static<typeof StatsReportQuery>;

/** The figures of one period (the whole, or one group of it). See STATS_DEFINITIONS. */
export const StatsFigures = Type.Object({
  filed: Count('Claims filed in the period'),
  accepted: Count('Acceptances in the period'),
  rejected: Count('Cases rejected in the period'),
  agreements: Count('Mediations ended in an agreement in the period'),
  failures: Count('Mediations ended without agreement in the period'),
  withdrawn: Count('Cases withdrawn in the period'),
  open: Count('Cases open at the end of the period'),
  successRate: Nullable(
    Type.Number({ minimum: 0, maximum: 1, description: 'agreements / (agreements + failures); null when none ended' }),
  ),
  medianDaysToAcceptance: Days('Median calendar days from filing to acceptance'),
  medianDaysToResolution: Days('Median calendar days from filing to the end of mediation'),
  p90DaysToResolution: Days('90th percentile (nearest rank) of the days from filing to the end of mediation'),
  claimedFen: Count('Claimed by the claims filed in the period, in fen'),
  agreedFen: Count('Agreed in the agreements reached in the period, in fen'),
  paidFen: Count('Confirmed received or recorded performed in the period, in fen'),
  legalAid: Count('Requests for legal aid in the period'),
  urgent: Count('Urgent joint consultations started in the period'),
  transferredToArbitration: Count('Cases that asked for transfer to arbitration in the period'),
});
export type StatsFigures = Static<typeof StatsFigures>;

const Definition = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });

export const StatsGroup = Type.Composite([
  Type.Object({
    key: Type.String({ description: 'The station id, industry, claim type or YYYY-MM' }),
    label: Type.String({ description: 'Its Chinese name (the station name, the label, or YYYY年MM月)' }),
  }),
  StatsFigures,
]);
export type StatsGroup = Static<typeof StatsGroup>;

export const StatsReport = Type.Composite([
  Type.Object({
    from: CalendarDate,
    to: CalendarDate,
    stationId: Nullable(Id),
    industry: Nullable(StringEnum(INDUSTRY.values)),
    claimType: Nullable(StringEnum(CLAIM_TYPE.values)),
    groupBy: Nullable(StringEnum(STATS_GROUP_BY)),
    /** The stations the figures cover: null for the whole city. */
    scope: Nullable(Type.Array(Id)),
    generatedAt: IsoDateTime,
  }),
  StatsFigures,
  Type.Object({
    groups: Type.Array(StatsGroup),
    definitions: Type.Record(Type.String(), Definition, {
      description: 'Each figure (STATS_FIGURES) and what it counts, in Chinese and English (STATS_DEFINITIONS)',
    }),
  }),
]);
export type StatsReport = Static<typeof StatsReport>;

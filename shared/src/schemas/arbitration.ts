import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE } from '../enums';
import { CalendarDate, Nullable, Text, Yuan } from './actions';
import { Body, Id, IsoDateTime, StringEnum } from './common';

/**
 * The arbitration stage's action bodies, event data and view (LDMAL arts 21, 29, 35, 42-50). The
 * actions table (case/actions-arbitration.ts) builds the bodies from these fields.
 */
/** Why an institution has the case (art 21): where the work is done, or where the employer is. */
export const JURISDICTION_BASES = ['performance_place', 'employer_location'] as const;
export type JurisdictionBasis = (typeof JURISDICTION_BASES)[number];
/** How an award decides the finality of its items (art 47): all final, none, or some of each. */
export const AWARD_FINALITY = ['final', 'non_final', 'mixed'] as const;

const AwardItemInput = Body({
  type: StringEnum(CLAIM_TYPE.values),
  awardedYuan: Yuan,
  /** Art 47(2): a dispute over the national standards on hours, rest and leave, or social insurance. */
  standardsDispute: Type.Boolean({ description: 'A working-time, rest/leave or social-insurance standards dispute' }),
});

export const ARBITRATION_FIELDS = {
  /** The worker may pick among the institutions with jurisdiction; the place of performance by default. */
  request: { institutionId: Type.Optional(Id) },
  acceptance: { acceptedOn: CalendarDate, arbitrationNumber: Text(100, 2) },
  refusal: { decidedOn: CalendarDate },
  /** Art 35: the parties are told at least 5 days before the hearing. */
  hearing: { startsAt: IsoDateTime, address: Text(300, 2), tribunal: Type.Optional(Text(100)) },
  /** Art 42: a 调解书 made by the tribunal. */
  mediation: { documentNumber: Text(100, 2), decidedOn: CalendarDate, totalYuan: Yuan },
  award: {
    documentNumber: Text(100, 2),
    awardedOn: CalendarDate,
    /** The day the worker received the award: the appeal windows count from it. */
    receivedOn: CalendarDate,
    /** The local monthly minimum wage in force on the award date (art 47(1); 办案规则 art 50). */
    minimumWageYuan: Yuan,
    items: Type.Array(AwardItemInput, { minItems: 1, maxItems: 20 }),
  },
} as const;

export const AwardView = Type.Object({
  documentNumber: Type.String(),
  awardedOn: CalendarDate,
  receivedOn: CalendarDate,
  minimumWageFen: Type.Integer(),
  /** 12 × the minimum wage: an item up to it is final (art 47(1)). */
  finalCapFen: Type.Integer(),
  items: Type.Array(
    Type.Object({
      type: StringEnum(CLAIM_TYPE.values),
      awardedFen: Type.Integer(),
      standardsDispute: Type.Boolean(),
      final: Type.Boolean(),
    }),
  ),
  totalFen: Type.Integer(),
  finality: StringEnum(AWARD_FINALITY),
});
export type AwardView = Static<typeof AwardView>;

/** The case at the arbitration institution: where, since when, and what it has decided. */
export const ArbitrationView = Type.Object({
  institutionId: Id,
  basis: StringEnum(JURISDICTION_BASES),
  receivedOn: CalendarDate,
  acceptedOn: Nullable(CalendarDate),
  arbitrationNumber: Nullable(Type.String()),
  refusedOn: Nullable(CalendarDate),
  /** The written reasons of a refusal (art 29). */
  refusalReason: Nullable(Type.String()),
  extended: Type.Boolean(),
  hearing: Nullable(Type.Object({ startsAt: IsoDateTime, address: Type.String(), tribunal: Nullable(Type.String()) })),
  mediation: Nullable(
    Type.Object({ documentNumber: Type.String(), decidedOn: CalendarDate, totalFen: Type.Integer() }),
  ),
  award: Nullable(AwardView),
  /**
   * Whether the worker may go to court now and why (computed for the view): refused or not decided
   * in time (art 29), a late award (art 43), or an award received (until the last day, arts 48/50).
   */
  courtPath: Type.Optional(
    Nullable(
      Type.Object({
        why: StringEnum(['refused', 'acceptance_late', 'award_late', 'award'] as const),
        until: Nullable(CalendarDate),
      }),
    ),
  ),
});
export type ArbitrationView = Static<typeof ArbitrationView>;

export const ARBITRATION_EVENT_DATA = {
  request: Type.Object({
    fromStationId: Nullable(Id),
    toStationId: Id,
    toStationCode: Type.String(),
    basis: StringEnum(JURISDICTION_BASES),
    receivedOn: CalendarDate,
    acceptanceDue: CalendarDate,
  }),
  acceptance: Type.Object({ acceptedOn: CalendarDate, arbitrationNumber: Type.String(), awardDue: CalendarDate }),
  refusal: Type.Object({ decidedOn: CalendarDate }),
  hearing: Type.Object({ startsAt: IsoDateTime, address: Type.String(), tribunal: Nullable(Type.String()) }),
  extension: Type.Object({ awardDue: CalendarDate }),
  mediation: Type.Object({ documentNumber: Type.String(), decidedOn: CalendarDate, totalFen: Type.Integer() }),
  /** `suitDue`: the worker's last day to sue (art 48 or 50), for the notice. */
  award: Type.Object({ award: AwardView, suitDue: CalendarDate }),
};

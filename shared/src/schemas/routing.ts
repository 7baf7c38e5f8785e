import { Type, type Static } from '@sinclair/typebox';
import { CHANNEL, INDUSTRY, MEDIATION_TYPE, WORK_MODE } from '../enums';
import { ROUTE_REASON_LABELS } from '../routing/route-claim';
import { AreaCode, Body, StationCode, StringEnum } from './common';
import { StationCard } from './station';

const ROUTE_REASONS = Object.keys(ROUTE_REASON_LABELS) as (keyof typeof ROUTE_REASON_LABELS)[];

/** The part of a claim that decides where it goes. */
export const RouteRequestBody = Body({
  industry: StringEnum(INDUSTRY.values),
  workMode: StringEnum(WORK_MODE.values),
  areaCode: AreaCode,
  scannedStationCode: Type.Optional(Type.Union([StationCode, Type.Null()])),
  preferredChannel: Type.Optional(Type.Union([StringEnum(CHANNEL.values), Type.Null()])),
  mediationType: Type.Optional(Type.Union([StringEnum(MEDIATION_TYPE.values), Type.Null()])),
});
export type RouteRequestBody = Static<typeof RouteRequestBody>;

export const RouteDecision = Type.Object({
  station: Type.Union([StationCard, Type.Null()]),
  reason: StringEnum(ROUTE_REASONS),
  reasonText: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  mediationType: Type.Union([StringEnum(MEDIATION_TYPE.values), Type.Null()]),
  labourDispute: Type.Boolean(),
  scannedStationSkipped: Type.Boolean(),
});
export type RouteDecision = Static<typeof RouteDecision>;

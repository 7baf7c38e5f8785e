import { Type, type Static } from '@sinclair/typebox';
import { INDUSTRY, MEDIATION_TYPE, STATION_KIND } from '../enums';
import { AreaCode, Body, ContactPhone, Id, IsoDateTime, Name, StationCode, StringEnum } from './common';

const Industries = Type.Array(StringEnum(INDUSTRY.values), { uniqueItems: true, maxItems: INDUSTRY.values.length });
const MediationTypes = Type.Array(StringEnum(MEDIATION_TYPE.values), {
  uniqueItems: true,
  maxItems: MEDIATION_TYPE.values.length,
});
const Location = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false, description: 'GCJ-02 coordinates as used by WeChat maps' },
);

const stationFields = {
  code: StationCode,
  name: Name(100, 2),
  nameEn: Type.Optional(Name(200, 0)),
  kind: StringEnum(STATION_KIND.values),
  industries: Industries,
  mediationTypes: MediationTypes,
  areaCode: AreaCode,
  parentId: Type.Union([Id, Type.Null()]),
  address: Type.String({ minLength: 2, maxLength: 300 }),
  hours: Type.String({ maxLength: 200, description: 'Opening hours as shown to workers' }),
  phone: ContactPhone,
  location: Type.Union([Location, Type.Null()]),
  active: Type.Boolean(),
  /** For an outlet: the company it belongs to, so a case goes only to the respondent's own outlet. */
  organisation: Type.Union([Name(100, 2), Type.Null()], {
    description: "An outlet's company (matched against the claim's respondent and partner)",
  }),
  creditCode: Type.Union([Type.String({ pattern: '^[0-9A-Za-z]{18}$' }), Type.Null()], {
    description: "The outlet's or its company's unified social credit code",
  }),
};

export const StationCreateBody = Body({
  ...stationFields,
  parentId: Type.Optional(stationFields.parentId),
  nameEn: stationFields.nameEn,
  hours: Type.Optional(stationFields.hours),
  location: Type.Optional(stationFields.location),
  active: Type.Optional(stationFields.active),
  mediationTypes: Type.Optional(MediationTypes),
  organisation: Type.Optional(stationFields.organisation),
  creditCode: Type.Optional(stationFields.creditCode),
});
export type StationCreateBody = Static<typeof StationCreateBody>;

export const StationUpdateBody = Type.Partial(StationCreateBody, { additionalProperties: false, minProperties: 1 });
export type StationUpdateBody = Static<typeof StationUpdateBody>;

export const Station = Type.Object(
  {
    id: Id,
    ...stationFields,
    nameEn: Type.Union([Type.String(), Type.Null()]),
    /** The address a phone camera opens: PUBLIC_BASE_URL/s/<code>. */
    qrUrl: Type.String(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  { description: 'A station as staff see it' },
);
export type Station = Static<typeof Station>;

/** What the public sees after scanning: no internal fields. */
export const StationCard = Type.Object(
  {
    code: StationCode,
    name: Type.String(),
    nameEn: Type.Union([Type.String(), Type.Null()]),
    kind: StringEnum(STATION_KIND.values),
    industries: Industries,
    mediationTypes: MediationTypes,
    areaCode: AreaCode,
    address: Type.String(),
    hours: Type.String(),
    phone: Type.String(),
    location: Type.Union([Location, Type.Null()]),
    active: Type.Boolean(),
    parentName: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'What the public sees of a station after scanning its QR' },
);
export type StationCard = Static<typeof StationCard>;

export const StationListQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(STATION_KIND.values)),
    industry: Type.Optional(StringEnum(INDUSTRY.values)),
    areaCode: Type.Optional(AreaCode),
    active: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);
export type StationListQuery = Static<typeof StationListQuery>;

export const QrQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('png'), Type.Literal('svg')], { default: 'png' })),
    size: Type.Optional(
      Type.Integer({ minimum: 128, maximum: 2048, default: 512, description: 'PNG width in pixels' }),
    ),
  },
  { additionalProperties: false },
);
export type QrQuery = Static<typeof QrQuery>;

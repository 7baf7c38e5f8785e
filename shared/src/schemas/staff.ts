import { Type, type Static } from '@sinclair/typebox';
import { STAFF_ROLES } from '../enums';
import { Body, Id, IsoDateTime, Name, Phone, StringEnum } from './common';

const Username = Type.String({
  pattern: '^[a-z0-9][a-z0-9._-]{2,63}$',
  description: '3-64 of a-z 0-9 . _ -, starting with a letter or digit',
});
const DisplayName = Name(100);

export const StaffAccount = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(STAFF_ROLES),
  stationId: Type.Union([Id, Type.Null()]),
  stationName: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  locked: Type.Boolean({ description: 'Locked after too many wrong passwords (until lockedUntil)' }),
  lastLoginAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
  /** The mobile for texts that must reach them (early warnings to supervisors), masked. */
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
});
export type StaffAccount = Static<typeof StaffAccount>;

export const StaffListQuery = Type.Object(
  { stationId: Type.Optional(Id), includeDisabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type StaffListQuery = Static<typeof StaffListQuery>;

export const StaffCreateBody = Body({
  username: Username,
  displayName: DisplayName,
  role: StringEnum(STAFF_ROLES),
  stationId: Type.Union([Id, Type.Null()]),
  password: Type.String({
    minLength: 1,
    maxLength: 256,
    description: 'The first password; the rules of staff passwords apply',
  }),
});
export type StaffCreateBody = Static<typeof StaffCreateBody>;

export const StaffUpdateBody = Body(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(StringEnum(STAFF_ROLES)),
    stationId: Type.Optional(Type.Union([Id, Type.Null()])),
    disabled: Type.Optional(
      Type.Boolean({ description: 'A disabled account cannot sign in; its sessions end at once' }),
    ),
    /** A mainland mobile for the texts that must reach them (a supervisor's early warnings); null removes it. */
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  },
  { minProperties: 1 },
);
export type StaffUpdateBody = Static<typeof StaffUpdateBody>;

export const PasswordResetBody = Body({ password: Type.String({ minLength: 1, maxLength: 256 }) });
export type PasswordResetBody = Static<typeof PasswordResetBody>;

export const AuditQuery = Type.Object(
  {
    action: Type.Optional(
      Type.String({ maxLength: 64, description: 'Exact action, or a prefix ending in * (e.g. personal_data.*)' }),
    ),
    actorId: Type.Optional(Id),
    targetType: Type.Optional(Type.String({ maxLength: 32 })),
    targetId: Type.Optional(Id),
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    before: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Id,
      at: IsoDateTime,
      actorType: Type.String(),
      actorId: Type.Union([Id, Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      action: Type.String(),
      targetType: Type.String(),
      targetId: Type.Union([Type.String(), Type.Null()]),
      detail: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
      requestId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  nextBefore: Type.Union([IsoDateTime, Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;

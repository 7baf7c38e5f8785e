import { Type, type Static } from '@sinclair/typebox';
import { AREA_CODE_PATTERN } from '../routing/area';
import { ERROR_CODES } from '../errors';

/** A string enum as JSON Schema, from the values declared once in enums.ts. */
export function StringEnum<const V extends string>(values: readonly V[], options: { description?: string } = {}) {
  return Type.Unsafe<V>({ type: 'string', enum: [...values], ...options });
}

/** Control characters and bidi embedding/override/isolate marks: never in a name. */
export const NO_CONTROL_PATTERN = '^[^\\u0000-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069]*$';
/** A person's, a company's or a station's name: refused (400) when it holds a control or bidi mark. */
export const Name = (max: number, min = 1, description = 'A name, without control characters or bidi marks') =>
  Type.String({ minLength: min, maxLength: max, pattern: NO_CONTROL_PATTERN, description });

export const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID)' });
export const IsoDateTime = Type.String({ format: 'date-time', description: 'ISO 8601 instant in UTC' });
export const AreaCode = Type.String({
  pattern: AREA_CODE_PATTERN,
  description: 'Administrative area code (GB/T 2260, 6 digits)',
  examples: ['330302'],
});
/** Mainland China mobile number, 11 digits. */
export const CN_MOBILE_PATTERN = '^1[3-9][0-9]{9}$';
export const Phone = Type.String({
  pattern: CN_MOBILE_PATTERN,
  description: 'Mainland mobile number, 11 digits',
  examples: ['13957712345'],
});
/** A landline or mobile, for a station's public contact. */
export const ContactPhone = Type.String({
  pattern: '^[0-9+][0-9 -]{4,19}$',
  description: 'Contact phone (landline or mobile)',
  examples: ['0577-88001234'],
});
/** Station code: at most 32 characters, valid in a WeChat mini-program code `scene` and in a URL. */
export const STATION_CODE_PATTERN = '^[A-Za-z0-9_-]{2,32}$';
export const StationCode = Type.String({
  pattern: STATION_CODE_PATTERN,
  description: 'Short station code, ≤ 32 of A-Z a-z 0-9 _ -',
  examples: ['WZ-COURIER'],
});

export const FieldErrorSchema = Type.Object({
  path: Type.String(),
  rule: Type.String(),
  message: Type.String(),
});

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: StringEnum(ERROR_CODES),
    message: Type.String(),
    fields: Type.Optional(Type.Array(FieldErrorSchema)),
    requestId: Type.Optional(Type.String()),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { description: 'Every error: a stable code, a message, and the fields at fault' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

/** Request bodies refuse unknown properties: nothing the client sent is silently dropped. */
export function Body<T extends Parameters<typeof Type.Object>[0]>(
  props: T,
  // `examples`: what the /docs page offers to send; each one valid (the server would take it).
  options: { $id?: string; description?: string; minProperties?: number; examples?: unknown[] } = {},
) {
  return Type.Object(props, { additionalProperties: false, ...options });
}

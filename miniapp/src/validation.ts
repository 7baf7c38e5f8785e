import { FormatRegistry, TypeRegistry, type TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { ClaimCreateBody, chinaDate, claimRuleProblems, type ClaimCreateBody as Claim } from '@gig/shared';
import type { DraftBody } from './draft';

/** The formats the shared schemas use, for TypeBox's Value checks (the server's ajv knows them already). */
export function registerFormats(): void {
  if (FormatRegistry.Has('date')) return;
  FormatRegistry.Set('date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));
  FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));
  FormatRegistry.Set('uuid', (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v));
  FormatRegistry.Set('uri', (v) => /^https?:\/\//.test(v));
  // The shared StringEnum is a Type.Unsafe string enum (plain JSON Schema for ajv); teach TypeBox.
  TypeRegistry.Set(
    'Unsafe',
    (schema: { type?: string; enum?: unknown[] }, value) =>
      (schema.type !== 'string' || typeof value === 'string') && (!schema.enum || schema.enum.includes(value)),
  );
}

/**
 * The problems the wizard can name, each with words on the screen (never a validator's own text):
 * from TypeBox here and from the server's field errors (ajv keywords and our own rules).
 */
export type Problem =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'format'
  | 'checksum'
  | 'birth_date'
  | 'amount'
  | 'total'
  | 'after_from'
  | 'after_incident'
  | 'not_future'
  | 'unknown'
  | 'invalid';

function problemOf(e: ValueError): Problem {
  const empty = e.value === undefined || e.value === null || e.value === '';
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'required';
    case ValueErrorType.StringMinLength:
    case ValueErrorType.ArrayMinItems:
      return empty ? 'required' : 'too_short';
    case ValueErrorType.StringMaxLength:
    case ValueErrorType.ArrayMaxItems:
      return 'too_long';
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      return empty ? 'required' : 'format';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'unknown';
    default:
      return empty ? 'required' : 'invalid';
  }
}

/** Problems with a value under one of the shared schemas (a claim, an action's body), by JSON path. */
export function schemaProblems(schema: TSchema, value: unknown): Record<string, Problem> {
  registerFormats();
  const out: Record<string, Problem> = {};
  for (const e of Value.Errors(schema, value)) {
    const path = e.path || '/';
    if (!out[path]) out[path] = problemOf(e);
  }
  return out;
}

/** A server field error's rule (an ajv keyword or one of ours) as a wizard problem. */
export function problemOfRule(rule: string): Problem {
  const known: Record<string, Problem> = {
    required: 'required',
    minLength: 'too_short',
    minItems: 'required',
    maxLength: 'too_long',
    maxItems: 'too_long',
    pattern: 'format',
    format: 'format',
    additionalProperties: 'unknown',
    checksum: 'checksum',
    birth_date: 'birth_date',
    amount: 'amount',
    total: 'total',
    after_from: 'after_from',
    after_incident: 'after_incident',
    not_future: 'not_future',
  };
  return known[rule] ?? 'invalid';
}

/** Which wizard step owns which part of the claim. */
export const STEP_FIELDS: Record<number, string[]> = {
  0: ['/stationCode', '/preferredChannel', '/mediationType'],
  1: ['/claimant'],
  2: ['/industry', '/workMode', '/areaCode', '/respondent'],
  3: ['/items'],
  4: [
    '/incidentDate',
    '/description',
    '/evidenceIds',
    '/legalAid',
    '/knownOn',
    '/employmentOngoing',
    '/employmentEndedOn',
    '/limitationEvents',
  ],
};

/**
 * Problems with the claim, by JSON path: the server's own schema, then the server's own claim rules
 * (shared `claimRuleProblems`: checksums, amounts and their total, period order, no future dates).
 * `step` narrows to one step.
 */
export function claimProblems(body: Claim | DraftBody, step?: number): Record<string, string> {
  const out: Record<string, string> = schemaProblems(ClaimCreateBody, body);
  // The checks a schema cannot say are the server's own, from shared: they cannot drift apart.
  // The rules read only what is there: an unset industry is the schema's problem, named above.
  for (const f of claimRuleProblems(body as Claim, chinaDate(new Date()))) out[f.path] ??= problemOfRule(f.rule);
  if (step === undefined) return out;
  const prefixes = STEP_FIELDS[step] ?? [];
  return Object.fromEntries(
    Object.entries(out).filter(([p]) => prefixes.some((x) => p === x || p.startsWith(`${x}/`))),
  );
}

import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Request validation, one policy for every route (server.ts sets it as the validator compiler):
 * - Coercion only where text is all there is: query strings, params and headers ("true" → true,
 *   a=1&a=2 → [1, 2]). A JSON body is taken as sent: `"active": null` or `"1"` for a number is
 *   refused, not turned into something else.
 * - Unknown fields are refused, never silently dropped.
 * - 'full' formats: a date is a real day (2025-02-30 is refused), not only its shape.
 * - Every field at fault at once, but bounded: a first pass stops at the first error; only a small
 *   input is checked again for all of them, and at most MAX_FIELD_ERRORS are reported, so a large
 *   body of junk costs one pass and answers a short list.
 */
export const MAX_FIELD_ERRORS = 20;
/** Inputs up to this size (as JSON) get every error listed (up to MAX_FIELD_ERRORS). */
const ALL_ERRORS_MAX_CHARS = 16 * 1024;

const BASE: Options = {
  removeAdditional: false,
  useDefaults: true,
  verbose: true, // the error handler reads the failing schema's description
  addUsedSchema: false,
  strict: false,
};

/** What `x-plain-text` removes from free text: C0 controls but tab and line breaks, DEL, bidi marks. */
const UNSEEN = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069]';
const HAS_UNSEEN = new RegExp(UNSEEN);
const ALL_UNSEEN = new RegExp(UNSEEN, 'g');

function make(coerceTypes: Options['coerceTypes'], allErrors: boolean): Ajv {
  const ajv = new Ajv({ ...BASE, coerceTypes, allErrors });
  addFormats(ajv, { mode: 'full', formats: ['uuid', 'date-time', 'date', 'email', 'uri'] });
  // Free text (shared `Text`) is kept as typed, less what could reorder or hide what staff read.
  ajv.addKeyword({
    keyword: 'x-plain-text',
    modifying: true,
    schemaType: 'boolean',
    validate: (
      on: boolean,
      data: unknown,
      _schema?: unknown,
      ctx?: { parentData: unknown; parentDataProperty: string | number },
    ) => {
      if (on && typeof data === 'string' && ctx?.parentData && HAS_UNSEEN.test(data))
        (ctx.parentData as Record<string | number, unknown>)[ctx.parentDataProperty] = data.replace(ALL_UNSEEN, '');
      return true;
    },
  });
  return ajv;
}

const AJVS = {
  body: { first: make(false, false), all: make(false, true) },
  text: { first: make('array', false), all: make('array', true) },
};

function sizeAtMost(data: unknown, max: number): boolean {
  try {
    return (JSON.stringify(data)?.length ?? 0) <= max;
  } catch {
    return false;
  }
}

/** A validator for one part of a request: the body without coercion, the other parts with it. */
export function partValidator(schema: object, httpPart: string | undefined): ValidateFunction {
  const pair = httpPart === 'body' ? AJVS.body : AJVS.text;
  const first = pair.first.compile(schema);
  const all = pair.all.compile(schema);
  const validate = ((data: unknown) => {
    if (first(data)) {
      validate.errors = null;
      return true;
    }
    let errors: ErrorObject[] = first.errors ?? [];
    if (sizeAtMost(data, ALL_ERRORS_MAX_CHARS) && !all(data)) errors = all.errors ?? errors;
    validate.errors = errors.slice(0, MAX_FIELD_ERRORS);
    return false;
  }) as ValidateFunction;
  validate.schema = schema;
  return validate;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  partValidator(schema as object, httpPart) as ReturnType<FastifySchemaCompiler<unknown>>;

import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { ErrorResponse, EVIDENCE_CATEGORY, SENSITIVE_CONSENT, StringEnum, type RouteSpec } from '@gig/shared';
import { partValidator } from '../ajv';

/** Error responses every route may give; listed so the docs show them and the serializer shapes them. */
export const ERROR_RESPONSES = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;
export const BEARER = [{ bearer: [] }];

/**
 * The request body of an upload, for the docs: one file in a multipart form field named `file`,
 * after the optional text fields `category` and `consent` (fields after the file are not read).
 */
export const FILE_UPLOAD = Type.Object(
  {
    category: Type.Optional(
      StringEnum(EVIDENCE_CATEGORY.values, {
        description:
          'What the file is (default other). medical, bank, trajectory and id_document are sensitive and need `consent`.',
      }),
    ),
    consent: Type.Optional(
      Type.String({
        description: `For sensitive categories: the version of the separate consent the worker agreed to (${SENSITIVE_CONSENT.version})`,
      }),
    ),
    file: Type.Unsafe<unknown>({
      type: 'string',
      format: 'binary',
      description: 'The file; its type is read from its bytes',
    }),
  },
  { required: ['file'] },
);

/**
 * Validators for an upload route: the multipart body is read and checked by the handler (by its
 * bytes), the other parts by ajv with the server's own options.
 */
export const uploadValidators: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  httpPart === 'body'
    ? () => true
    : (partValidator(schema as object, httpPart) as ReturnType<FastifySchemaCompiler<unknown>>);

type Part<R, K extends string> = R extends { [P in K]: infer T } ? T : undefined;

/**
 * A route's Fastify schema from the shared route table (`ROUTES`): params, query, body, headers
 * and answers, plus the error answers every route may give. `body` replaces the table's body
 * (an action's own schema on the generic action route).
 */
export function schemaOf<const R extends RouteSpec, const B extends TSchema | undefined = undefined>(
  spec: R,
  body?: B,
) {
  return defined({
    tags: spec.tags,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.auth ? { security: BEARER } : {}),
    ...(spec.upload ? { consumes: ['multipart/form-data'] } : {}),
    ...(spec.file ? { produces: ['application/pdf', 'image/png', 'image/svg+xml', 'application/octet-stream'] } : {}),
    params: spec.params as Part<R, 'params'>,
    querystring: spec.query as Part<R, 'query'>,
    headers: spec.headers as Part<R, 'headers'>,
    body: (body ?? (spec.upload ? FILE_UPLOAD : spec.body)) as B extends TSchema ? B : Part<R, 'body'>,
    response: { ...spec.responses, ...ERROR_RESPONSES } as Part<R, 'responses'> & typeof ERROR_RESPONSES,
  });
}

/** The object without its undefined parts (Fastify warns of a schema part that is present but empty). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A route's path inside the plugin that registers it (autoload prefixes the folder's path). */
export function urlIn(fastify: FastifyInstance, spec: Pick<RouteSpec, 'path'>): string {
  const rel = spec.path.slice(fastify.prefix.length);
  if (!spec.path.startsWith(fastify.prefix)) throw new Error(`${spec.path} is not under ${fastify.prefix}`);
  return rel || '/';
}

import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { Id } from '../schemas/common';

/** One route of the API table (see routes.ts). */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** The full path with `:name` params, e.g. `/api/cases/:id`. */
  path: string;
  params?: TObject;
  query?: TObject;
  body?: TSchema;
  headers?: TObject;
  /** The successful answers by status (errors are the shared ErrorResponse). */
  responses: Partial<Record<200 | 201 | 204 | 302, TSchema>>;
  /** The answer is a file (PDF, PNG), not JSON. */
  file?: true;
  /** The body is a multipart form with one file (evidence). */
  upload?: true;
  tags: string[];
  summary: string;
  /** Sent with a bearer token. */
  auth: boolean;
}

export const route = <R extends RouteSpec>(r: R): R => r;
export const IdParams = Type.Object({ id: Id });
export const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
export const Ok = Type.Object({ ok: Type.Literal(true) });
export const Binary = Type.Unsafe<unknown>({ type: 'string', format: 'binary' });
export const IdempotencyKey = Type.String({
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  description: 'Made by the client once per intent (a claim, an action) and kept across its retries',
});
export const Lawyer = Type.Object({ id: Id, name: Type.String(), stationId: Type.Union([Id, Type.Null()]) });

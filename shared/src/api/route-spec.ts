import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { STAFF_ROLES } from '../enums';
import { Id, StringEnum } from '../schemas/common';
import { ROUTE_INDEX, type RouteBasics, type RouteName } from './route-index';

/** One route of the API table (see routes.ts): its basics (route-index.ts), schemas and docs. */
export interface RouteSpec extends RouteBasics {
  params?: TObject;
  query?: TObject;
  body?: TSchema;
  headers?: TObject;
  /** The successful answers by status (errors are the shared ErrorResponse). */
  responses: Partial<Record<200 | 201 | 204 | 302, TSchema>>;
  tags: string[];
  summary: string;
  /** Longer docs (the figures' definitions), shown under the summary in /docs. */
  description?: string;
}

/** An entry of the route table: the route's basics from the index, with its schemas and docs. */
export const route = <N extends RouteName, R extends Omit<RouteSpec, keyof RouteBasics>>(name: N, r: R) => ({
  ...ROUTE_INDEX[name],
  ...r,
});
export const IdParams = Type.Object({ id: Id });
export const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
export const Ok = Type.Object({ ok: Type.Literal(true) });
export const Binary = Type.Unsafe<unknown>({ type: 'string', format: 'binary' });
export const IdempotencyKey = Type.String({
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  description: 'Made by the client once per intent (a claim, an action) and kept across its retries',
});
export const Lawyer = Type.Object({ id: Id, name: Type.String(), stationId: Type.Union([Id, Type.Null()]) });
/** An account that may sit on an urgent consultation (CONSULTANT_ACCOUNT_ROLES says in which roles). */
export const Consultant = Type.Composite([
  Lawyer,
  Type.Object({ role: StringEnum(STAFF_ROLES), stationName: Type.Union([Type.String(), Type.Null()]) }),
]);

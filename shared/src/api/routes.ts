import { ADMIN_CASE_ROUTES, ADMIN_ROUTES } from './routes-admin';
import { ACTION_ROUTES, AUTH_ROUTES, PUBLIC_ROUTES, WORKER_ROUTES } from './routes-worker';
import { KNOWLEDGE_ADMIN_ROUTES, KNOWLEDGE_PUBLIC_ROUTES } from '../knowledge/routes';

/**
 * The API as one table: every route's method, path, params, query, body, headers and answers,
 * built from the shared schemas. The server registers its routes' schemas from it; both front
 * ends call the API through a client typed from it (`ApiCore.call`), so a path, a field or an
 * answer's shape is written once.
 */
export const ROUTES = {
  ...AUTH_ROUTES,
  ...PUBLIC_ROUTES,
  ...WORKER_ROUTES,
  ...ACTION_ROUTES,
  ...ADMIN_CASE_ROUTES,
  ...ADMIN_ROUTES,
  ...KNOWLEDGE_PUBLIC_ROUTES,
  ...KNOWLEDGE_ADMIN_ROUTES,
};
export type Routes = typeof ROUTES;
export { IdempotencyKey, Lawyer, type RouteSpec } from './route-spec';
export { ROUTE_INDEX, type RouteBasics, type RouteName } from './route-index';
export { WORKER_ROUTE_INDEX, type WorkerRouteName } from './route-index-worker';

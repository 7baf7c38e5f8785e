import { ADMIN_ROUTE_INDEX } from './route-index-admin';
import { WORKER_ROUTE_INDEX } from './route-index-worker';

/**
 * Every route's method, path and whether it needs a token (a file answer, an upload): all a client
 * needs at run time, with no schemas, so the phone does not download the server's table. The
 * route table (routes.ts) adds the schemas and docs to each entry by name. In two parts: the
 * worker's (route-index-worker.ts, all the mini-program carries) and the staff page's
 * (route-index-admin.ts).
 */
export interface RouteBasics {
  method: 'GET' | 'POST' | 'PATCH';
  /** The full path with `:name` params, e.g. `/api/cases/:id`. */
  path: string;
  /** Sent with a bearer token. */
  auth: boolean;
  /** The answer is a file (PDF, PNG), not JSON. */
  file?: true;
  /** The body is a multipart form with one file (evidence). */
  upload?: true;
}

export const ROUTE_INDEX = { ...WORKER_ROUTE_INDEX, ...ADMIN_ROUTE_INDEX } as const satisfies Record<
  string,
  RouteBasics
>;
export type RouteName = keyof typeof ROUTE_INDEX;

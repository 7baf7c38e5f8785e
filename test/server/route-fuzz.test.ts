import { randomUUID } from 'node:crypto';
import { ROUTES, type RouteSpec } from '@gig/shared';
import { STAFF_PASSWORD } from './helpers/app';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

/**
 * A schema fuzz of every route in the table (issue 15: "no 5xx and no wrongly accepted request"):
 * each route with six kinds of token, made-up and real path parameters, junk query strings, and
 * bodies that are empty, of the wrong types field by field, of the wrong shape, or not JSON.
 * Nothing may answer 5xx; a body whose every declared field has the wrong type is never accepted.
 */
type Schema = { type?: string; properties?: Record<string, Schema>; anyOf?: Schema[]; enum?: unknown[] };

/** Every declared field of a body with a value of another type than it declares. */
function wrongTypes(schema: Schema | undefined): Record<string, unknown> | null {
  if (!schema?.properties || !Object.keys(schema.properties).length) return null;
  const wrong = (s: Schema): unknown => {
    const type = s.type ?? s.anyOf?.find((a) => a.type && a.type !== 'null')?.type;
    switch (type) {
      case 'string':
        return 12345;
      case 'integer':
      case 'number':
        return '12';
      case 'boolean':
        return 'true';
      case 'array':
        return { not: 'an array' };
      case 'object':
        return 'not an object';
      default:
        return [[null]];
    }
  };
  return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, wrong(s)]));
}

const QUERIES = [
  '',
  '?from=2024-19-39&to=2025-02-30&before=yesterday&limit=-1&cursor=%00%00',
  '?limit=1e309&status=nope&status=also&sort[]=x&areaCode=%E2%80%AE',
  `?${'a=1&'.repeat(200)}`,
];

describe('every route, fuzzed', () => {
  let w: CaseWorld;
  let tokens: Record<string, string | undefined>;
  let caseId: string;
  beforeAll(async () => {
    w = await caseWorld();
    const admin = (await w.t.signIn((await w.t.staff('system_admin', null)).username, STAFF_PASSWORD)).accessToken;
    tokens = {
      none: undefined,
      garbage: 'not.a.token',
      forged: `${w.worker.accessToken.slice(0, -4)}AAAA`,
      worker: w.worker.accessToken,
      mediator: w.token.delivery,
      admin,
    };
    caseId = (await w.file(riderClaim())).body.case.id;
  });
  afterAll(() => w.close());

  const routes = Object.entries(ROUTES as Record<string, RouteSpec>).filter(([, r]) => r.path.startsWith('/api/'));

  it.each(routes)('%s answers no 5xx to junk, and never accepts a body of the wrong types', async (name, route) => {
    const failures: string[] = [];
    const paths = [
      route.path.replace(':id', caseId).replace(':action', 'accept').replace(':code', 'WZ-COURIER'),
      route.path.replace(':id', randomUUID()).replace(':action', 'no_such_action').replace(':code', 'NO-SUCH'),
      route.path.replace(':id', 'not-a-uuid').replace(':action', '%00').replace(':code', '%E2%80%AE'),
    ];
    const wrong = wrongTypes(route.body as Schema | undefined);
    const bodies: unknown[] =
      route.method === 'GET'
        ? [undefined]
        : [{}, wrong ?? { unknown: true }, [1, 2], 'plain text', { a: { b: { c: [] } } }];
    for (const [who, token] of Object.entries(tokens))
      for (const [pi, url] of paths.entries())
        for (const query of pi === 0 ? QUERIES : [''])
          for (const body of bodies) {
            const headers: Record<string, string> = { 'idempotency-key': randomUUID() };
            const res =
              typeof body === 'string'
                ? await fetch(`${w.t.base}${url}${query}`, {
                    method: route.method,
                    headers: {
                      ...headers,
                      'content-type': 'application/json',
                      ...(token ? { authorization: `Bearer ${token}` } : {}),
                    },
                    body,
                  }).then(async (r) => ({ status: r.status, body: await r.text() }))
                : await w.t.api(route.method, `${url}${query}`, { token, body, headers });
            const label = `${who} ${route.method} ${url}${query.slice(0, 40)} ${JSON.stringify(body)?.slice(0, 60)}`;
            if (res.status >= 500) failures.push(`${res.status} ${label}`);
            if (wrong && body === wrong && res.status < 300) failures.push(`accepted wrong types: ${label}`);
          }
    expect({ name, failures }).toEqual({ name, failures: [] });
  });
});

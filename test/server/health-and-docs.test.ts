import { STAFF_ACTIONS, STATS_DEFINITIONS, STATS_FIGURES, WORKER_ACTIONS } from '@gig/shared';
import { startApp, type TestApp } from './helpers/app';

describe('the running service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(
      {},
      {
        beforeReady: (app) => {
          app.get('/api/__boom', { schema: { hide: true } }, async () => {
            throw new Error('secret internal detail: table foo is broken');
          });
          // A database error carries its code; a logged sign-in code must still not show.
          app.get('/api/__deadlock', { schema: { hide: true } }, async (req) => {
            req.log.warn({ attempt: { code: '864213' } }, 'a sign-in attempt');
            throw Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK' });
          });
        },
      },
    );
  });
  afterAll(() => t.close());

  it('reports healthy when the database answers', async () => {
    const res = await t.api('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('compresses what it sends when the client accepts it (a weak phone network waits for every byte)', async () => {
    const { gunzipSync } = await import('node:zlib');
    const http = await import('node:http');
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      http
        .get(`${t.base}/docs/json`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    const doc = JSON.parse(gunzipSync(raw.body).toString('utf8'));
    expect(doc.openapi).toMatch(/^3\./);
    expect(raw.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(doc)) / 3);
  });

  it('publishes an OpenAPI document that lists every API route with its schemas', async () => {
    const res = await t.api('GET', '/docs/json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<
      string,
      Record<string, { responses?: object; requestBody?: { content?: Record<string, { schema?: unknown }> } }>
    >;
    const expected: [string, string][] = [
      ['post', '/api/auth/wechat'],
      ['post', '/api/auth/otp/request'],
      ['post', '/api/auth/otp/verify'],
      ['post', '/api/auth/staff/login'],
      ['post', '/api/auth/respondent/code'],
      ['post', '/api/auth/respondent/session'],
      ['post', '/api/auth/refresh'],
      ['post', '/api/auth/logout'],
      ['get', '/api/auth/me'],
      ['post', '/api/auth/staff/password'],
      ['get', '/api/public/stations'],
      ['get', '/api/public/stations/{code}'],
      ['post', '/api/public/route'],
      ['get', '/api/admin/stations'],
      ['post', '/api/admin/stations'],
      ['get', '/api/admin/stations/{id}'],
      ['patch', '/api/admin/stations/{id}'],
      ['get', '/api/admin/stations/{id}/qr'],
      ['post', '/api/cases'],
      ['get', '/api/cases'],
      ['get', '/api/cases/{id}'],
      ['get', '/api/cases/{id}/agreement.pdf'],
      ['get', '/api/cases/{id}/arbitration-application.pdf'],
      ['get', '/api/cases/{id}/confirmation-application.pdf'],
      ['get', '/api/cases/{id}/payment-order-application.pdf'],
      ['get', '/api/cases/{id}/enforcement-application.pdf'],
      ['get', '/api/cases/{id}/application.pdf'],
      ['get', '/api/admin/cases'],
      ['get', '/api/admin/cases/{id}'],
      // One route per action of the shared table, on the side whose users take it.
      ...STAFF_ACTIONS.map((a) => ['post', `/api/admin/cases/{id}/actions/${a}`] as [string, string]),
      ...WORKER_ACTIONS.map((a) => ['post', `/api/cases/{id}/actions/${a}`] as [string, string]),
      ['get', '/api/cases/{id}/messages'],
      ['post', '/api/cases/{id}/messages'],
      ['get', '/api/admin/cases/{id}/messages'],
      ['post', '/api/admin/cases/{id}/messages'],
      ['post', '/api/evidence'],
      ['get', '/api/evidence/{id}/content'],
      ['post', '/api/cases/{id}/consents/outlet'],
      ['post', '/api/cases/{id}/evidence'],
      ['post', '/api/admin/cases/{id}/evidence'],
      ['post', '/api/admin/cases/{id}/reveal'],
      ['get', '/api/admin/cases/{id}/notifications'],
      ['get', '/api/admin/cases/{id}/related'],
      ['get', '/api/admin/cases/{id}/agreement.pdf'],
      ['get', '/api/admin/cases/{id}/arbitration-application.pdf'],
      ['get', '/api/admin/cases/{id}/confirmation-application.pdf'],
      ['get', '/api/admin/cases/{id}/payment-order-application.pdf'],
      ['get', '/api/admin/cases/{id}/enforcement-application.pdf'],
      ['get', '/api/admin/cases/{id}/application.pdf'],
      ['get', '/api/admin/notices'],
      ['get', '/api/admin/consultants'],
      ['get', '/api/admin/figures'],
      ['post', '/api/admin/figures'],
      ['get', '/api/admin/holidays'],
      ['get', '/api/public/figures'],
      ['get', '/api/public/knowledge'],
      ['get', '/api/public/knowledge/{id}'],
      ['post', '/api/public/knowledge/similar'],
      ['post', '/api/public/qa'],
      ['get', '/api/admin/knowledge'],
      ['post', '/api/admin/knowledge'],
      ['get', '/api/admin/knowledge/{id}'],
      ['patch', '/api/admin/knowledge/{id}'],
      ['post', '/api/admin/knowledge/{id}/submit'],
      ['post', '/api/admin/knowledge/{id}/publish'],
      ['get', '/api/admin/knowledge/{id}/versions'],
      ['post', '/api/admin/knowledge/import'],
      ['post', '/api/admin/knowledge/cases/from-case/{caseId}'],
      ['post', '/api/admin/notices/{id}/read'],
      ['get', '/api/admin/workbench'],
      ['get', '/api/admin/stations/{id}/poster.pdf'],
      ['get', '/api/admin/warnings'],
      ['get', '/api/admin/stats'],
      ['get', '/api/admin/stats/export'],
      ['get', '/api/admin/stats/report'],
      ['get', '/api/admin/respondents/{key}'],
      ['get', '/api/admin/lawyers'],
      ['get', '/api/admin/staff'],
      ['post', '/api/admin/staff'],
      ['patch', '/api/admin/staff/{id}'],
      ['post', '/api/admin/staff/{id}/password'],
      ['get', '/api/admin/audit'],
      ['get', '/api/inbox'],
      ['post', '/api/inbox/{id}/read'],
      ['post', '/api/inbox/read-all'],
      ['get', '/api/me/profile'],
      ['patch', '/api/me/profile'],
      ['post', '/api/me/phone/wechat'],
      ['get', '/api/me/work-log'],
      ['post', '/api/me/work-log'],
      ['post', '/api/me/work-log/erase'],
      ['get', '/api/me/data-request-letter.pdf'],
      ['post', '/api/cases/{id}/work-log'],
      ['get', '/healthz'],
      ['get', '/s/{code}'],
      ['get', '/r/{token}'],
    ];
    for (const [method, path] of expected) {
      const op = paths[path]?.[method];
      expect({ path, method, documented: Boolean(op) }).toEqual({ path, method, documented: true });
      expect(Object.keys(op?.responses ?? {}).length).toBeGreaterThan(0);
      if (method === 'post' || method === 'patch') {
        // These take no body: the address says everything.
        const bodiless = [
          '/api/auth/logout',
          '/api/inbox/{id}/read',
          '/api/inbox/read-all',
          '/api/admin/notices/{id}/read',
          '/api/admin/knowledge/{id}/submit',
          '/api/admin/knowledge/{id}/publish',
          '/api/admin/knowledge/cases/from-case/{caseId}',
        ];
        if (!bodiless.includes(path) || op?.requestBody) {
          const content = op?.requestBody?.content ?? {};
          expect(content['application/json']?.schema ?? content['multipart/form-data']?.schema).toBeDefined();
        }
      }
    }
    // Every route the server has under /api is in the document (nothing undocumented).
    const documented = Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual(expected.map(([m, p]) => `${m} ${p}`).sort());
  });

  it("documents the statistics' definitions on their routes", async () => {
    const doc = (await t.api('GET', '/docs/json')).body;
    for (const path of ['/api/admin/stats', '/api/admin/stats/export', '/api/admin/stats/report']) {
      const text = doc.paths[path].get.description as string;
      for (const f of STATS_FIGURES) expect(text).toContain(`- ${f}: ${STATS_DEFINITIONS[f].en}`);
    }
  });

  it('serves the docs page', async () => {
    const res = await t.api('GET', '/docs/');
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain('swagger');
  });

  it('answers an unknown address with the error envelope', async () => {
    const res = await t.api('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it('hides the cause of a server error from the caller but logs it with the request id', async () => {
    const res = await t.api('GET', '/api/__boom');
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(res.body)).not.toContain('table foo');
    expect(t.logs()).toContain('table foo is broken');
    expect(t.logs()).toContain(res.body.requestId);
  });

  it("logs a failing query's error code, and still no sign-in code", async () => {
    // A deadlock is worth a retry: 503, and the log says which error it was.
    const res = await t.api('GET', '/api/__deadlock');
    expect(res.status).toBe(503);
    const line = t
      .logs()
      .split('\n')
      .find((l) => l.includes(res.body.requestId) && l.includes('Deadlock found'));
    expect(JSON.parse(line!).err).toMatchObject({ errorCode: 'ER_LOCK_DEADLOCK', code: '[redacted]' });
    expect(t.logs()).toContain('a sign-in attempt');
    expect(t.logs()).not.toContain('864213');
  });

  it('words errors in Chinese by default and in English on request', async () => {
    const zh = await t.api('GET', '/api/nothing-here');
    const en = await t.api('GET', '/api/nothing-here', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(zh.body.message).toBe('未找到相关内容');
    expect(en.body.message).toBe('Not found');
  });

  it('refuses a body that is not JSON with a 400 naming the body', async () => {
    const res = await t.api('POST', '/api/auth/staff/login', { body: '{not json' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields[0].path).toBe('/body');
  });

  it('sends security headers', async () => {
    const res = await t.api('GET', '/healthz');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the admin page and the H5 app under fixed addresses', async () => {
    const app = await fetch(`${t.base}/app/`);
    const script = (await app.text()).match(/src="(\/app\/js\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    for (const url of ['/admin/', '/admin', '/app/', script!]) {
      const res = await t.api('GET', url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html|javascript/);
    }
  });
});

import { randomUUID } from 'node:crypto';
import { CaseEntity } from '@gig/server/entities';
import { STAFF_PASSWORD } from './helpers/app';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

/**
 * Findings of the adversarial test (issue 15) about what the API accepts: impossible dates, coerced
 * JSON, error lists that grow with the junk sent, forged cursors, a database that is away, key
 * order and invisible characters. Each was a 500, a wrong acceptance or an amplification before.
 */
describe('what the API accepts', () => {
  let w: CaseWorld;
  let admin: string;
  beforeAll(async () => {
    w = await caseWorld();
    admin = (await w.t.signIn((await w.t.staff('system_admin', null)).username, STAFF_PASSWORD)).accessToken;
  });
  afterAll(() => w.close());

  const paths = (r: { body: { fields?: { path: string }[] } }) => (r.body.fields ?? []).map((f) => f.path);

  it('an impossible date is refused in a claim, and nothing is filed', async () => {
    const before = await w.t.app.db.getRepository(CaseEntity).count();
    const bad = riderClaim({
      items: [{ type: 'unpaid_wages', amountYuan: '3000', periodFrom: '2025-02-30' }],
      incidentDate: '2024-19-39',
      knownOn: '2025-04-31',
      employmentEndedOn: '2025-13-01',
    } as never);
    const res = await w.file(bad);
    expect(res.status).toBe(400);
    expect(paths(res).sort()).toEqual([
      '/body/employmentEndedOn',
      '/body/incidentDate',
      '/body/items/0/periodFrom',
      '/body/knownOn',
    ]);
    expect(await w.t.app.db.getRepository(CaseEntity).count()).toBe(before);
    // A leap day is a real day.
    expect((await w.file(riderClaim({ incidentDate: '2024-02-29' }))).status).toBe(201);
  });

  it('impossible dates and times are refused in query filters', async () => {
    const get = (url: string, token = w.token.supervisor) => w.t.api('GET', url, { token });
    expect(paths(await get('/api/admin/cases?filedFrom=2025-02-30'))).toEqual(['/query/filedFrom']);
    expect(paths(await get('/api/admin/cases?filedTo=2024-19-39'))).toEqual(['/query/filedTo']);
    expect((await get('/api/admin/audit?from=2024-19-39T00:00:00Z', admin)).status).toBe(400);
    expect((await get('/api/admin/audit?before=2025-02-30T10:00:00.000Z', admin)).status).toBe(400);
    expect((await get('/api/inbox?before=2025-02-30T10:00:00.000Z', w.worker.accessToken)).status).toBe(400);
    expect((await get('/api/admin/audit?from=2025-02-28T00:00:00.000Z', admin)).status).toBe(200);
  });

  it('a JSON body is taken as sent: null, strings for numbers and booleans are refused, not coerced', async () => {
    const station = w.stations.east;
    const deactivate = await w.t.api('PATCH', `/api/admin/stations/${station.id}`, {
      token: admin,
      body: { active: null },
    });
    expect(deactivate.status).toBe(400);
    expect(paths(deactivate)).toEqual(['/body/active']);
    const card = await w.t.api('GET', `/api/public/stations/${station.code}`);
    expect(card.body.active).toBe(true);

    const staff = await w.t.staff('mediator', station);
    await w.t.api('PATCH', `/api/admin/staff/${staff.id}`, { token: admin, body: { disabled: true } });
    const enable = await w.t.api('PATCH', `/api/admin/staff/${staff.id}`, { token: admin, body: { disabled: null } });
    expect(enable.status).toBe(400);
    expect(
      (await w.t.api('POST', '/api/auth/staff/login', { body: { username: staff.username, password: STAFF_PASSWORD } }))
        .status,
    ).not.toBe(200);

    expect((await w.file(riderClaim({ legalAid: 'true' } as never))).status).toBe(400);
    const months = await w.t.api('POST', '/api/admin/figures', {
      token: admin,
      body: {
        areaCode: '330300',
        kind: 'double_wage_lookback_months',
        months: '12',
        effectiveFrom: '2025-01-01',
        source: '测试来源',
        example: true,
      },
    });
    expect(paths(months)).toEqual(['/body/months']);
    // Query strings are text: there, "true" is still true.
    expect((await w.t.api('GET', '/api/admin/cases?urgent=true', { token: w.token.supervisor })).status).toBe(200);
  });

  it('a large body of unknown fields answers a short list of fields, and a body over the limit is 413', async () => {
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 'x'.repeat(20)]));
    const res = await w.t.api('POST', '/api/auth/otp/request', { body: { phone: '13812345678', ...junk } });
    expect(res.status).toBe(400);
    expect(res.body.fields.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(res.body).length).toBeLessThan(10_000);
    const small = await w.t.api('POST', '/api/public/route', { body: { a: 1, b: 2, c: 3 } });
    expect(small.status).toBe(400);
    expect(paths(small)).toEqual(expect.arrayContaining(['/body/a', '/body/b', '/body/c']));
    const huge = await w.t.api('POST', '/api/public/route', { body: { note: 'x'.repeat(300 * 1024) } });
    expect(huge.status).toBe(413);
  });

  it('a forged queue cursor is a 400 naming the cursor', async () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const cursor of [
      forge({ n: 'LD2026-000001', d: { $gt: 1 } }),
      forge({ n: 42 }),
      forge(null),
      'x%%',
      forge('s'),
    ]) {
      const res = await w.t.api('GET', `/api/admin/cases?cursor=${encodeURIComponent(cursor)}&sort=due`, {
        token: w.token.supervisor,
      });
      expect({ cursor, status: res.status, paths: paths(res) }).toEqual({
        cursor,
        status: 400,
        paths: ['/query/cursor'],
      });
    }
  });

  it('a retry with its keys in another order replays the claim instead of conflicting', async () => {
    const key = randomUUID();
    const body = riderClaim();
    const first = await w.file(body, key);
    expect(first.status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    reordered.claimant = Object.fromEntries(Object.entries(body.claimant).reverse()) as never;
    const again = await w.file(reordered, key);
    expect(again.status).toBe(200);
    expect(again.body.case.number).toBe(first.body.case.number);
  });

  it('control and bidi characters are refused in names and removed from free text', async () => {
    const rlo = '\u202e';
    const named = await w.file(
      riderClaim({ claimant: { name: `王${rlo}小明`, idNumber: '11010519491231002X', phone: '13812345678' } }),
    );
    expect(paths(named)).toEqual(['/body/claimant/name']);
    const nul = await w.file(riderClaim({ respondent: { name: '某公司\u0000' } }));
    expect(paths(nul)).toEqual(['/body/respondent/name']);
    const story = await w.file(riderClaim({ description: `工资没发${rlo}，已催要多次。\n第二行\t缩进` }));
    expect(story.status).toBe(201);
    const staffView = await w.t.api('GET', `/api/admin/cases/${story.body.case.id}`, { token: w.token.delivery });
    expect(staffView.body.description).toBe('工资没发，已催要多次。\n第二行\t缩进');
  });

  it('while the database is away every API route answers 503 with Retry-After, and /healthz says so', async () => {
    const t = (await caseWorld()).t;
    await t.app.db.destroy();
    for (const [method, url] of [
      ['GET', '/api/public/stations'],
      ['GET', '/api/public/figures?areaCode=330302'],
      ['POST', '/api/auth/staff/login'],
    ] as const) {
      const res = await t.api(method, url, method === 'POST' ? { body: { username: 'x', password: 'y' } } : {});
      expect({ url, status: res.status, code: res.body.code }).toEqual({
        url,
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(res.headers.get('retry-after')).toBe('5');
    }
    expect((await t.api('GET', '/healthz')).status).toBe(503);
    await t.close().catch(() => undefined);
  });
});

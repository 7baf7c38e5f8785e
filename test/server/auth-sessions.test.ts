import jwt from 'jsonwebtoken';
import { RefreshTokenEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

/** A session ends when it is ended: sign-out, a password change or reset, a disabled account. */
describe('sessions that can be ended', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startApp();
    admin = (await t.signIn((await t.staff('system_admin', null)).username, STAFF_PASSWORD)).accessToken;
  });
  afterAll(() => t.close());

  const me = (token: string) => t.api('GET', '/api/auth/me', { token });
  const logout = (refreshToken: string) => t.api('POST', '/api/auth/logout', { body: { refreshToken } });

  it('after a member of staff signs out, their access token stops working at once; another device’s does not', async () => {
    const u = await t.staff('mediator', null);
    const desk = await t.signIn(u.username, STAFF_PASSWORD);
    const laptop = await t.signIn(u.username, STAFF_PASSWORD);
    expect((await me(desk.accessToken)).status).toBe(200);
    expect((await logout(desk.refreshToken)).status).toBe(204);
    const after = await me(desk.accessToken);
    expect([after.status, after.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await me(laptop.accessToken)).status).toBe(200);
  });

  it('a worker’s sign-out ends their access token too, and a refreshed session stays one session', async () => {
    const s = await signInWorker(t, '13800008001');
    const next = await t.api('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } });
    expect(next.status).toBe(200);
    expect((await me(s.accessToken)).status).toBe(200);
    expect((await me(next.body.accessToken)).status).toBe(200);
    expect((await t.api('GET', '/api/cases', { token: next.body.accessToken })).status).toBe(200);
    expect((await logout(next.body.refreshToken)).status).toBe(204);
    expect((await me(s.accessToken)).status).toBe(401);
    expect((await me(next.body.accessToken)).status).toBe(401);
    expect((await t.api('GET', '/api/cases', { token: next.body.accessToken })).status).toBe(401);
  });

  it('changing one’s own password ends every session of that account at once', async () => {
    const u = await t.staff('mediator', null);
    const a = await t.signIn(u.username, STAFF_PASSWORD);
    const b = await t.signIn(u.username, STAFF_PASSWORD);
    const res = await t.api('POST', '/api/auth/staff/password', {
      token: a.accessToken,
      body: { currentPassword: STAFF_PASSWORD, newPassword: 'Brand-new-pass-42' },
    });
    expect(res.status).toBe(204);
    expect((await me(a.accessToken)).status).toBe(401);
    expect((await me(b.accessToken)).status).toBe(401);
    expect((await me((await t.signIn(u.username, 'Brand-new-pass-42')).accessToken)).status).toBe(200);
  });

  it('an admin’s password reset and disabling an account end its sessions at once', async () => {
    const reset = await t.staff('mediator', null);
    const r = await t.signIn(reset.username, STAFF_PASSWORD);
    const done = await t.api('POST', `/api/admin/staff/${reset.id}/password`, {
      token: admin,
      body: { password: 'Reset-pass-2026' },
    });
    expect(done.status).toBe(200);
    expect((await me(r.accessToken)).status).toBe(401);

    const off = await t.staff('mediator', null);
    const o = await t.signIn(off.username, STAFF_PASSWORD);
    const patched = await t.api('PATCH', `/api/admin/staff/${off.id}`, { token: admin, body: { disabled: true } });
    expect(patched.status).toBe(200);
    expect((await me(o.accessToken)).status).toBe(401);
    const back = await t.api('PATCH', `/api/admin/staff/${off.id}`, { token: admin, body: { disabled: false } });
    expect(back.status).toBe(200);
    expect((await me(o.accessToken)).status).toBe(401);
  });

  it('a correctly signed token without an expiry, or without a session, is refused', async () => {
    const u = await t.staff('mediator', null);
    const s = await t.signIn(u.username, STAFF_PASSWORD);
    const claims = jwt.decode(s.accessToken) as Record<string, unknown>;
    const { exp, iat, ...rest } = claims;
    expect(typeof exp).toBe('number');
    expect(typeof iat).toBe('number');
    const forever = jwt.sign(rest, t.config.JWT_SECRET, { algorithm: 'HS256' });
    expect((jwt.decode(forever) as Record<string, unknown>).exp).toBeUndefined();
    expect((await me(forever)).body.code).toBe('UNAUTHENTICATED');
    const { ses: _ses, ...sessionless } = claims;
    expect(_ses).toEqual(expect.any(String));
    const noSession = jwt.sign(sessionless, t.config.JWT_SECRET, { algorithm: 'HS256' });
    expect((await me(noSession)).body.code).toBe('UNAUTHENTICATED');
    expect((await me(s.accessToken)).status).toBe(200);
  });
});

describe('a session ended by another process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ SESSION_CHECK_CACHE_SECONDS: '1' });
  });
  afterAll(() => t.close());

  it('is refused here within the brief cache', async () => {
    const u = await t.staff('mediator', null);
    const s = await t.signIn(u.username, STAFF_PASSWORD);
    expect((await t.api('GET', '/api/auth/me', { token: s.accessToken })).status).toBe(200);
    // Another API process signs the session out: only the database knows.
    await t.app.db.getRepository(RefreshTokenEntity).update({ subjectId: u.id }, { revokedAt: new Date() });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await t.api('GET', '/api/auth/me', { token: s.accessToken })).status).toBe(401);
  });
});

describe('staff usernames under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('six creations of one username at once: one account, five 409 USERNAME_TAKEN', async () => {
    const sys = await t.signIn((await t.staff('system_admin', null)).username, STAFF_PASSWORD);
    const body = (i: number) => ({
      username: 'twin.mediator',
      displayName: `调解员${i}`,
      role: 'supervisor',
      stationId: null,
      password: 'Strong-pass-2026',
    });
    const answers = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) => t.api('POST', '/api/admin/staff', { token: sys.accessToken, body: body(i) })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.body.code).toBe('USERNAME_TAKEN');
      expect(a.body.fields).toEqual([{ path: '/body/username', rule: 'unique', message: 'already in use' }]);
    }
    const rows = await t.app.db.query(`SELECT COUNT(*) AS n FROM staff_users WHERE username = 'twin.mediator'`);
    expect(Number(rows[0].n)).toBe(1);
  });
});

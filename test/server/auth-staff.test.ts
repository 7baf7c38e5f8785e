import jwt from 'jsonwebtoken';
import { RefreshTokenEntity, SignInCounterEntity, StaffUserEntity } from '@gig/server/entities';
import { startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

describe('staff sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.api('POST', '/api/auth/staff/login', { body: { username, password } });

  it('a mediator signs in and the token says who they are and where they work', async () => {
    const station = await t.station({ code: 'ST-SIGNIN' });
    const u = await t.staff('mediator', station);
    const res = await login(u.username, STAFF_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      accessTokenExpiresIn: 900,
      user: { role: 'mediator', stationId: station.id },
    });
    const me = await t.api('GET', '/api/auth/me', { token: res.body.accessToken });
    expect(me.body).toMatchObject({ id: u.id, role: 'mediator', stationId: station.id });
  });

  it('a wrong password and an unknown username get the same answer', async () => {
    const u = await t.staff('mediator', null);
    const wrong = await login(u.username, 'Wrong-pass-123');
    const unknown = await login('nobody.here', 'Wrong-pass-123');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('five wrong passwords from one address make that address wait five minutes, even with the right password', async () => {
    const u = await t.staff('station_admin', null);
    for (let i = 1; i <= 5; i++)
      expect((await login(u.username, `Wrong-pass-${i}00`)).body.code).toBe('INVALID_CREDENTIALS');
    const sixth = await login(u.username, 'Wrong-pass-600');
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('SIGNIN_THROTTLED');
    expect(sixth.body.details.retryAfterSeconds).toBeGreaterThan(4 * 60);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60);

    const right = await login(u.username, STAFF_PASSWORD);
    expect(right.status).toBe(429);

    // The staff page shows it, until the window ends (a password reset clears it sooner).
    const row = await t.app.db.getRepository(StaffUserEntity).findOneByOrFail({ id: u.id });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(row.lockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
  });

  it('the wait ends and the right password works again', async () => {
    const u = await t.staff('mediator', null);
    for (let i = 0; i < 5; i++) await login(u.username, 'Wrong-pass-123');
    expect((await login(u.username, STAFF_PASSWORD)).status).toBe(429);
    await t.app.db
      .createQueryBuilder()
      .update(SignInCounterEntity)
      .set({ windowEndsAt: new Date(Date.now() - 1000) })
      .execute();
    expect((await login(u.username, STAFF_PASSWORD)).status).toBe(200);
  });

  it('the failures and the throttle are in the audit log', async () => {
    const u = await t.staff('mediator', null);
    for (let i = 0; i < 6; i++) await login(u.username, 'Wrong-pass-999');
    const rows = await t.app.db.query(`SELECT action FROM audit_entries WHERE targetId = ? ORDER BY createdAt`, [u.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      ...Array(4).fill('staff.login_failed'),
      'staff.login_throttled',
    ]);
  });

  it('a disabled account cannot sign in, and its live access token stops working at once', async () => {
    const u = await t.staff('mediator', null);
    const session = await t.signIn(u.username, STAFF_PASSWORD);
    await t.app.db.getRepository(StaffUserEntity).update({ id: u.id }, { disabled: true });
    expect((await login(u.username, STAFF_PASSWORD)).body.code).toBe('ACCOUNT_DISABLED');
    expect((await t.api('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
  });

  it('usernames are matched without regard to case', async () => {
    const u = await t.staff('mediator', null, { username: 'case.test' });
    expect((await login('Case.Test', STAFF_PASSWORD)).status).toBe(200);
    expect(u.username).toBe('case.test');
  });

  describe('sessions', () => {
    it('a refresh token gives a new pair once; the old one replayed revokes the whole session', async () => {
      const u = await t.staff('mediator', null);
      const first = await t.signIn(u.username, STAFF_PASSWORD);
      const second = await t.api('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);

      const replay = await t.api('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
      // The thief's copy and the rightful successor are both dead now.
      const successor = await t.api('POST', '/api/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
      expect(successor.body.code).toBe('REFRESH_TOKEN_INVALID');
    });

    it('two refreshes racing with the same token: exactly one wins', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      const results = await Promise.all(
        [1, 2].map(() => t.api('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('signing out revokes the refresh token', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      expect((await t.api('POST', '/api/auth/logout', { body: { refreshToken: s.refreshToken } })).status).toBe(204);
      expect((await t.api('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })).body.code).toBe(
        'REFRESH_TOKEN_INVALID',
      );
    });

    it('an expired refresh token is refused', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      await t.app.db
        .getRepository(RefreshTokenEntity)
        .update({ subjectId: u.id }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await t.api('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })).body.code).toBe(
        'REFRESH_TOKEN_INVALID',
      );
    });

    it('an expired access token says so, and a forged or missing one is refused', async () => {
      const u = await t.staff('mediator', null);
      const claims = { role: 'mediator', sid: null, typ: 'staff' };
      const opts = { subject: u.id, issuer: 'gig-mediation', audience: 'gig-mediation-api' };
      const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, t.config.JWT_SECRET, opts);
      const forged = jwt.sign(claims, 'not-the-secret-not-the-secret-not-the-secret', opts);
      expect((await t.api('GET', '/api/auth/me', { token: expired })).body.code).toBe('TOKEN_EXPIRED');
      expect((await t.api('GET', '/api/auth/me', { token: forged })).body.code).toBe('UNAUTHENTICATED');
      expect((await t.api('GET', '/api/auth/me')).body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('password change', () => {
    it('refuses a weak password, naming the field and the rules broken', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      const res = await t.api('POST', '/api/auth/staff/password', {
        token: s.accessToken,
        body: { currentPassword: STAFF_PASSWORD, newPassword: 'short' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WEAK_PASSWORD');
      expect(res.body.fields.map((f: { rule: string }) => f.rule)).toEqual(
        expect.arrayContaining(['min_length', 'digit']),
      );
      expect(res.body.fields[0].path).toBe('/body/newPassword');
    });

    it('changes it with the current password and ends the other sessions', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      const res = await t.api('POST', '/api/auth/staff/password', {
        token: s.accessToken,
        body: { currentPassword: STAFF_PASSWORD, newPassword: 'Brand-new-pass-42' },
      });
      expect(res.status).toBe(204);
      expect((await t.api('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })).status).toBe(401);
      expect((await login(u.username, 'Brand-new-pass-42')).status).toBe(200);
      expect((await login(u.username, STAFF_PASSWORD)).status).toBe(401);
    });

    it('refuses the change without the right current password', async () => {
      const u = await t.staff('mediator', null);
      const s = await t.signIn(u.username, STAFF_PASSWORD);
      const res = await t.api('POST', '/api/auth/staff/password', {
        token: s.accessToken,
        body: { currentPassword: 'Not-it-12345', newPassword: 'Brand-new-pass-42' },
      });
      expect(res.status).toBe(401);
      expect(res.body.fields[0].path).toBe('/body/currentPassword');
    });
  });

  it('bad payloads get 400 naming each field', async () => {
    const res = await t.api('POST', '/api/auth/staff/login', { body: { username: '', extra: true } });
    expect(res.status).toBe(400);
    const paths = res.body.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['/body/extra', '/body/password', '/body/username']);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ SIGNIN_RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('the eleventh staff sign-in attempt from one address within a minute is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await t.api('POST', '/api/auth/staff/login', { body: { username: `x${i}`, password: 'y' } })).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await t.api('POST', '/api/auth/staff/login', { body: { username: 'x', password: 'y' } });
    expect(last.status).toBe(429);
    expect(last.body.code).toBe('RATE_LIMITED');
  });
});

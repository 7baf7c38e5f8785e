import { OtpChallengeEntity } from '@gig/server/entities';
import { startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

/**
 * Findings of an adversarial test of sign-in: guesses sent in parallel must be counted before
 * they are compared, a wrong password must not tell whether the username exists, and strangers
 * must not be able to lock a member of staff out.
 */
describe('sign-in under attack', () => {
  let t: TestApp;
  beforeAll(async () => {
    // TRUST_PROXY lets the test speak from several addresses (X-Forwarded-For), as behind a load balancer.
    t = await startApp({ TRUST_PROXY: 'true', LOGIN_ACCOUNT_MAX_FAILURES: '8' });
  });
  afterAll(() => t.close());

  let ip = 0;
  const newAddress = () => `198.51.100.${++ip}`;
  const login = (username: string, password: string, from: string) =>
    t.api('POST', '/api/auth/staff/login', { body: { username, password }, headers: { 'x-forwarded-for': from } });
  const codes = (rs: { body: { code?: string } }[]) => rs.map((r) => r.body.code ?? 'OK');
  const count = (xs: string[], x: string) => xs.filter((c) => c === x).length;

  it('thirty wrong passwords and the right one at once: at most five are compared, in three rounds', async () => {
    for (let round = 0; round < 3; round++) {
      const u = await t.staff('mediator', null);
      const from = newAddress();
      const guesses = Array.from({ length: 30 }, (_, i) => login(u.username, `Wrong-guess-${i}x`, from));
      const answers = codes(await Promise.all([...guesses, login(u.username, STAFF_PASSWORD, from)]));
      const compared = count(answers, 'INVALID_CREDENTIALS');
      expect({ round, compared: compared <= 5, refused: count(answers, 'SIGNIN_THROTTLED') }).toEqual({
        round,
        compared: true,
        refused: 31 - compared - count(answers, 'OK'),
      });
      expect(compared + count(answers, 'OK')).toBeLessThanOrEqual(6);
    }
  });

  it('sixty wrong codes at once on one SMS challenge: at most five are compared', async () => {
    for (const phone of ['13800007001', '13800007002']) {
      expect((await t.api('POST', '/api/auth/otp/request', { body: { phone } })).status).toBe(200);
      const code = t.fakes.lastCodeFor(phone);
      const wrong = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      const answers = codes(
        await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            t.api('POST', '/api/auth/otp/verify', { body: { phone, code: wrong(i) } }),
          ),
        ),
      );
      expect(count(answers, 'OTP_INVALID')).toBeLessThanOrEqual(5);
      expect(count(answers, 'OTP_INVALID') + count(answers, 'OTP_EXPIRED')).toBe(60);
      const rows = await t.app.db.getRepository(OtpChallengeEntity).find({ order: { createdAt: 'DESC' }, take: 1 });
      expect(rows[0]!.attempts).toBe(5);
      // The right code comes too late: the challenge is spent.
      expect((await t.api('POST', '/api/auth/otp/verify', { body: { phone, code } })).body.code).toBe('OTP_EXPIRED');
    }
  });

  it('an unknown username and a real one with a wrong password get the same answers, throttle included', async () => {
    const u = await t.staff('mediator', null);
    const from = newAddress();
    const real: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 7; i++) {
      real.push((await login(u.username, `Wrong-pass-${i}00`, from)).body.code);
      unknown.push((await login('nobody.works.here', `Wrong-pass-${i}00`, from)).body.code);
    }
    expect(real).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'SIGNIN_THROTTLED', 'SIGNIN_THROTTLED']);
    expect(unknown).toEqual(real);
    const throttled = await login(u.username, STAFF_PASSWORD, from);
    expect(throttled.status).toBe(429);
    expect(throttled.body.details.retryAfterSeconds).toBeGreaterThan(4 * 60);
    expect(Number(throttled.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60);
  });

  it('a stranger’s wrong passwords do not lock the owner out', async () => {
    const u = await t.staff('station_admin', null);
    const stranger = newAddress();
    for (let i = 0; i < 7; i++) await login(u.username, `Wrong-pass-${i}00`, stranger);
    expect((await login(u.username, STAFF_PASSWORD, stranger)).body.code).toBe('SIGNIN_THROTTLED');
    const owner = await login(u.username, STAFF_PASSWORD, newAddress());
    expect(owner.status).toBe(200);
  });

  it('past the account’s ceiling new sources wait, the owner’s usual one still signs in, and a reset clears it', async () => {
    const u = await t.staff('mediator', null);
    const usual = newAddress();
    expect((await login(u.username, STAFF_PASSWORD, usual)).status).toBe(200);
    // Strangers from two addresses: 5 + 3 wrong passwords reach the account's ceiling of 8.
    const a = newAddress();
    const b = newAddress();
    for (let i = 0; i < 5; i++) await login(u.username, `Wrong-pass-${i}11`, a);
    for (let i = 0; i < 3; i++) await login(u.username, `Wrong-pass-${i}22`, b);
    const elsewhere = await login(u.username, STAFF_PASSWORD, newAddress());
    expect(elsewhere.body.code).toBe('SIGNIN_THROTTLED');
    expect((await login('nobody.else.here', 'Wrong-pass-000', newAddress())).body.code).toBe('INVALID_CREDENTIALS');
    expect((await login(u.username, STAFF_PASSWORD, usual)).status).toBe(200);

    const admin = await t.staff('system_admin', null);
    const token = (await login(admin.username, STAFF_PASSWORD, newAddress())).body.accessToken;
    const list = await t.api('GET', '/api/admin/staff', { token });
    expect(list.body.items.find((x: { id: string }) => x.id === u.id).locked).toBe(true);
    const reset = await t.api('POST', `/api/admin/staff/${u.id}/password`, {
      token,
      body: { password: 'Fresh-pass-2026' },
    });
    expect(reset.status).toBe(200);
    expect((await login(u.username, 'Fresh-pass-2026', newAddress())).status).toBe(200);
  });

  it('the failures and the throttle are in the audit log, without the address', async () => {
    const u = await t.staff('mediator', null);
    const from = newAddress();
    for (let i = 0; i < 6; i++) await login(u.username, 'Wrong-pass-999', from);
    const rows = await t.app.db.query(
      `SELECT action, detail FROM audit_entries WHERE targetId = ? ORDER BY createdAt`,
      [u.id],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      ...Array(4).fill('staff.login_failed'),
      'staff.login_throttled',
    ]);
    expect(JSON.stringify(rows)).not.toContain(from);
  });
});

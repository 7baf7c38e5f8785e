import { OtpChallengeEntity, WorkerEntity } from '@gig/server/entities';
import { FAKE_SMS_TOKEN } from './helpers/fakes';
import { signInWorker, startApp, type TestApp } from './helpers/app';

/** Moves every code sent so far `ms` into the past. */
async function ageCodes(t: TestApp, ms: number) {
  for (const c of await t.app.db.getRepository(OtpChallengeEntity).find()) {
    await t.app.db
      .getRepository(OtpChallengeEntity)
      .update({ id: c.id }, { createdAt: new Date(c.createdAt.getTime() - ms) });
  }
}

describe('worker sign-in by phone and SMS code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ OTP_MAX_PER_PHONE_PER_HOUR: '3', OTP_MAX_PER_IP_PER_HOUR: '1000' });
  });
  afterAll(() => t.close());

  const request = (phone: string) => t.api('POST', '/api/auth/otp/request', { body: { phone } });
  const verify = (phone: string, code: string) => t.api('POST', '/api/auth/otp/verify', { body: { phone, code } });

  it('a rider gets a 6-digit code by SMS, signs in, and sees only a masked phone', async () => {
    const sent = await request('13800000001');
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const sms = t.fakes.sms.at(-1)!;
    expect(sms).toMatchObject({
      phone: '13800000001',
      template: 'login_code',
      params: { minutes: 5 },
      auth: `Bearer ${FAKE_SMS_TOKEN}`,
    });
    expect(sms.params.code).toMatch(/^[0-9]{6}$/);

    const res = await verify('13800000001', sms.params.code as string);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'worker', phoneMasked: '138****0001', stationId: null });
    const me = await t.api('GET', '/api/auth/me', { token: res.body.accessToken });
    expect(me.body.phoneMasked).toBe('138****0001');
  });

  it('the code and the phone are not stored in clear', async () => {
    await signInWorker(t, '13800000002');
    const code = t.fakes.lastCodeFor('13800000002');
    const challenges = await t.app.db.getRepository(OtpChallengeEntity).find();
    const workers = await t.app.db.getRepository(WorkerEntity).find();
    const dump = JSON.stringify([challenges, workers]);
    expect(dump).not.toContain('13800000002');
    expect(dump).not.toContain(`"${code}"`);
  });

  it('signing in again with the same phone finds the same worker', async () => {
    const a = await signInWorker(t, '13800000003');
    await ageCodes(t, 120_000);
    const b = await signInWorker(t, '13800000003');
    expect(b.user.id).toBe(a.user.id);
  });

  it('a wrong code is refused, and after five wrong tries the code is dead', async () => {
    await request('13800000004');
    const code = t.fakes.lastCodeFor('13800000004');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await verify('13800000004', wrong)).body.code).toBe('OTP_INVALID');
    expect((await verify('13800000004', code)).body.code).toBe('OTP_EXPIRED');
  });

  it('a code used once cannot be used again', async () => {
    await request('13800000005');
    const code = t.fakes.lastCodeFor('13800000005');
    expect((await verify('13800000005', code)).status).toBe(200);
    expect((await verify('13800000005', code)).body.code).toBe('OTP_INVALID');
  });

  it('a sign-in whose session cannot be written leaves the code usable, and nothing half-made behind', async () => {
    // The database refuses the session's row (as a lost node or a cluster's conflict would):
    // a trigger on the real table, on SQLite and on MariaDB.
    const sqlite = t.app.db.options.type !== 'mysql' && t.app.db.options.type !== 'mariadb';
    const refuse = sqlite
      ? `CREATE TRIGGER refuse_session BEFORE INSERT ON refresh_tokens BEGIN SELECT RAISE(ABORT, 'refused'); END`
      : `CREATE TRIGGER refuse_session BEFORE INSERT ON refresh_tokens FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'`;
    await request('13800000010');
    const code = t.fakes.lastCodeFor('13800000010');
    const workers = await t.app.db.getRepository(WorkerEntity).count();
    await t.app.db.query(refuse);
    try {
      expect((await verify('13800000010', code)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.app.db.query('DROP TRIGGER refuse_session');
    }
    expect(await t.app.db.getRepository(WorkerEntity).count()).toBe(workers);
    const again = await verify('13800000010', code);
    expect(again.status).toBe(200);
    expect(again.body.user).toMatchObject({ role: 'worker', phoneMasked: '138****0010' });
    expect((await verify('13800000010', code)).body.code).toBe('OTP_INVALID');
  });
  it('a code expires after five minutes', async () => {
    await request('13800000006');
    const code = t.fakes.lastCodeFor('13800000006');
    const repo = t.app.db.getRepository(OtpChallengeEntity);
    const row = (await repo.find({ order: { createdAt: 'DESC' }, take: 1 }))[0]!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(300_000);
    await repo.update({ id: row.id }, { expiresAt: new Date(Date.now() - 1) });
    const res = await verify('13800000006', code);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('OTP_EXPIRED');
  });

  it('asking again within a minute is refused with the wait time', async () => {
    await request('13800000007');
    const again = await request('13800000007');
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('OTP_RATE_LIMITED');
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(50);
  });

  it('a phone gets at most the configured number of codes an hour', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await request('13800000008')).status).toBe(200);
      await ageCodes(t, 61_000); // step past the resend wait
    }
    const fourth = await request('13800000008');
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('OTP_RATE_LIMITED');
  });

  it('when the SMS gateway is down the worker is told to retry and nothing is left behind', async () => {
    const repo = t.app.db.getRepository(OtpChallengeEntity);
    const before = await repo.count();
    t.fakes.smsFailStatus = 502;
    try {
      const res = await request('13800000009');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      t.fakes.smsFailStatus = null;
    }
    expect(await repo.count()).toBe(before);
    expect((await request('13800000009')).status).toBe(200);
  });

  it('a phone number that is not a mainland mobile is refused naming the field', async () => {
    const res = await request('12345');
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      { path: '/body/phone', rule: 'pattern', message: 'must be: Mainland mobile number, 11 digits' },
    ]);
  });
});

describe('SMS codes per network address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ OTP_MAX_PER_IP_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('one address cannot ask codes for many phones', async () => {
    expect((await t.api('POST', '/api/auth/otp/request', { body: { phone: '13900000001' } })).status).toBe(200);
    expect((await t.api('POST', '/api/auth/otp/request', { body: { phone: '13900000002' } })).status).toBe(200);
    const third = await t.api('POST', '/api/auth/otp/request', { body: { phone: '13900000003' } });
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('OTP_RATE_LIMITED');
  });
});

describe('worker sign-in with WeChat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const wechat = (code: string) => t.api('POST', '/api/auth/wechat', { body: { code } });

  it('a courier opens the mini-program and is signed in by their openid', async () => {
    t.fakes.wechatCodes.set('code-a1', { openid: 'o-courier-1' });
    const res = await wechat('code-a1');
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'worker', phoneMasked: null });
    const call = t.fakes.wechatCalls.at(-1)!;
    expect(call.get('js_code')).toBe('code-a1');
    expect(call.get('grant_type')).toBe('authorization_code');
  });

  it('the same openid next time is the same worker, and the openid is not stored in clear', async () => {
    t.fakes.wechatCodes.set('code-b1', { openid: 'o-courier-2' });
    t.fakes.wechatCodes.set('code-b2', { openid: 'o-courier-2' });
    const a = await wechat('code-b1');
    const b = await wechat('code-b2');
    expect(b.body.user.id).toBe(a.body.user.id);
    expect(JSON.stringify(await t.app.db.getRepository(WorkerEntity).find())).not.toContain('o-courier-2');
  });

  it('a code WeChat does not know is a failed sign-in the worker can retry', async () => {
    const res = await wechat('never-issued');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('WECHAT_LOGIN_FAILED');
  });

  it('WeChat busy is reported as a service problem, not as the worker’s fault', async () => {
    t.fakes.wechatCodes.set('code-busy', { errcode: -1, errmsg: 'system error' });
    const res = await wechat('code-busy');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('WeChat unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ WECHAT_API_BASE: 'http://127.0.0.1:9', WECHAT_TIMEOUT_MS: '500' });
  });
  afterAll(() => t.close());

  it('answers 503 quickly', async () => {
    const res = await t.api('POST', '/api/auth/wechat', { body: { code: 'x' } });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('the server log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('never contains phones, codes, openids, passwords or tokens, even at trace level', async () => {
    const s = await signInWorker(t, '13712345678');
    const code = t.fakes.lastCodeFor('13712345678');
    t.fakes.wechatCodes.set('wx-secret-code', { openid: 'o-very-private-openid' });
    await t.api('POST', '/api/auth/wechat', { body: { code: 'wx-secret-code' } });
    const staff = await t.staff('mediator', null);
    const session = await t.signIn(staff.username, staff.password);
    await t.api('GET', '/api/auth/me', { token: session.accessToken });
    await t.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    await t.api('POST', '/api/auth/otp/verify', { body: { phone: '13712345678', code: '99999x' } }); // a 400 with the body echoed nowhere

    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of [
      '13712345678',
      code,
      'o-very-private-openid',
      'wx-secret-code',
      staff.password,
      session.accessToken,
      session.refreshToken,
      s.refreshToken,
    ]) {
      expect({ secret, found: logs.includes(secret) }).toEqual({ secret, found: false });
    }
  });
});

import { AuditEntryEntity, WorkerEntity } from '@gig/server/entities';
import { signInWorker, startApp, type TestApp } from './helpers/app';

/** The phone WeChat vouches for (issue 17 point 2): a WeChat sign-in has none until the worker shares it. */
describe("the worker's phone from WeChat's getPhoneNumber button", () => {
  let t: TestApp;
  let token: string;
  let workerId: string;

  beforeAll(async () => {
    t = await startApp();
    t.fakes.wechatCodes.set('login-1', { openid: 'o-phone-courier' });
    const res = await t.api('POST', '/api/auth/wechat', { body: { code: 'login-1' } });
    token = res.body.accessToken;
    workerId = res.body.user.id;
  });
  afterAll(() => t.close());

  const bind = (code: string, as = token) => t.api('POST', '/api/me/phone/wechat', { token: as, body: { code } });

  it('a worker signed in with WeChat has no phone until WeChat gives it, then the profile shows it', async () => {
    expect((await t.api('GET', '/api/me/profile', { token })).body.phone).toBeNull();
    t.fakes.wechatPhoneCodes.set('phone-good', '13811112222');
    const res = await bind('phone-good');
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13811112222');
    expect((await t.api('GET', '/api/me/profile', { token })).body.phone).toBe('13811112222');
    const row = await t.app.db.getRepository(WorkerEntity).findOneByOrFail({ id: workerId });
    expect(row.phoneHash).toBeTruthy();
    expect(row.phoneEnc).not.toContain('13811112222');
    const entry = await t.app.db
      .getRepository(AuditEntryEntity)
      .findOneOrFail({ where: { action: 'worker.phone_verified', actorId: workerId } });
    expect(JSON.stringify(entry.detail)).not.toContain('13811112222');
    expect(t.logs()).not.toContain('13811112222');
  });

  it('the phone then signs in to the same account by SMS code', async () => {
    const pair = await signInWorker(t, '13811112222');
    expect(pair.user.id).toBe(workerId);
  });

  it('a code WeChat refuses (or one used already) is a 400 with its code, and nothing changes', async () => {
    const res = await bind('phone-good'); // used above: WeChat answers 40029
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WECHAT_PHONE_FAILED');
    t.fakes.wechatPhoneCodes.set('phone-busy', { errcode: -1, errmsg: 'system error' });
    const busy = await bind('phone-busy');
    expect(busy.status).toBe(503);
    expect(busy.body.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await t.api('GET', '/api/me/profile', { token })).body.phone).toBe('13811112222');
  });

  it('a phone another account already has is refused with PHONE_IN_USE', async () => {
    await signInWorker(t, '13933334444');
    t.fakes.wechatCodes.set('login-2', { openid: 'o-phone-courier-2' });
    const second = (await t.api('POST', '/api/auth/wechat', { body: { code: 'login-2' } })).body.accessToken;
    t.fakes.wechatPhoneCodes.set('phone-taken', '13933334444');
    const res = await bind('phone-taken', second);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PHONE_IN_USE');
    expect((await t.api('GET', '/api/me/profile', { token: second })).body.phone).toBeNull();
  });

  it('asks for a code, and is for signed-in workers only', async () => {
    const empty = await t.api('POST', '/api/me/phone/wechat', { token, body: {} });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('code');
    const anon = await t.api('POST', '/api/me/phone/wechat', { body: { code: 'x' } });
    expect(anon.status).toBe(401);
  });

  it('a stale access token is fetched again once', async () => {
    t.fakes.wechatTokens.push('ACCESS_TOKEN_ROTATED_ELSEWHERE'); // the cached one is no longer the newest
    t.fakes.wechatCodes.set('login-3', { openid: 'o-phone-courier-3' });
    const third = (await t.api('POST', '/api/auth/wechat', { body: { code: 'login-3' } })).body.accessToken;
    t.fakes.wechatPhoneCodes.set('phone-after-rotation', '13755556666');
    const res = await bind('phone-after-rotation', third);
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13755556666');
  });
});

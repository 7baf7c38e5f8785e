import { fake, type FakeRequest } from './taro-fake';

jest.mock('@tarojs/taro', () => require('./taro-fake'));

import { ApiError, call, session, setSession, setVerifiedPhone, verifiedPhone } from '../../miniapp/src/api';

const pair = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  user: { id: 'w1', role: 'worker' as const, displayName: '', stationId: null, phoneMasked: '139****1111' },
});

/** A server whose access tokens expire: only `valid` is accepted; refresh tokens are single-use. */
function server(opts: { valid: string; refreshOk: boolean }) {
  let n = 1;
  const used = new Set<string>();
  return (r: FakeRequest) => {
    if (r.url.endsWith('/api/auth/refresh')) {
      const token = (r.data as { refreshToken: string }).refreshToken;
      if (!opts.refreshOk || used.has(token))
        return { statusCode: 401, data: { statusCode: 401, code: 'REFRESH_TOKEN_INVALID', message: 'x' } };
      used.add(token);
      const next = pair(++n);
      opts.valid = `Bearer ${next.accessToken}`;
      return { statusCode: 200, data: next };
    }
    if (r.header.authorization !== opts.valid)
      return { statusCode: 401, data: { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'x' } };
    return { statusCode: 200, data: { ok: true, url: r.url } };
  };
}

beforeEach(() => {
  fake.reset();
  setSession(pair(1));
});

test('an expired access token is refreshed once, silently, and the call is made again', async () => {
  fake.handler = server({ valid: 'Bearer access-2', refreshOk: true });
  await expect(call('cases.mine', {})).resolves.toEqual({ ok: true, url: '/api/cases' });
  expect(fake.requests.map((r) => r.url)).toEqual(['/api/cases', '/api/auth/refresh', '/api/cases']);
  expect(session()?.refreshToken).toBe('refresh-2');
  expect(fake.navigations).toEqual([]);
});

test('calls failing together share one refresh (a refresh token works once)', async () => {
  fake.handler = server({ valid: 'Bearer access-2', refreshOk: true });
  const all = await Promise.all([call('cases.mine', {}), call('inbox.list', {}), call('auth.me', {})]);
  expect(all.every((r) => (r as unknown as { ok: boolean }).ok)).toBe(true);
  expect(fake.requests.filter((r) => r.url.endsWith('/refresh'))).toHaveLength(1);
});

test('a session that cannot be refreshed is dropped and the worker is sent to sign-in, to come back here', async () => {
  fake.pages = [
    { route: 'pages/station/index', options: { code: 'WZ-COURIER' } },
    { route: 'pages/case/index', options: { id: 'c1' } },
  ];
  fake.handler = server({ valid: 'Bearer nothing', refreshOk: false });
  const err = await call('cases.get', { params: { id: 'c1' } }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  expect(session()).toBeNull();
  expect(fake.navigations).toEqual([`/pages/login/index?back=${encodeURIComponent('/pages/case/index?id=c1')}`]);
});

test('a refresh that gets no answer keeps the session and says the network is down, not "sign in"', async () => {
  fake.handler = (r) => {
    if (r.url.endsWith('/api/auth/refresh')) throw new Error('request:fail timeout');
    return { statusCode: 401, data: { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'x' } };
  };
  const err = (await call('cases.mine', {}).catch((e: unknown) => e)) as ApiError;
  expect(err.code).toBe('NETWORK');
  expect(session()?.refreshToken).toBe('refresh-1');
  expect(fake.navigations).toEqual([]);
});

test('a page that does not need sign-in is not sent there when the session is gone', async () => {
  fake.pages = [{ route: 'pages/index/index', options: {} }];
  fake.handler = server({ valid: 'Bearer nothing', refreshOk: false });
  await expect(call('cases.mine', { optional: true })).rejects.toBeInstanceOf(ApiError);
  expect(session()).toBeNull();
  expect(fake.navigations).toEqual([]);
});

test('a wrong sign-in code is an error in words, not a trip to sign-in', async () => {
  setSession(null);
  fake.handler = () => ({ statusCode: 401, data: { statusCode: 401, code: 'OTP_INVALID', message: 'x', fields: [] } });
  const err = (await call('auth.otpVerify', { body: { phone: '13900001111', code: '000000' } }).catch(
    (e: unknown) => e,
  )) as ApiError;
  expect(err.code).toBe('OTP_INVALID');
  expect(err.message).toMatch(/验证码/);
  expect(fake.navigations).toEqual([]);
});

test('every failure reaches the screen in words: an unknown code, a server error, no network', async () => {
  fake.handler = () => ({ statusCode: 500, data: '<html>proxy error</html>' });
  const e500 = (await call('cases.mine', {}).catch((e: unknown) => e)) as ApiError;
  expect(e500.code).toBe('NETWORK');
  expect(e500.message).toContain('您填写的内容已保存');
  fake.handler = () => {
    throw new Error('request:fail timeout');
  };
  const offline = (await call('cases.mine', {}).catch((e: unknown) => e)) as ApiError;
  expect(offline.code).toBe('NETWORK');
  expect(offline.message).not.toContain('timeout');
  fake.handler = () => ({
    statusCode: 409,
    data: { statusCode: 409, code: 'SOMETHING_NEW', message: 'raw server words' },
  });
  const unknown = (await call('cases.mine', {}).catch((e: unknown) => e)) as ApiError;
  expect(unknown.message).not.toContain('raw server words');
});

test('a 401 about what the user sent (a WeChat code refused) is not an expired session: no refresh', async () => {
  fake.handler = () => ({ statusCode: 401, data: { statusCode: 401, code: 'WECHAT_LOGIN_FAILED', message: 'x' } });
  const err = (await call('me.phoneWechat', { body: { code: 'wx-code-1' } }).catch((e: unknown) => e)) as ApiError;
  expect(err.code).toBe('WECHAT_LOGIN_FAILED');
  expect(fake.requests.filter((r) => r.url.endsWith('/refresh'))).toHaveLength(0);
  expect(session()?.refreshToken).toBe('refresh-1');
});

test('a refresh that meets a rate limit keeps the session (it is not the worker’s fault)', async () => {
  fake.handler = (r) => {
    if (r.url.endsWith('/api/auth/refresh'))
      return { statusCode: 429, data: { statusCode: 429, code: 'RATE_LIMITED', message: 'x' } };
    return { statusCode: 401, data: { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'x' } };
  };
  const err = (await call('cases.mine', {}).catch((e: unknown) => e)) as ApiError;
  expect(err.code).toBe('NETWORK');
  expect(session()?.refreshToken).toBe('refresh-1');
  expect(fake.navigations).toEqual([]);
});

test('a POST with no body sends {} (WeChat sends JSON even when there is no data)', async () => {
  fake.handler = () => ({ statusCode: 200, data: { ok: true } });
  await call('inbox.read', { params: { id: '00000000-0000-4000-8000-000000000001' } });
  expect(fake.requests[0]!.data).toEqual({});
});

test('in WeChat the same calls go through Taro.request, not fetch', async () => {
  process.env.TARO_ENV = 'weapp';
  (globalThis as { API_BASE?: string }).API_BASE = 'https://api.example.cn';
  // A fresh platform reads the build target; `wx` is the Taro it sees.
  let api!: typeof import('../../miniapp/src/api');
  let wx!: typeof fake;
  jest.isolateModules(() => {
    wx = (require('@tarojs/taro') as typeof import('./taro-fake')).fake;
    api = require('../../miniapp/src/api');
  });
  Reflect.deleteProperty(process.env, 'TARO_ENV');
  const fetched = jest.spyOn(globalThis, 'fetch');
  wx.reset();
  api.setSession(pair(1));
  wx.handler = server({ valid: 'Bearer access-2', refreshOk: true });
  await expect(api.call('cases.mine', {})).resolves.toEqual({ ok: true, url: 'https://api.example.cn/api/cases' });
  expect(wx.requests.map((r) => r.url.replace('https://api.example.cn', ''))).toEqual([
    '/api/cases',
    '/api/auth/refresh',
    '/api/cases',
  ]);
  expect(fetched).not.toHaveBeenCalled();
  fetched.mockRestore();
});

test('the number verified at sign-in is offered only to the account that verified it, while signed in', () => {
  setVerifiedPhone('w1', '13900001111');
  expect(verifiedPhone()).toBe('13900001111');
  setSession({ ...pair(2), user: { ...pair(2).user, id: 'w2' } });
  expect(verifiedPhone()).toBe('');
  setSession(null);
  expect(verifiedPhone()).toBe('');
});

import { ERRORS } from '@gig/shared';
import { API_BASE, describeRendered, launch } from './harness';
import { COURIER_NAME, startWorld, type World } from './world';
import { t } from './words';

/**
 * Sign-in inside WeChat: a worker who scanned a station and starts a claim is sent to sign-in
 * first; "Sign in with WeChat" takes a code from wx.login, the page sends it to the real API
 * (which asks WeChat's code2session, faked at its HTTP boundary), stores the session in WeChat
 * storage and goes back to the claim, at the station scanned. A code WeChat refuses keeps the
 * worker on the sign-in page, told so, with nothing stored.
 */
jest.setTimeout(60_000);

let world: World;

describeRendered('signing in with WeChat', () => {
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => world?.api.close());

  test('wx.login gives a code, the API signs the worker in, the session is stored and the worker is back on the claim', async () => {
    world.api.fakes.wechatCodes.set('wx-code-zhao', { openid: 'o-zhao-openid' });
    const s = await launch(
      world.api.base,
      'pages/station/index',
      { code: 'WZ-COURIER' },
      { answers: { loginCodes: ['wx-code-zhao'] } },
    );
    try {
      await s.tap(t('start'));
      // The claim needs a session: sign-in opens on top of it, to come back to it.
      expect(s.sb.stack.map((p) => p.route)).toEqual(['pages/station/index', 'sub/claim/index', 'pages/login/index']);
      expect(s.page().options.back).toBe(encodeURIComponent('/sub/claim/index'));
      expect(s.rec.storage.has('gig.session')).toBe(false);

      await s.tap(t('wechatSignIn'));
      expect(s.rec.calls.filter((c) => c.api === 'login')).toHaveLength(1);
      const sent = s.rec.net.calls.find((c) => c.url === `${API_BASE}/api/auth/wechat`);
      expect(sent).toMatchObject({ method: 'POST', data: { code: 'wx-code-zhao' }, status: 200 });
      // The API asked WeChat about that very code.
      expect(world.api.fakes.wechatCalls.map((p) => p.get('js_code'))).toContain('wx-code-zhao');

      // The session is in WeChat storage and works.
      const stored = JSON.parse(s.rec.storage.get('gig.session')!);
      const me = await world.api.api('GET', '/api/auth/me', { token: stored.accessToken });
      expect(me.status).toBe(200);
      expect(stored.refreshToken).toEqual(expect.any(String));

      // Back where the worker was: the claim (navigateBack, not a second copy), at the scanned station.
      expect(s.sb.stack.map((p) => p.route)).toEqual(['pages/station/index', 'sub/claim/index']);
      expect(s.rec.calls.map((c) => c.api)).toContain('navigateBack');
      expect(s.text()).toContain(t('stepStation'));
      expect(s.text()).toContain(COURIER_NAME);
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('the SMS code also works in WeChat: the buttons wait for a valid number, then back to the tab page', async () => {
    const s = await launch(world.api.base, 'pages/login/index', { back: encodeURIComponent('/pages/me/index') });
    try {
      // WeChat fires no tap for a disabled button.
      await expect(s.tap(t('sendCode'))).rejects.toThrow('disabled');
      await s.type(s.field(t('mobile')), '13900003333');
      await s.tap(t('sendCode'));
      expect(s.rec.net.calls.find((c) => c.url.endsWith('/api/auth/otp/request'))).toMatchObject({ status: 200 });
      await s.type(s.field(t('code')), world.api.fakes.lastCodeFor('13900003333'));
      await s.tap(s.get(new RegExp(`^${t('signIn')}$`), 'wx-button'));
      expect(JSON.parse(s.rec.storage.get('gig.session')!).accessToken).toEqual(expect.any(String));
      // "Me" is a tab page: switchTab, not redirectTo (which WeChat refuses for tab pages).
      expect(s.rec.calls.map((c) => c.api)).toContain('switchTab');
      expect(s.sb.stack.map((p) => p.route)).toEqual(['pages/me/index']);
      expect(s.text()).toContain('139****3333');
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('a code WeChat refuses keeps the worker on sign-in, told so, with nothing stored', async () => {
    // Not in the fake's table: code2session answers errcode 40029 (invalid code), as WeChat does.
    const s = await launch(
      world.api.base,
      'pages/login/index',
      { back: encodeURIComponent('/pages/cases/index') },
      {
        answers: { loginCodes: ['wx-code-stale'] },
      },
    );
    try {
      await s.tap(t('wechatSignIn'));
      expect(s.rec.net.calls.find((c) => c.url.endsWith('/api/auth/wechat'))).toMatchObject({ status: 401 });
      expect(s.rec.toasts).toEqual([ERRORS.WECHAT_LOGIN_FAILED['zh-CN']]);
      expect(s.rec.storage.has('gig.session')).toBe(false);
      expect(s.sb.stack.map((p) => p.route)).toEqual(['pages/login/index']);
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });
});

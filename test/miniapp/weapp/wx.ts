import { parseUrl, type Sandbox } from './sandbox';
import { netApis, type Net } from './wx-net';
import { canvasApis, type Files } from './canvas';

/**
 * The `wx` object of the sandbox: WeChat's APIs with its call shapes (an options object with
 * success/fail/complete, `errMsg` "name:ok" or "name:fail reason") and its rules (storage kept as
 * serialised copies, navigateTo refused for a tab page, at most 10 pages on the stack). What the
 * worker or WeChat would answer (the login code, a scan, a modal) is set by the test in `answers`.
 */
export interface Answers {
  /** The next codes wx.login hands out (a fresh made-up one when empty). */
  loginCodes: string[];
  /** What wx.scanCode reads (undefined: the worker closes the scanner). */
  scan?: { result: string; path?: string; scanType?: string };
  /** The worker's answer to every wx.showModal (true: the confirm button). */
  modalConfirm: boolean;
  /** What wx.requestSubscribeMessage answers for each template id. */
  subscribe: 'accept' | 'reject';
  /** Photos wx.chooseImage returns (PNG or JPEG bytes); none: the worker closes the chooser. */
  photos: Buffer[];
}

export interface Recorder {
  calls: { api: string; options: Record<string, unknown> }[];
  toasts: string[];
  modals: { title?: string; content?: string }[];
  storage: Map<string, string>;
  answers: Answers;
  net: Net;
  files: Files;
}

type Opts = Record<string, unknown> & {
  success?: (r: unknown) => void;
  fail?: (r: unknown) => void;
  complete?: (r: unknown) => void;
};

/** Calls back like WeChat (asynchronously, success or fail then complete) with a result in the app's realm. */
export function answer(sb: Sandbox, name: string, o: Opts, result: Record<string, unknown> | Error): void {
  const out = sb.toVm(
    result instanceof Error ? { errMsg: `${name}:fail ${result.message}` } : { errMsg: `${name}:ok`, ...result },
  );
  setImmediate(() =>
    sb.guard(() => {
      if (result instanceof Error) o.fail?.(out);
      else o.success?.(out);
      o.complete?.(out);
    }),
  );
}

export function createWx(sb: Sandbox, rec: Recorder): Record<string, unknown> {
  const reply = (name: string, o: Opts, r: Record<string, unknown> | Error) => {
    rec.calls.push({ api: name, options: o });
    answer(sb, name, o, r);
  };
  const api = (name: string, fn: (o: Opts) => Record<string, unknown> | Error = () => ({})) => ({
    [name]: (o: Opts = {}) => reply(name, o, fn(o)),
  });
  const read = (key: string) => {
    const raw = rec.storage.get(key);
    return raw === undefined ? undefined : sb.toVm(JSON.parse(raw));
  };
  const write = (key: string, data: unknown) => rec.storage.set(key, JSON.stringify(data === undefined ? null : data));
  const system = {
    brand: 'devtools',
    model: 'iPhone 12',
    pixelRatio: 2,
    screenWidth: 360,
    screenHeight: 780,
    windowWidth: 360,
    windowHeight: 720,
    statusBarHeight: 20,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'iOS 16.0',
    platform: 'ios',
    SDKVersion: '3.4.0',
    safeArea: { left: 0, right: 360, top: 20, bottom: 780, width: 360, height: 760 },
  };

  /** Navigation with WeChat's rules; the url is relative to the current page when not absolute. */
  const go = (name: string, o: Opts, run: (route: string, query: Record<string, string>) => string | void) => {
    const here = sb.stack[sb.stack.length - 1]?.route ?? '';
    const { route, query } = parseUrl(String(o.url ?? ''), here);
    const problem = !sb.allPages().includes(route) ? `page "${route}" is not found` : run(route, query);
    reply(name, o, problem ? new Error(problem) : {});
  };
  const navigation = {
    navigateTo: (o: Opts) =>
      go('navigateTo', o, (route, query) => {
        if (sb.isTab(route)) return 'can not navigateTo a tabbar page';
        if (sb.stack.length >= 10) return 'webview count limit exceed';
        setImmediate(() => sb.open(route, query));
      }),
    redirectTo: (o: Opts) =>
      go('redirectTo', o, (route, query) => {
        if (sb.isTab(route)) return 'can not redirectTo a tabbar page';
        setImmediate(() => (sb.close(), sb.open(route, query)));
      }),
    switchTab: (o: Opts) =>
      go('switchTab', o, (route) => {
        if (!sb.isTab(route)) return 'can not switch to no-tabBar page';
        setImmediate(() => {
          while (sb.stack.length) sb.close();
          sb.open(route, {});
        });
      }),
    reLaunch: (o: Opts) =>
      go('reLaunch', o, (route, query) => {
        setImmediate(() => {
          sb.unloadAll();
          sb.open(route, query);
        });
      }),
    navigateBack: (o: Opts = {}) => {
      const delta = Math.max(1, Number(o.delta ?? 1));
      if (sb.stack.length <= 1) return reply('navigateBack', o, new Error('cannot navigate back at first page.'));
      reply('navigateBack', o, {});
      setImmediate(() => {
        for (let i = 0; i < delta && sb.stack.length > 1; i++) sb.close();
        sb.reveal();
      });
    },
  };

  return {
    ...navigation,
    ...netApis(rec, reply),
    ...canvasApis(sb, rec, reply),
    getSystemInfoSync: () => sb.toVm(system),
    getWindowInfo: () => sb.toVm(system),
    getDeviceInfo: () => sb.toVm(system),
    getAppBaseInfo: () => sb.toVm(system),
    getSystemSetting: () => sb.toVm({ locationEnabled: true, wifiEnabled: true }),
    getAccountInfoSync: () => sb.toVm({ miniProgram: { appId: 'wx-test-appid', envVersion: 'develop', version: '' } }),
    getMenuButtonBoundingClientRect: () =>
      sb.toVm({ width: 87, height: 32, top: 24, right: 353, bottom: 56, left: 266 }),
    ...api('getSystemInfo', () => system),
    canIUse: () => true,
    nextTick: (fn: () => void) => setImmediate(() => sb.guard(fn)),
    // Storage: WeChat keeps a serialised copy; a missing key reads as ''.
    setStorageSync: (key: string, data: unknown) => write(key, data),
    getStorageSync: (key: string) => read(key) ?? '',
    removeStorageSync: (key: string) => void rec.storage.delete(key),
    clearStorageSync: () => rec.storage.clear(),
    getStorageInfoSync: () => sb.toVm({ keys: [...rec.storage.keys()], currentSize: 0, limitSize: 10240 }),
    ...api('setStorage', (o) => (write(String(o.key), o.data), {})),
    ...api('getStorage', (o) =>
      rec.storage.has(String(o.key)) ? { data: read(String(o.key)) } : new Error('data not found'),
    ),
    ...api('removeStorage', (o) => (rec.storage.delete(String(o.key)), {})),
    ...api('clearStorage', () => (rec.storage.clear(), {})),
    // What the worker answers.
    ...api('login', () => ({ code: rec.answers.loginCodes.shift() ?? `code-${Math.random().toString(36).slice(2)}` })),
    ...api('checkSession'),
    ...api('scanCode', () =>
      rec.answers.scan ? { scanType: 'QR_CODE', charSet: 'utf-8', ...rec.answers.scan } : new Error('cancel'),
    ),
    ...api('requestSubscribeMessage', (o) => {
      const ids = o.tmplIds as string[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0) return Object.assign(new Error('TmplIds can not be empty'), {});
      return Object.fromEntries(ids.map((id) => [id, rec.answers.subscribe]));
    }),
    ...api('showModal', (o) => {
      rec.modals.push({ title: o.title as string, content: o.content as string });
      return { confirm: rec.answers.modalConfirm, cancel: !rec.answers.modalConfirm };
    }),
    ...api('showToast', (o) => (rec.toasts.push(String(o.title ?? '')), {})),
    ...api('hideToast'),
    ...api('showLoading'),
    ...api('hideLoading'),
    ...api('showActionSheet', () => new Error('cancel')),
    ...api('getLocation', () => new Error('auth deny')),
    ...api('makePhoneCall'),
    ...api('setNavigationBarTitle'),
    ...api('setNavigationBarColor'),
    ...api('setTabBarItem'),
    ...api('setTabBarBadge'),
    ...api('stopPullDownRefresh'),
    ...api('startPullDownRefresh'),
    ...api('pageScrollTo'),
    ...api('getNetworkType', () => ({ networkType: 'wifi' })),
    ...api('getSetting', () => ({ authSetting: {} })),
    onNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onPageNotFound: () => undefined,
    onMemoryWarning: () => undefined,
    getUpdateManager: () => ({
      onCheckForUpdate: () => undefined,
      onUpdateReady: () => undefined,
      onUpdateFailed: () => undefined,
    }),
    reportAnalytics: () => undefined,
  };
}

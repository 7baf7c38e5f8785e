import Taro from '@tarojs/taro';
import { ERRORS, type ErrorCode, type FieldError, type TokenPair } from '@gig/shared';
import { apiBase, upload } from '../platform';
import { locale } from '../i18n';

/**
 * The one request wrapper: the token, a silent refresh shared by concurrent calls (refresh tokens
 * are single-use), the API's error envelope turned into words from the shared error table, and a
 * trip to sign-in (and back) when the session cannot go on. Nothing raw reaches the screen.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type Session = Pick<TokenPair, 'accessToken' | 'refreshToken' | 'user'>;
const KEY = 'gig.session';

export function session(): Session | null {
  const s = Taro.getStorageSync(KEY);
  return s && typeof s === 'object' ? (s as Session) : null;
}
export function setSession(s: Session | null): void {
  if (s) Taro.setStorageSync(KEY, s);
  else Taro.removeStorageSync(KEY);
}

export function words(code: string): string {
  const e = ERRORS[code as ErrorCode];
  if (e) return e[locale()];
  return locale() === 'en' ? 'The network is weak or down. What you typed is kept; try again.' : '网络不好或已断开，您填写的内容已保存，请稍后重试。';
}

function toError(status: number, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as { code?: string; fields?: FieldError[]; details?: Record<string, unknown> };
  // A code this build does not know (a newer server) still gets words: the server-side failure ones.
  const code = b.code && b.code in ERRORS ? b.code : status >= 500 || status === 0 ? 'NETWORK' : 'INTERNAL_ERROR';
  return new ApiError(status, code, words(code), b.fields ?? [], b.details ?? {});
}

/** Calls whose 401 means "wrong code or token", not "the access token expired". */
const SIGN_IN_PATHS = /^\/api\/auth\/(refresh|otp\/|wechat|logout)/;

/**
 * One refresh at a time, shared by every call that met a 401: `ok` (new tokens stored), `invalid`
 * (the session is over: dropped) or `offline` (no answer, or a server error: the session is kept,
 * so a weak network never signs the worker out).
 */
type Refreshed = 'ok' | 'invalid' | 'offline';
let refreshing: Promise<Refreshed> | null = null;
export function refresh(): Promise<Refreshed> {
  const s = session();
  if (!s) return Promise.resolve('invalid');
  refreshing ??= (async (): Promise<Refreshed> => {
    try {
      const r = await Taro.request({ url: `${apiBase}/api/auth/refresh`, method: 'POST', data: { refreshToken: s.refreshToken }, header: { 'content-type': 'application/json' }, timeout: 20_000 });
      if (r.statusCode >= 500) return 'offline';
      if (r.statusCode !== 200) {
        setSession(null);
        return 'invalid';
      }
      const pair = r.data as TokenPair;
      setSession({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user });
      return 'ok';
    } catch {
      return 'offline';
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Sends the worker to sign-in, to come back to `back` (this page by default). */
export function goSignIn(back?: string): void {
  const pages = Taro.getCurrentPages();
  const here = pages[pages.length - 1];
  const route = here ? `/${(here.route ?? '').replace(/^\//, '').split('?')[0]}` : '/pages/index/index';
  if (route === '/pages/login/index') return; // already there (several calls failed at once)
  const query = here?.options ? Object.entries(here.options).filter(([k]) => k !== '$taroTimestamp').map(([k, v]) => `${k}=${v}`).join('&') : '';
  const target = back ?? (query ? `${route}?${query}` : route);
  void Taro.navigateTo({ url: `/pages/login/index?back=${encodeURIComponent(target)}` });
}

export async function request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, opts: { data?: unknown; header?: Record<string, string>; retried?: boolean; /** a page that does not need sign-in: no trip to sign-in when the session is gone */ optional?: boolean } = {}): Promise<T> {
  const s = session();
  const header: Record<string, string> = { 'accept-language': locale() === 'en' ? 'en' : 'zh-CN', ...(opts.header ?? {}) };
  if (opts.data !== undefined) header['content-type'] = 'application/json';
  if (s) header.authorization = `Bearer ${s.accessToken}`;
  let r: Taro.request.SuccessCallbackResult;
  try {
    r = await Taro.request({ url: `${apiBase}${path}`, method, data: opts.data as never, header, timeout: 20_000 });
  } catch {
    throw new ApiError(0, 'NETWORK', words('NETWORK'));
  }
  if (r.statusCode === 401 && s && !opts.retried && !SIGN_IN_PATHS.test(path)) {
    const refreshed = await refresh();
    if (refreshed === 'ok') return request<T>(method, path, { ...opts, retried: true });
    if (refreshed === 'offline') throw new ApiError(0, 'NETWORK', words('NETWORK'));
    if (!opts.optional) goSignIn();
    throw toError(401, r.data);
  }
  if (r.statusCode < 200 || r.statusCode >= 300) throw toError(r.statusCode, r.data);
  return r.data as T;
}

/**
 * Uploads a file as multipart `file` with `fields`, under the same session rules as request():
 * the token, one silent refresh on 401, the error envelope in words.
 */
export async function uploadFile<T>(path: string, file: { path: string; name: string }, fields: Record<string, string>, onProgress: (p: number) => void, retried = false): Promise<T> {
  const s = session();
  let r: { status: number; body: unknown };
  try {
    r = await upload({ url: `${apiBase}${path}`, filePath: file.path, name: file.name, fields, token: s?.accessToken ?? null, onProgress });
  } catch {
    throw new ApiError(0, 'NETWORK', words('NETWORK'));
  }
  if (r.status === 401 && s && !retried) {
    const refreshed = await refresh();
    if (refreshed === 'ok') return uploadFile<T>(path, file, fields, onProgress, true);
    if (refreshed === 'offline') throw new ApiError(0, 'NETWORK', words('NETWORK'));
    goSignIn();
  }
  if (r.status < 200 || r.status >= 300) throw toError(r.status, r.body);
  return r.body as T;
}

/** Whether trying the same thing again may work (the network, the server), or the input must change. */
export const retryable = (e: unknown): boolean => !(e instanceof ApiError) || e.status === 0 || e.status >= 500 || e.status === 429;

/** Shows an error as a toast, in words. */
export function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : words('NETWORK');
  void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
}

export { toError };

import Taro from '@tarojs/taro';
import {
  ERRORS,
  ROUTE_INDEX,
  ApiError,
  createApiCore,
  retryable,
  urlOf,
  type ApiInputs,
  type ApiOutputs,
  type RouteName,
  type Session,
  type Transport,
} from '@gig/shared';
import { apiBase, downloadFile, openDocument, upload } from '../platform';
import { locale } from '../i18n';

export { ApiError, retryable };
export type { Session };

/**
 * The one request wrapper of the mini-program: the shared client core (the token, one silent
 * refresh shared by concurrent calls, the error envelope in words from the shared error table,
 * calls typed from the shared route table) over Taro.request, with the session in the phone's
 * storage and a trip to sign-in (and back) when the session cannot go on. A refresh that gets no
 * answer keeps the session: a weak network never signs the worker out. Nothing raw reaches the screen.
 */
const KEY = 'gig.session';

export function session(): Session | null {
  const s = Taro.getStorageSync(KEY);
  return s && typeof s === 'object' ? (s as Session) : null;
}
export function setSession(s: Session | null): void {
  if (s) Taro.setStorageSync(KEY, s);
  else Taro.removeStorageSync(KEY);
}

const NETWORK = {
  'zh-CN': '网络不好或已断开，您填写的内容已保存，请稍后重试。',
  en: 'The network is weak or down. What you typed is kept; try again.',
};

/** Sends the worker to sign-in, to come back to `back` (this page by default). */
export function goSignIn(back?: string): void {
  const pages = Taro.getCurrentPages();
  const here = pages[pages.length - 1];
  const route = here ? `/${(here.route ?? '').replace(/^\//, '').split('?')[0]}` : '/pages/index/index';
  if (route === '/pages/login/index') return; // already there (several calls failed at once)
  const query = here?.options
    ? Object.entries(here.options)
        .filter(([k]) => k !== '$taroTimestamp')
        .map(([k, v]) => `${k}=${v}`)
        .join('&')
    : '';
  const target = back ?? (query ? `${route}?${query}` : route);
  void Taro.navigateTo({ url: `/pages/login/index?back=${encodeURIComponent(target)}` });
}

const transport: Transport = async ({ method, url, headers, body, expect }) => {
  if (expect === 'file') return downloadFile({ url, headers });
  const r = await Taro.request({ url, method: method as 'GET', data: body as never, header: headers, timeout: 20_000 });
  return { status: r.statusCode, body: r.data };
};

const core = createApiCore({
  base: apiBase,
  transport,
  store: { get: session, set: setSession },
  locale,
  onSignedOut: (optional) => {
    if (!optional) goSignIn();
  },
  networkWords: (l) => NETWORK[l],
  unknownWords: (l) => ERRORS.INTERNAL_ERROR[l],
});

/** Words for an error code (the shared table), or for no answer at all. */
export const words = core.words;
export const refresh = core.refresh;
export const toError = core.toError;

/** A call typed from the shared route table. */
export function call<N extends RouteName>(name: N, input: ApiInputs[N]): Promise<ApiOutputs[N]> {
  return core.call(name, input);
}

/**
 * Uploads a file as multipart `file` with `fields` to an upload route of the table, under the
 * same session rules: the token, one silent refresh on 401, the error envelope in words.
 */
export async function uploadFile<N extends 'evidence.upload' | 'cases.upload'>(
  name: N,
  params: N extends 'cases.upload' ? { id: string } : undefined,
  file: { path: string; name: string },
  fields: Record<string, string>,
  onProgress: (p: number) => void,
  retried = false,
): Promise<ApiOutputs[N]> {
  const s = session();
  const path = urlOf(ROUTE_INDEX[name], params);
  let r: { status: number; body: unknown };
  try {
    r = await upload({
      url: `${apiBase}${path}`,
      filePath: file.path,
      name: file.name,
      fields,
      token: s?.accessToken ?? null,
      onProgress,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', words('NETWORK'));
  }
  if (r.status === 401 && s && !retried) {
    const refreshed = await refresh();
    if (refreshed === 'ok') return uploadFile(name, params, file, fields, onProgress, true);
    if (refreshed === 'offline') throw new ApiError(0, 'NETWORK', words('NETWORK'));
    goSignIn();
  }
  if (r.status < 200 || r.status >= 300) throw toError(r.status, r.body);
  return r.body as ApiOutputs[N];
}

/** The worker's case documents served as PDFs. */
export type CasePdf =
  | 'cases.agreementPdf'
  | 'cases.arbitrationPdf'
  | 'cases.confirmationPdf'
  | 'cases.paymentOrderPdf'
  | 'cases.enforcementPdf';

/**
 * Opens a case document (the agreement, the arbitration, confirmation or payment-order application)
 * as a PDF under the session's rules (the token, one silent refresh, errors in words): WeChat's
 * viewer, or a download in the browser.
 */
export async function openPdf(name: CasePdf, id: string, file: string) {
  const { path } = (await core.call(name, { params: { id } })) as unknown as { path: string };
  await openDocument(path, file);
}

/** Shows an error as a toast, in words. */
export function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : words('NETWORK');
  void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
}

import Taro from '@tarojs/taro';
import {
  ERRORS,
  ApiError,
  WORKER_ROUTE_INDEX,
  createApiCoreFor,
  retryable,
  type ApiInputs,
  type ApiOutputs,
  type WorkerRouteName,
  type Session,
  type Transport,
} from '@gig/shared';
import { apiBase, downloadFile, openDocument, request } from '../platform';
import { locale } from '../i18n';

export { ApiError, retryable };
export type { Session };

/**
 * The one request wrapper of the mini-program: the shared client core (the token, one silent
 * refresh shared by concurrent calls, the error envelope in words from the shared error table,
 * calls typed from the shared route table) over the platform's request (WeChat's, or fetch in the
 * browser), with the session in the phone's
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

const PHONE_KEY = 'gig.verified-phone';

/**
 * The mobile number the worker verified by SMS code on this phone (the API shows it only masked),
 * to prefill a claim; kept for the account that verified it, and only while that one is signed in.
 */
export function verifiedPhone(): string {
  const s = session();
  const v = Taro.getStorageSync(PHONE_KEY) as { userId?: string; phone?: string } | '';
  return s && v && v.userId === s.user.id && v.phone ? v.phone : '';
}
export function setVerifiedPhone(userId: string, phone: string): void {
  Taro.setStorageSync(PHONE_KEY, { userId, phone });
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

const transport: Transport = ({ method, url, headers, body, expect }) =>
  expect === 'file' ? downloadFile({ url, headers }) : request({ method, url, headers, body });

// Over the worker's routes only: the staff page's are not in the mini-program.
const core = createApiCoreFor(WORKER_ROUTE_INDEX, {
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
export function call<N extends WorkerRouteName>(name: N, input: ApiInputs[N]): Promise<ApiOutputs[N]> {
  return core.call(name, input);
}

/** The worker's case documents served as PDFs. */
export type CasePdf =
  | 'cases.agreementPdf'
  | 'cases.arbitrationPdf'
  | 'cases.confirmationPdf'
  | 'cases.paymentOrderPdf'
  | 'cases.enforcementPdf'
  | 'cases.applicationPdf';

/**
 * Opens a case document (the agreement, the arbitration, confirmation or payment-order application)
 * as a PDF under the session's rules (the token, one silent refresh, errors in words): WeChat's
 * viewer, or a download in the browser.
 */
export async function openPdf(name: CasePdf, id: string, file: string) {
  const { path } = (await core.call(name, { params: { id } })) as unknown as { path: string };
  await openDocument(path, file);
}

import Taro from '@tarojs/taro';
import { stationCodeFromQrUrl } from '@gig/shared';

/**
 * Every difference between WeChat and the phone browser lives here (and in ./files for photos and
 * uploads, which only the claim and case pages load); pages never ask which one they run in.
 * `process.env.TARO_ENV` is replaced at build time. Each function is picked by a literal
 * `process.env.TARO_ENV === 'weapp' ? … : …` so that webpack drops the other one together with its
 * Taro imports (WeChat's request, file and location code stays out of the H5 bundle); a test
 * inside the function body would only let the minifier drop the code, not the imports.
 */
export const WEAPP = process.env.TARO_ENV === 'weapp';

/** The API's address: the same origin in the browser; the configured HTTPS host in WeChat. */
declare const API_BASE: string;
export const apiBase = WEAPP ? API_BASE : '';

export const canWechatLogin = WEAPP;
export const canScan = WEAPP;

/** The station a page was opened for: `code` (our links), `scene` (mini-program code), or `q` (an ordinary QR link). */
export function stationCodeFrom(params: Record<string, string | undefined>): string | null {
  if (params.code) return decodeURIComponent(params.code);
  if (params.scene) return decodeURIComponent(params.scene);
  if (params.q) return stationCodeFromQrUrl(decodeURIComponent(params.q));
  return null;
}

/** WeChat's login code, for /api/auth/wechat (WeChat only). */
export const wechatCode: () => Promise<string> =
  process.env.TARO_ENV === 'weapp'
    ? async () => (await Taro.login()).code
    : () => Promise.reject(new Error('WeChat login is only in WeChat'));

/** Scans a station's QR code and returns its station code (WeChat only). */
export const scanStation: () => Promise<string | null> =
  process.env.TARO_ENV === 'weapp'
    ? async () => {
        const r = await Taro.scanCode({ onlyFromCamera: false });
        if (!r.path) return stationCodeFromQrUrl(r.result);
        // A mini-program code opens a path like pages/station/index?scene=WZ-COURIER.
        const query = (r.path.split('?')[1] ?? '').split('&').map((kv) => kv.split('=') as [string, string]);
        return stationCodeFrom(Object.fromEntries(query));
      }
    : async () => null;

/** Asks for the case-update subscribe message at a moment it makes sense (after filing). */
export const askForUpdates: (templateId: string | undefined) => Promise<void> =
  process.env.TARO_ENV === 'weapp'
    ? async (templateId) => {
        if (!templateId) return;
        try {
          await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never);
        } catch {
          /* the worker said no, or it is not available: the in-app inbox still has everything */
        }
      }
    : async () => undefined;

/** Where the phone is, if the worker allows it (WeChat's location, or the browser's); null otherwise. */
export const locate: () => Promise<{ lat: number; lng: number } | null> =
  process.env.TARO_ENV === 'weapp'
    ? async () => {
        try {
          const r = await Taro.getLocation({ type: 'gcj02' });
          return { lat: r.latitude, lng: r.longitude };
        } catch {
          return null;
        }
      }
    : async () => {
        if (typeof navigator === 'undefined' || !navigator.geolocation) return null;
        return new Promise((resolve) =>
          navigator.geolocation.getCurrentPosition(
            (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
            () => resolve(null),
            { timeout: 10_000, maximumAge: 300_000 },
          ),
        );
      };

/** Removes the first frame index.html shows until the app renders (H5; WeChat has none). */
export const dropBootFrame: () => void =
  process.env.TARO_ENV === 'weapp'
    ? () => undefined
    : () => {
        if (typeof document !== 'undefined') document.getElementById('boot')?.remove();
      };

/** Calls a station: the phone's dialler in both (a tel: link in the browser). */
export function callPhone(phone: string): void {
  void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d+-]/g, '') }).catch(() => undefined);
}

type Answer = { status: number; body: unknown };
export interface Request {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value to send, or undefined. */
  body?: unknown;
}

/**
 * One JSON request; resolves with any HTTP answer, rejects when none came (20 s at most).
 * WeChat's request, or the browser's own fetch in H5 (as Taro's H5 request does, without its
 * fetch, AbortController and JSONP polyfills: the phones the app supports have both).
 */
export const request: (r: Request) => Promise<Answer> =
  process.env.TARO_ENV === 'weapp'
    ? async ({ method, url, headers, body }) => {
        const r = await Taro.request({
          url,
          method: method as 'GET',
          data: body as never,
          header: headers,
          timeout: 20_000,
        });
        return { status: r.statusCode, body: r.data };
      }
    : async ({ method, url, headers, body }) => {
        const abort = typeof AbortController === 'undefined' ? undefined : new AbortController();
        const timer = setTimeout(() => abort?.abort(), 20_000);
        try {
          const res = await fetch(url, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: abort?.signal,
          });
          // Like Taro's H5 request: a body that is not JSON (or none, 204) reads as null.
          return { status: res.status, body: res.status === 204 ? null : await res.json().catch(() => null) };
        } finally {
          clearTimeout(timer);
        }
      };

/**
 * Fetches a file the API serves behind the token (a PDF) with these headers. On success the body
 * is `{ path }`: WeChat's temporary file, or a blob: URL in the browser; otherwise the error
 * envelope the server sent, so the shared client core reads it like any other answer.
 */
export const downloadFile: (opts: { url: string; headers: Record<string, string> }) => Promise<Answer> =
  process.env.TARO_ENV === 'weapp'
    ? async (opts) => {
        const r = await Taro.downloadFile({
          url: opts.url,
          header: opts.headers,
          timeout: 60_000,
        } as Taro.downloadFile.Option);
        if (r.statusCode === 200) return { status: 200, body: { path: r.tempFilePath } };
        let body: unknown = null;
        try {
          body = JSON.parse(Taro.getFileSystemManager().readFileSync(r.tempFilePath, 'utf8') as string);
        } catch {
          /* not our envelope */
        }
        return { status: r.statusCode, body };
      }
    : async (opts) => {
        const res = await fetch(opts.url, { headers: opts.headers });
        if (res.ok) return { status: res.status, body: { path: URL.createObjectURL(await res.blob()) } };
        return { status: res.status, body: await res.json().catch(() => null) };
      };

/**
 * Shows a downloaded PDF: WeChat's document viewer (its menu forwards or saves it), or the
 * browser's own download of the file under `name`.
 */
export const openDocument: (path: string, name: string) => Promise<void> =
  process.env.TARO_ENV === 'weapp'
    ? async (path) => {
        await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true } as Taro.openDocument.Option);
      }
    : async (path, name) => {
        const a = document.createElement('a');
        a.href = path;
        a.download = name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(path), 60_000);
      };

/**
 * Brings an element into view, in the middle of the screen (the file going up, a form's first
 * error). The browser build scrolls the element itself: its page sits in a scrolling box under
 * the title bar, which Taro's pageScrollTo measures from the document instead.
 */
export const scrollToSelector: (selector: string) => void =
  process.env.TARO_ENV === 'weapp'
    ? (selector) => void Taro.pageScrollTo({ selector, duration: 0 }).catch(() => undefined)
    : (selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' });

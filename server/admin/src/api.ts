import { ERRORS, type ErrorCode, type FieldError, type Locale, type TokenPair } from '@gig/shared';

/**
 * The one request client of the staff page: the bearer token, a silent refresh (one at a time:
 * refresh tokens are single-use), the API's error envelope turned into words once (the shared
 * error table, in the page's language), and a signed-out signal when the session cannot go on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type Session = Pick<TokenPair, 'accessToken' | 'refreshToken' | 'user'>;

const KEY = 'gig.admin.session';
let session: Session | null = read();
let locale: Locale = 'zh-CN';
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<(s: Session | null) => void>();

function read(): Session | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return session;
}

export function setSession(s: Session | null): void {
  session = s;
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l(s);
}

export function onSession(l: (s: Session | null) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function setLocale(l: Locale): void {
  locale = l;
}

/** Words for an error code in the page's language; the server's own text is never shown. */
export function errorText(code: string): string {
  const e = ERRORS[code as ErrorCode];
  if (e) return e[locale];
  return locale === 'en' ? 'Cannot reach the server; check the network and try again' : '无法连接服务器，请检查网络后重试';
}

async function toError(res: Response): Promise<ApiError> {
  let body: { code?: string; fields?: FieldError[]; details?: Record<string, unknown> } = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON: a proxy's page */
  }
  const code = (body.code && body.code in ERRORS ? body.code : res.status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED') as ErrorCode;
  return new ApiError(res.status, code, errorText(code), body.fields ?? [], body.details ?? {});
}

async function refresh(): Promise<boolean> {
  const current = session;
  if (!current) return false;
  refreshing ??= (async () => {
    try {
      const res = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: current.refreshToken }) });
      if (!res.ok) {
        setSession(null);
        return false;
      }
      const pair = (await res.json()) as TokenPair;
      setSession({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user });
      return true;
    } catch {
      return false; // offline: keep the session, the call fails with a network error
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

function url(path: string, query?: Query): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.append(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function send(method: string, path: string, opts: { body?: unknown; query?: Query; headers?: Record<string, string> } = {}, retried = false): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': locale === 'en' ? 'en' : 'zh-CN', ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch {
    throw new ApiError(0, 'NETWORK', errorText('NETWORK'));
  }
  if (res.status === 401 && session && !retried && !path.startsWith('/api/auth/')) {
    if (await refresh()) return send(method, path, opts, true);
  }
  if (!res.ok) throw await toError(res);
  return res;
}

export const api = {
  async get<T>(path: string, query?: Query): Promise<T> {
    return (await send('GET', path, { query })).json();
  },
  async post<T>(path: string, body: unknown = {}, headers?: Record<string, string>): Promise<T> {
    return (await send('POST', path, { body, headers })).json();
  },
  async patch<T>(path: string, body: unknown): Promise<T> {
    return (await send('PATCH', path, { body })).json();
  },
  /** A file the API serves behind the token (evidence, PDFs, QR codes), as a Blob. */
  async blob(path: string, query?: Query): Promise<Blob> {
    return (await send('GET', path, { query })).blob();
  },
  async signIn(username: string, password: string): Promise<Session> {
    const pair = await this.post<TokenPair>('/api/auth/staff/login', { username, password });
    const s = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
    setSession(s);
    return s;
  },
  async signOut(): Promise<void> {
    const s = session;
    setSession(null);
    if (s) await fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: s.refreshToken }) }).catch(() => undefined);
  },
};

/**
 * A random id for an Idempotency-Key or a message's client id. `crypto.randomUUID` exists only in
 * secure contexts (not on a plain-http intranet address); `getRandomValues` everywhere.
 */
export function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Saves a Blob under a file name (PDFs, posters). */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

import type { Static, TSchema } from '@sinclair/typebox';
import { ERRORS, type ErrorCode, type FieldError } from '../errors';
import type { Locale } from '../labels';
import type { TokenPair } from '../schemas/auth';
import { ROUTE_INDEX, type RouteBasics, type RouteName } from './route-index';
import type { Routes } from './routes';

/**
 * The client core both front ends share: the bearer token, one silent refresh shared by every
 * call that met a 401 (refresh tokens are single-use), the error envelope turned into an
 * ApiError with words from the shared error table, and calls typed from the route table. The
 * transport (fetch in the staff page, Taro.request in the mini-program) and the session store
 * are injected; nothing here knows a browser or WeChat.
 */
export type Session = Pick<TokenPair, 'accessToken' | 'refreshToken' | 'user'>;

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value to send, or undefined. */
  body?: unknown;
  /** `file` for a binary answer (PDF, PNG). */
  expect: 'json' | 'file';
}
/** Sends one request; resolves with any HTTP answer, rejects only when no answer came (the network). */
export type Transport = (req: TransportRequest) => Promise<{ status: number; body: unknown }>;

export interface SessionStore {
  get(): Session | null;
  set(s: Session | null): void;
}

/** Words for the client's own failure: no answer from the server. */
const NETWORK_WORDS = { 'zh-CN': '网络不好或已断开，请稍后重试', en: 'The network is weak or down; try again' };

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

/** Whether trying the same thing again may work (the network, the server), or the input must change. */
export const retryable = (e: unknown): boolean =>
  !(e instanceof ApiError) || e.status === 0 || e.status >= 500 || e.status === 429;

type Refreshed = 'ok' | 'invalid' | 'offline';

/** A 401 that means the access token is over (not "wrong password"); a body from a proxy counts too. */
const sessionEnded = (body: unknown): boolean => {
  const code = (body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined) as string | undefined;
  return code === undefined || code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED';
};
type Prop<R, K extends string> = R extends { [P in K]: infer T } ? (T extends TSchema ? Static<T> : never) : never;
type Has<R, K extends string> = R extends { [P in K]: TSchema } ? true : false;

/** What a call of this route takes: its params, query, body and headers, as the schemas type them. */
export type CallInput<R> = (Has<R, 'params'> extends true ? { params: Prop<R, 'params'> } : { params?: undefined }) &
  (Has<R, 'query'> extends true ? { query?: Partial<Prop<R, 'query'>> } : { query?: undefined }) &
  (Has<R, 'body'> extends true ? { body: Prop<R, 'body'> } : { body?: undefined }) &
  (Has<R, 'headers'> extends true ? { headers?: Prop<R, 'headers'> } : { headers?: Record<string, string> }) & {
    /** A page that does not need sign-in: no trip to sign-in when the session is gone. */
    optional?: boolean;
  };
/** What a call of this route answers (its 200 or 201 body). */
type Answer<A> = A extends { 200: infer T extends TSchema }
  ? Static<T>
  : A extends { 201: infer T extends TSchema }
    ? Static<T>
    : void;
export type CallOutput<R> = R extends { responses: infer A } ? Answer<A> : never;

/** Fills a route's `:params` and adds its query string (arrays repeat the key; empty values are left out). */
export function urlOf(
  spec: { path: string },
  params?: Record<string, string>,
  query?: Record<string, unknown>,
): string {
  const path = spec.path.replace(/:([A-Za-z]+)/g, (_, k: string) => encodeURIComponent(params?.[k] ?? ''));
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    for (const x of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(x))}`);
  }
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

export interface ApiCoreOptions {
  base: string;
  transport: Transport;
  store: SessionStore;
  locale: () => Locale;
  /** The session is over (a refresh was refused): e.g. take the user to sign-in, unless the call was optional. */
  onSignedOut?: (optional: boolean) => void;
  /** Words for a code this build does not know (a newer server). */
  unknownWords?: (locale: Locale) => string;
  /** Words for no answer at all (the default says to try again). */
  networkWords?: (locale: Locale) => string;
}

/** Inputs and outputs of every route, computed once per route. */
export type ApiInputs = { [N in RouteName]: CallInput<Routes[N]> };
export type ApiOutputs = { [N in RouteName]: CallOutput<Routes[N]> };

/** The client core over the whole route table (the staff page). */
export function createApiCore(o: ApiCoreOptions) {
  return createApiCoreFor(ROUTE_INDEX, o);
}

/**
 * The client core over a part of the route table: the routes it may call, e.g. the worker's
 * (route-index-worker.ts), so a build carries only those (with `auth.refresh`, for the session).
 */
export function createApiCoreFor<N extends RouteName>(
  index: Readonly<Record<N | 'auth.refresh', RouteBasics>>,
  o: ApiCoreOptions,
) {
  /** Words for a code in the page's language: the shared error table's, else the client's "no answer" words. */
  const words = (code: string): string =>
    code in ERRORS
      ? ERRORS[code as ErrorCode][o.locale()]
      : (o.networkWords?.(o.locale()) ?? NETWORK_WORDS[o.locale()]);

  function toError(status: number, body: unknown): ApiError {
    const b = (body && typeof body === 'object' ? body : {}) as {
      code?: string;
      fields?: FieldError[];
      details?: Record<string, unknown>;
    };
    if (b.code && b.code in ERRORS)
      return new ApiError(status, b.code as ErrorCode, words(b.code as ErrorCode), b.fields ?? [], b.details ?? {});
    // Not our envelope (a proxy's page: the server was not reached) or a code this build does not know.
    const code: ErrorCode | 'NETWORK' = status === 0 || status >= 500 ? 'NETWORK' : 'VALIDATION_FAILED';
    return new ApiError(
      status,
      code,
      b.code && o.unknownWords ? o.unknownWords(o.locale()) : words(code),
      b.fields ?? [],
      b.details ?? {},
    );
  }

  let refreshing: Promise<Refreshed> | null = null;
  /** One refresh at a time: `ok` (new tokens kept), `invalid` (the session is over: dropped), `offline` (kept). */
  function refresh(): Promise<Refreshed> {
    const s = o.store.get();
    if (!s) return Promise.resolve('invalid');
    refreshing ??= (async (): Promise<Refreshed> => {
      try {
        const r = await o.transport({
          method: 'POST',
          url: `${o.base}${index['auth.refresh'].path}`,
          headers: { 'content-type': 'application/json' },
          body: { refreshToken: s.refreshToken },
          expect: 'json',
        });
        // Only a refused token ends the session; a rate limit or a server error is not the user's fault.
        if (r.status !== 200 && r.status !== 400 && r.status !== 401) return 'offline';
        if (r.status !== 200) {
          o.store.set(null);
          return 'invalid';
        }
        const pair = r.body as TokenPair;
        o.store.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user });
        return 'ok';
      } catch {
        return 'offline'; // no answer: a weak network never signs the user out
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  /** Any request to the API with the session's rules; `url` is a path from urlOf. */
  async function send(
    method: string,
    url: string,
    opts: {
      body?: unknown;
      headers?: Record<string, string>;
      expect?: 'json' | 'file';
      optional?: boolean;
      noRefresh?: boolean;
    },
    retried = false,
  ): Promise<unknown> {
    const s = o.store.get();
    const headers: Record<string, string> = {
      'accept-language': o.locale() === 'en' ? 'en' : 'zh-CN',
      ...opts.headers,
    };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (s) headers.authorization = `Bearer ${s.accessToken}`;
    let r: { status: number; body: unknown };
    try {
      r = await o.transport({
        method,
        url: `${o.base}${url}`,
        headers,
        body: opts.body,
        expect: opts.expect ?? 'json',
      });
    } catch {
      throw new ApiError(0, 'NETWORK', words('NETWORK'));
    }
    // Only an access token that expired or is no longer valid is refreshed; a 401 for a wrong
    // password or code is an answer about what the user typed.
    if (r.status === 401 && s && !retried && !opts.noRefresh && sessionEnded(r.body)) {
      const refreshed = await refresh();
      if (refreshed === 'ok') return send(method, url, opts, true);
      if (refreshed === 'offline') throw new ApiError(0, 'NETWORK', words('NETWORK'));
      o.onSignedOut?.(opts.optional === true);
    }
    if (r.status < 200 || r.status >= 300) throw toError(r.status, r.body);
    return r.body;
  }

  /** A call typed from the route table. */
  async function call<M extends N>(name: M, input: ApiInputs[M]): Promise<ApiOutputs[M]> {
    const spec: RouteBasics = index[name];
    const i = input as {
      params?: Record<string, string>;
      query?: Record<string, unknown>;
      body?: unknown;
      headers?: Record<string, string>;
      optional?: boolean;
    };
    // WeChat's request sends JSON even with no data, and the server refuses an empty JSON body: send {}.
    const body = spec.method === 'GET' ? undefined : (i.body ?? {});
    // Sign-in routes answer 401 for a wrong code or token: that is not an expired session.
    return send(spec.method, urlOf(spec, i.params, i.query), {
      body,
      headers: i.headers,
      expect: spec.file ? 'file' : 'json',
      optional: i.optional,
      noRefresh: !spec.auth,
    }) as Promise<ApiOutputs[M]>;
  }

  return { call, send, refresh, toError, words, store: o.store };
}
export type ApiCore = ReturnType<typeof createApiCore>;

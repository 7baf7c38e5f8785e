import path from 'node:path';

/**
 * The real API server for the WeChat build's tests: test/server/helpers/app.ts startApp (the whole
 * application in this process on a fresh database, WeChat's and the SMS gateway's HTTP APIs faked
 * at the boundary). Loaded with a plain require: this project's type check (the mini-program's
 * settings) does not compile the server; the few fields used are typed here.
 */
export interface ApiServer {
  base: string;
  fakes: {
    /** js_code → the openid WeChat's code2session answers for it. */
    wechatCodes: Map<string, { openid: string } | { errcode: number; errmsg: string }>;
    wechatCalls: URLSearchParams[];
    lastCodeFor(phone: string): string;
  };
  api(
    method: string,
    url: string,
    opts?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  station(over?: Record<string, unknown>): Promise<{ id: string; code: string; name: string }>;
  staff(role: string, station: { id: string } | null): Promise<{ username: string; password: string }>;
  signIn(username: string, password: string): Promise<{ accessToken: string }>;
  /** What the server logged, as text. */
  logs(): string;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<ApiServer> {
  const { startApp } = require(path.resolve(__dirname, '../../server/helpers/app')) as {
    startApp(env: Record<string, string>): Promise<ApiServer>;
  };
  return startApp(env);
}

/** One call to WeChat that failed, and whether trying again later could help. */
export type WechatFailure = { ok: false; retry: boolean; error: string };

/** What WeChat's server APIs answer: `{errcode, errmsg}` plus the call's own fields. */
export interface WechatJson {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
  [key: string]: unknown;
}

/** Errcodes saying the access token is invalid or expired (40001, 42001, 40014): fetch it again once. */
export const TOKEN_INVALID = new Set([40001, 42001, 40014]);

/** One request to WeChat; WeChat answers 200 with JSON (sometimes labelled text/plain) even on errors. */
export async function wechatFetch(
  url: URL,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ ok: true; json: WechatJson } | WechatFailure> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { ok: false, retry: true, error: `wechat HTTP ${res.status}` };
    return { ok: true, json: JSON.parse(await res.text()) };
  } catch (err) {
    return { ok: false, retry: true, error: `wechat unreachable: ${(err as Error).message}`.slice(0, 250) };
  }
}

/**
 * The mini-program's access token, shared by every server API that needs one (subscribe messages,
 * phone numbers): `GET {base}/cgi-bin/token?grant_type=client_credential&appid&secret` answers
 * `{access_token, expires_in}`. It is kept until shortly before it expires, or until a caller
 * says WeChat refused it (`get(true)`).
 */
export class WechatAccessToken {
  private token: { value: string; until: number } | null = null;

  constructor(private readonly opts: { base: string; appid: string; secret: string; timeoutMs: number }) {}

  get configured(): boolean {
    return Boolean(this.opts.appid && this.opts.secret);
  }

  async get(renew = false): Promise<{ ok: true; value: string } | WechatFailure> {
    if (!renew && this.token && this.token.until > Date.now()) return { ok: true, value: this.token.value };
    const url = new URL('/cgi-bin/token', this.opts.base);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.opts.appid,
      secret: this.opts.secret,
    }).toString();
    const res = await wechatFetch(url, {}, this.opts.timeoutMs);
    if (!res.ok) return res;
    if (!res.json.access_token) {
      const code = res.json.errcode ?? 0;
      return {
        ok: false,
        retry: code === -1 || code === 45009 || code === 45011,
        error: `wechat token errcode ${code}: ${res.json.errmsg ?? ''}`.slice(0, 250),
      };
    }
    const ttl = Number(res.json.expires_in ?? 7200);
    this.token = { value: res.json.access_token, until: Date.now() + Math.max(60, ttl - 300) * 1000 };
    return { ok: true, value: this.token.value };
  }
}

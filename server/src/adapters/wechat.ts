import { AppError } from '../errors';

export interface WechatSession {
  openid: string;
  unionid?: string;
}

/**
 * WeChat's code2Session: `GET {base}/sns/jscode2session?appid&secret&js_code&grant_type=authorization_code`.
 * WeChat answers 200 with either `{openid, session_key, unionid?}` or `{errcode, errmsg}`, sometimes
 * as text/plain. The session_key is not kept: we do not decrypt user data.
 */
export class WechatClient {
  constructor(private readonly opts: { base: string; appid: string; secret: string; timeoutMs: number }) {}

  get configured(): boolean {
    return Boolean(this.opts.appid && this.opts.secret);
  }

  async code2Session(code: string): Promise<WechatSession> {
    if (!this.configured) throw new AppError('WECHAT_LOGIN_FAILED', { details: { reason: 'wechat_not_configured' } });
    const url = new URL('/sns/jscode2session', this.opts.base);
    url.search = new URLSearchParams({
      appid: this.opts.appid,
      secret: this.opts.secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    let body: { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.opts.timeoutMs) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      body = JSON.parse(await res.text());
    } catch {
      throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
    }
    if (body.errcode) {
      // -1: WeChat busy; 45011: WeChat's rate limit. Others (40029 invalid code, 40163 used code…) are the client's.
      if (body.errcode === -1 || body.errcode === 45011)
        throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat', errcode: body.errcode } });
      throw new AppError('WECHAT_LOGIN_FAILED', { details: { errcode: body.errcode } });
    }
    if (!body.openid) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
    return { openid: body.openid, ...(body.unionid ? { unionid: body.unionid } : {}) };
  }
}

/** What came of one send: delivered, worth another try later, or never going to work. */
export type SendOutcome = { ok: true } | { ok: false; retry: boolean; error: string };

/**
 * Subscribe messages: `POST {base}/cgi-bin/message/subscribe/send?access_token=…` with
 * `{touser, template_id, page, data: {key: {value}}, miniprogram_state, lang}`; WeChat answers
 * `{errcode, errmsg}`. The access token comes from `GET {base}/cgi-bin/token?grant_type=client_credential`
 * (`{access_token, expires_in}`) and is kept until shortly before it expires, or until WeChat says
 * it is invalid (40001, 42001, 40014), when it is fetched again once.
 */
export class WechatSubscribeSender {
  private token: { value: string; until: number } | null = null;

  constructor(
    private readonly opts: {
      base: string;
      appid: string;
      secret: string;
      timeoutMs: number;
      templateId: string;
      state: 'formal' | 'trial' | 'developer';
    },
  ) {}

  get configured(): boolean {
    return Boolean(this.opts.appid && this.opts.secret && this.opts.templateId);
  }

  async send(msg: { openid: string; page: string; data: Record<string, string> }): Promise<SendOutcome> {
    for (let round = 0; round < 2; round++) {
      const token = await this.accessToken(round > 0);
      if (!token.ok) return token;
      const url = new URL('/cgi-bin/message/subscribe/send', this.opts.base);
      url.search = new URLSearchParams({ access_token: token.value }).toString();
      const body = {
        touser: msg.openid,
        template_id: this.opts.templateId,
        page: msg.page,
        data: Object.fromEntries(Object.entries(msg.data).map(([k, v]) => [k, { value: v }])),
        miniprogram_state: this.opts.state,
        lang: 'zh_CN',
      };
      const res = await this.call(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) return res;
      const code = res.json.errcode ?? 0;
      if (code === 0) return { ok: true };
      if (TOKEN_INVALID.has(code) && round === 0) continue;
      // -1 busy, 45009 daily limit, 45011 frequency limit: try later. 43101 (the worker did not
      // accept a message, or used it up), 40003 (bad openid), 47003 (bad data), 40037 (bad
      // template) will not get better by retrying.
      return {
        ok: false,
        retry: RETRYABLE.has(code),
        error: `wechat errcode ${code}: ${res.json.errmsg ?? ''}`.slice(0, 250),
      };
    }
    return { ok: false, retry: true, error: 'wechat access token rejected twice' };
  }

  private async accessToken(
    renew: boolean,
  ): Promise<{ ok: true; value: string } | { ok: false; retry: boolean; error: string }> {
    if (!renew && this.token && this.token.until > Date.now()) return { ok: true, value: this.token.value };
    const url = new URL('/cgi-bin/token', this.opts.base);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.opts.appid,
      secret: this.opts.secret,
    }).toString();
    const res = await this.call(url, {});
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

  private async call(
    url: URL,
    init: RequestInit,
  ): Promise<
    | { ok: true; json: { errcode?: number; errmsg?: string; access_token?: string; expires_in?: number } }
    | { ok: false; retry: boolean; error: string }
  > {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.opts.timeoutMs) });
      if (!res.ok) return { ok: false, retry: true, error: `wechat HTTP ${res.status}` };
      return { ok: true, json: JSON.parse(await res.text()) };
    } catch (err) {
      return { ok: false, retry: true, error: `wechat unreachable: ${(err as Error).message}`.slice(0, 250) };
    }
  }
}

const TOKEN_INVALID = new Set([40001, 42001, 40014]);
const RETRYABLE = new Set([-1, 45009, 45011]);

import { CN_MOBILE_PATTERN } from '@gig/shared';
import { AppError } from '../errors';
import { TOKEN_INVALID, wechatFetch, type WechatAccessToken } from './wechat-token';

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
 * `{errcode, errmsg}`. The access token (WechatAccessToken) is fetched again once when WeChat says
 * it is invalid (40001, 42001, 40014).
 */
export class WechatSubscribeSender {
  constructor(
    private readonly opts: {
      base: string;
      timeoutMs: number;
      templateId: string;
      state: 'formal' | 'trial' | 'developer';
    },
    private readonly token: WechatAccessToken,
  ) {}

  get configured(): boolean {
    return Boolean(this.token.configured && this.opts.templateId);
  }

  async send(msg: { openid: string; page: string; data: Record<string, string> }): Promise<SendOutcome> {
    for (let round = 0; round < 2; round++) {
      const token = await this.token.get(round > 0);
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
      const res = await wechatFetch(url, postJson(body), this.opts.timeoutMs);
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
}

/**
 * The phone number the worker has bound to WeChat, from the code the `getPhoneNumber` button gave:
 * `POST {base}/wxa/business/getuserphonenumber?access_token=…` with `{code}` answers
 * `{errcode: 0, phone_info: {phoneNumber, purePhoneNumber, countryCode, watermark}}`. Each code
 * works once, for five minutes; a refused code (40029 invalid, 40013…) is the client's problem,
 * WeChat busy (-1, 45011) or unreachable is ours.
 */
export class WechatPhoneClient {
  constructor(
    private readonly opts: { base: string; timeoutMs: number },
    private readonly token: WechatAccessToken,
  ) {}

  async phoneNumber(code: string): Promise<string> {
    if (!this.token.configured)
      throw new AppError('WECHAT_PHONE_FAILED', { details: { reason: 'wechat_not_configured' } });
    for (let round = 0; round < 2; round++) {
      const token = await this.token.get(round > 0);
      if (!token.ok) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
      const url = new URL('/wxa/business/getuserphonenumber', this.opts.base);
      url.search = new URLSearchParams({ access_token: token.value }).toString();
      const res = await wechatFetch(url, postJson({ code }), this.opts.timeoutMs);
      if (!res.ok) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
      const errcode = res.json.errcode ?? 0;
      if (TOKEN_INVALID.has(errcode) && round === 0) continue;
      if (errcode === -1 || errcode === 45011 || TOKEN_INVALID.has(errcode))
        throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat', errcode } });
      if (errcode) throw new AppError('WECHAT_PHONE_FAILED', { details: { errcode } });
      const info = res.json.phone_info as { purePhoneNumber?: unknown; countryCode?: unknown } | undefined;
      const phone = String(info?.purePhoneNumber ?? '');
      // Accounts are keyed by mainland mobile numbers (the SMS sign-in takes only those).
      if (String(info?.countryCode ?? '') !== '86' || !new RegExp(CN_MOBILE_PATTERN).test(phone))
        throw new AppError('WECHAT_PHONE_FAILED', { details: { reason: 'not_mainland_mobile' } });
      return phone;
    }
    throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
  }
}

const postJson = (body: object): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const RETRYABLE = new Set([-1, 45009, 45011]);

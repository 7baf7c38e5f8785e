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
    url.search = new URLSearchParams({ appid: this.opts.appid, secret: this.opts.secret, js_code: code, grant_type: 'authorization_code' }).toString();
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
      if (body.errcode === -1 || body.errcode === 45011) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat', errcode: body.errcode } });
      throw new AppError('WECHAT_LOGIN_FAILED', { details: { errcode: body.errcode } });
    }
    if (!body.openid) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'wechat' } });
    return { openid: body.openid, ...(body.unionid ? { unionid: body.unionid } : {}) };
  }
}

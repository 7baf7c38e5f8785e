import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stand-ins for the two outside services we cannot reach from here, speaking their HTTP protocols:
 * WeChat's `GET /sns/jscode2session`, `GET /cgi-bin/token`, `POST /cgi-bin/message/subscribe/send` and
 * `POST /wxa/business/getuserphonenumber`,
 * and our SMS gateway's `POST /sms` (see adapters/sms.ts).
 */
export interface Fakes {
  wechatBase: string;
  smsUrl: string;
  /** js_code → what WeChat answers for it. Unknown codes get errcode 40029, as WeChat does. */
  wechatCodes: Map<string, { openid: string; unionid?: string } | { errcode: number; errmsg: string }>;
  wechatCalls: URLSearchParams[];
  /** Every SMS the gateway accepted, newest last (sign-in codes and case notices). */
  sms: { phone: string; template: string; params: Record<string, unknown>; auth: string | undefined }[];
  /** When set, the SMS gateway answers this HTTP status instead of 200. */
  smsFailStatus: number | null;
  /** Access tokens WeChat handed out; only the newest is valid (as after a refresh elsewhere). */
  wechatTokens: string[];
  /**
   * getPhoneNumber button code → the phone WeChat has for that user (mainland, country code 86), or
   * the errcode it answers. Each code works once; unknown or used codes get 40029, as WeChat does.
   */
  wechatPhoneCodes: Map<string, string | { errcode: number; errmsg: string }>;
  /** Subscribe messages WeChat accepted. */
  subscribeSent: {
    touser: string;
    template_id: string;
    page: string;
    data: Record<string, { value: string }>;
    miniprogram_state: string;
    lang: string;
  }[];
  /** Errcodes to answer to the next subscribe sends, one each (e.g. [-1] for "busy" once); 'http500' for a server error. */
  subscribeScript: (number | 'http500')[];
  lastCodeFor(phone: string): string;
  close(): Promise<void>;
}

export const FAKE_APPID = 'wx-test-appid';
export const FAKE_SECRET = 'wx-test-secret';
export const FAKE_SMS_TOKEN = 'sms-test-token';

export async function startFakes(): Promise<Fakes> {
  const fakes = {
    wechatCodes: new Map(),
    wechatCalls: [] as URLSearchParams[],
    sms: [] as Fakes['sms'],
    smsFailStatus: null as number | null,
    wechatTokens: [] as string[],
    wechatPhoneCodes: new Map() as Fakes['wechatPhoneCodes'],
    subscribeSent: [] as Fakes['subscribeSent'],
    subscribeScript: [] as Fakes['subscribeScript'],
  };
  const json = (res: http.ServerResponse, body: object) =>
    res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' }).end(JSON.stringify(body));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      fakes.wechatCalls.push(url.searchParams);
      const p = url.searchParams;
      let body: object;
      if (p.get('appid') !== FAKE_APPID || p.get('secret') !== FAKE_SECRET)
        body = { errcode: 40125, errmsg: 'invalid appsecret' };
      else if (p.get('grant_type') !== 'authorization_code') body = { errcode: 40002, errmsg: 'invalid grant_type' };
      else body = fakes.wechatCodes.get(p.get('js_code') ?? '') ?? { errcode: 40029, errmsg: 'invalid code' };
      if ('openid' in body) body = { ...body, session_key: 'c2Vzc2lvbi1rZXk=' };
      // WeChat labels this JSON as text/plain.
      res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(body));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      const p = url.searchParams;
      if (p.get('grant_type') !== 'client_credential')
        return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
      if (p.get('appid') !== FAKE_APPID || p.get('secret') !== FAKE_SECRET)
        return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
      const token = `ACCESS_TOKEN_${fakes.wechatTokens.length + 1}`;
      fakes.wechatTokens.push(token);
      return json(res, { access_token: token, expires_in: 7200 });
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const token = url.searchParams.get('access_token');
        if (!token || !fakes.wechatTokens.includes(token))
          return json(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (token !== fakes.wechatTokens[fakes.wechatTokens.length - 1])
          return json(res, { errcode: 42001, errmsg: 'access_token expired' });
        const scripted = fakes.subscribeScript.shift();
        if (scripted === 'http500') return res.writeHead(500).end('Internal Server Error');
        if (scripted !== undefined)
          return json(res, {
            errcode: scripted,
            errmsg: scripted === 43101 ? 'user refuse to accept the msg' : 'system error',
          });
        let msg: Fakes['subscribeSent'][number];
        try {
          msg = JSON.parse(raw);
        } catch {
          return json(res, { errcode: 47001, errmsg: 'data format error' });
        }
        if (!msg.touser) return json(res, { errcode: 40003, errmsg: 'invalid openid' });
        if (!msg.template_id) return json(res, { errcode: 40037, errmsg: 'invalid template_id' });
        for (const [key, v] of Object.entries(msg.data ?? {})) {
          // WeChat's limits per field type: thing ≤ 20 characters, phrase ≤ 5, character_string ≤ 32.
          const max = key.startsWith('thing')
            ? 20
            : key.startsWith('phrase')
              ? 5
              : key.startsWith('character_string')
                ? 32
                : 64;
          if (typeof v?.value !== 'string' || [...v.value].length > max)
            return json(res, { errcode: 47003, errmsg: `argument invalid! data.${key}.value invalid` });
        }
        fakes.subscribeSent.push(msg);
        json(res, { errcode: 0, errmsg: 'ok', msgid: fakes.subscribeSent.length });
      });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/wxa/business/getuserphonenumber') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const token = url.searchParams.get('access_token');
        if (!token || !fakes.wechatTokens.includes(token))
          return json(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (token !== fakes.wechatTokens[fakes.wechatTokens.length - 1])
          return json(res, { errcode: 42001, errmsg: 'access_token expired' });
        let code = '';
        try {
          code = String(JSON.parse(raw).code ?? '');
        } catch {
          return json(res, { errcode: 47001, errmsg: 'data format error' });
        }
        const known = fakes.wechatPhoneCodes.get(code);
        fakes.wechatPhoneCodes.delete(code);
        if (known === undefined) return json(res, { errcode: 40029, errmsg: 'invalid code' });
        if (typeof known !== 'string') return json(res, known);
        json(res, {
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: known,
            purePhoneNumber: known,
            countryCode: 86,
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: FAKE_APPID },
          },
        });
      });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/sms') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        if (fakes.smsFailStatus) return res.writeHead(fakes.smsFailStatus).end('{"error":"gateway down"}');
        const msg = JSON.parse(raw);
        fakes.sms.push({ ...msg, auth: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fakes, {
    wechatBase: `http://127.0.0.1:${port}`,
    smsUrl: `http://127.0.0.1:${port}/sms`,
    lastCodeFor(phone: string) {
      const m = [...fakes.sms].reverse().find((s) => s.phone === phone && s.template === 'login_code');
      if (!m) throw new Error(`no SMS was sent to ${phone}`);
      return m.params.code as string;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

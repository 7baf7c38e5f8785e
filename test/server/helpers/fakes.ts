import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stand-ins for the two outside services we cannot reach from here, speaking their HTTP protocols:
 * WeChat's `GET /sns/jscode2session` and our SMS gateway's `POST /sms` (see services/sms.ts).
 */
export interface Fakes {
  wechatBase: string;
  smsUrl: string;
  /** js_code → what WeChat answers for it. Unknown codes get errcode 40029, as WeChat does. */
  wechatCodes: Map<string, { openid: string; unionid?: string } | { errcode: number; errmsg: string }>;
  wechatCalls: URLSearchParams[];
  /** Every SMS the gateway accepted, newest last. */
  sms: { phone: string; template: string; params: { code: string; minutes: number }; auth: string | undefined }[];
  /** When set, the SMS gateway answers this HTTP status instead of 200. */
  smsFailStatus: number | null;
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
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      fakes.wechatCalls.push(url.searchParams);
      const p = url.searchParams;
      let body: object;
      if (p.get('appid') !== FAKE_APPID || p.get('secret') !== FAKE_SECRET) body = { errcode: 40125, errmsg: 'invalid appsecret' };
      else if (p.get('grant_type') !== 'authorization_code') body = { errcode: 40002, errmsg: 'invalid grant_type' };
      else body = fakes.wechatCodes.get(p.get('js_code') ?? '') ?? { errcode: 40029, errmsg: 'invalid code' };
      if ('openid' in body) body = { ...body, session_key: 'c2Vzc2lvbi1rZXk=' };
      // WeChat labels this JSON as text/plain.
      res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(body));
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
      const m = [...fakes.sms].reverse().find((s) => s.phone === phone);
      if (!m) throw new Error(`no SMS was sent to ${phone}`);
      return m.params.code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

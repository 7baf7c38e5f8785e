// The SMS gateway, faked at its HTTP boundary (the protocol of server/src/adapters/sms.ts): sign-in
// codes are kept per phone for the simulated phones to read, case notices are counted by their
// message id (the notification's id), so the suite can tell a notice sent twice from one sent once.
import http from 'node:http';
import { uniquePort } from './procs.mjs';

export const GATEWAY_TOKEN = 'cluster-sms-token';

export async function startGateway() {
  const codes = new Map();
  const notices = new Map();
  let withoutId = 0;
  let refused = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/sms') return res.writeHead(404).end();
      if (req.headers.authorization !== `Bearer ${GATEWAY_TOKEN}`) {
        refused++;
        return res.writeHead(401).end('{"error":"bad token"}');
      }
      let msg;
      try {
        msg = JSON.parse(raw);
      } catch {
        return res.writeHead(400).end('{"error":"bad json"}');
      }
      if (msg.template === 'login_code') {
        const list = codes.get(msg.phone) ?? [];
        list.push({ code: String(msg.params.code), at: Date.now() });
        codes.set(msg.phone, list);
      } else if (msg.template === 'case_update') {
        if (!msg.id) withoutId++;
        const seen = notices.get(msg.id ?? `no-id-${withoutId}`) ?? { count: 0, phone: msg.phone, ...msg.params };
        seen.count++;
        seen.key = req.headers['idempotency-key'] ?? null;
        notices.set(msg.id ?? `no-id-${withoutId}`, seen);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  // A port no Galera node holds for a later state transfer.
  const port = await uniquePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/sms`,
    /** The newest code texted to `phone` at or after `since` (ms), or null. */
    codeFor(phone, since = 0) {
      const list = (codes.get(phone) ?? []).filter((c) => c.at >= since);
      return list.length ? list[list.length - 1].code : null;
    },
    /** Case notices by message id: { count, phone, caseNumber, kind, … }. */
    notices,
    stats: () => ({ codes: [...codes.values()].reduce((s, l) => s + l.length, 0), withoutId, refused }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// A stand-in for the SMS gateway, speaking the HTTP SMS sender's protocol (server/src/adapters/
// sms.ts: a JSON POST {phone, template, params}): keeps every message it is sent, so the scripts
// that start the real server (the product, the benchmarks) sign workers in as a phone would.
const http = require('node:http');

/** Listens on a free port; `url` goes in SMS_HTTP_URL. */
async function startSmsGateway() {
  const messages = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      messages.push(JSON.parse(raw));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/sms`,
    messages,
    /** The latest sign-in code texted to `phone`. */
    codeFor: (phone) =>
      [...messages].reverse().find((m) => m.phone === phone && m.template === 'login_code')?.params.code,
    close: () => new Promise((r) => server.close(r)),
  };
}

module.exports = { startSmsGateway };

// The real application (built server/dist) for the benchmarks, on a database URL, with an HTTP
// SMS gateway of our own that keeps the sign-in codes it is sent (the HTTP SMS sender's protocol),
// so the benchmarks sign in as real workers do.
import http from 'node:http';
import path from 'node:path';

/** Boots the app (migrating and seeding an empty database) and listens on a free port. */
export async function bootApp(require, root, url, env = {}) {
  require('reflect-metadata');
  const { loadConfig } = require(path.join(root, 'server/dist/config.js'));
  const { buildServer } = require(path.join(root, 'server/dist/server.js'));
  const codes = new Map();
  const sms = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = JSON.parse(raw);
      if (m.template === 'login_code') codes.set(m.phone, m.params.code);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise((r) => sms.listen(0, '127.0.0.1', r));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    DEMO_SEED: 'true',
    PORT: '0',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: `http://127.0.0.1:${sms.address().port}/sms`,
    SIGNIN_RATE_LIMIT_PER_MINUTE: '100000',
    OTP_MAX_PER_IP_PER_HOUR: '100000',
    NOTIFY_DISPATCH_INTERVAL_MS: '0',
    MAINTENANCE_SWEEP_MINUTES: '0',
    UPLOAD_DIR: path.join(root, '.tmp', 'bench-uploads'),
    ...env,
  });
  const app = await buildServer(config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    config,
    api: `http://127.0.0.1:${app.server.address().port}`,
    codes,
    async close() {
      await app.close();
      sms.close();
    },
  };
}

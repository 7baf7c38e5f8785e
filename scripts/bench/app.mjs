// The real application (built server/dist) for the benchmarks, on a database URL, with the SMS
// gateway stand-in (scripts/lib/sms-gateway.cjs), so the benchmarks sign in as real workers do.
import path from 'node:path';

/** Boots the app (migrating and seeding an empty database) and listens on a free port. */
export async function bootApp(require, root, url, env = {}) {
  require('reflect-metadata');
  const { loadConfig } = require(path.join(root, 'server/dist/config.js'));
  const { buildServer } = require(path.join(root, 'server/dist/server.js'));
  const sms = await require(path.join(root, 'scripts/lib/sms-gateway.cjs')).startSmsGateway();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    DEMO_SEED: 'true',
    PORT: '0',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: sms.url,
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
    /** The latest sign-in code texted to a phone. */
    codeFor: sms.codeFor,
    async close() {
      await app.close();
      await sms.close();
    },
  };
}

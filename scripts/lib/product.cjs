// Starts the built product (server/dist/main.js: API + admin page + H5 app) as its own process on a
// free port and a fresh SQLite file with the demo city, with the SMS gateway replaced by a local
// HTTP server speaking its protocol (so sign-in codes can be read). For the browser tests and the
// screenshot script.
// CommonJS, so the ESM scripts and the Jest tests (TypeScript compiled to CommonJS) can both load it.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const { freePort, sleep } = require('./net.cjs');
const { startSmsGateway } = require('./sms-gateway.cjs');

async function startProduct(env = {}) {
  for (const f of ['server/dist/main.js', 'server/admin/dist/index.html']) {
    if (!existsSync(path.join(root, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  const gateway = await startSmsGateway();
  const sms = gateway.messages;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gig-product-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logs = [];
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      DATABASE_URL: `sqlite:${path.join(dir, 'app.sqlite')}`,
      UPLOAD_DIR: path.join(dir, 'uploads'),
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: gateway.url,
      SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
      CLAIMS_PER_WORKER_PER_DAY: '10000',
      JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      DATA_KEY: Buffer.alloc(32, 3).toString('base64'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c) => logs.push(String(c)));
  child.stderr.on('data', (c) => logs.push(String(c)));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || i > 150) {
      await stop();
      throw new Error(`the server did not start:\n${logs.join('')}`);
    }
    await sleep(200);
  }

  async function call(method, url, { token, body, headers = {} } = {}) {
    const res = await fetch(base + url, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json };
  }

  return {
    base,
    logs: () => logs.join(''),
    sms,
    call,
    /** Signs a worker in through the real SMS flow; returns the token pair. */
    async worker(phone) {
      const sent = await call('POST', '/api/auth/otp/request', { body: { phone } });
      if (sent.status !== 200) throw new Error(`otp request: ${JSON.stringify(sent.body)}`);
      const code = gateway.codeFor(phone);
      const res = await call('POST', '/api/auth/otp/verify', { body: { phone, code } });
      if (res.status !== 200) throw new Error(`otp verify: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async staff(username, password = 'Demo2026pass') {
      const res = await call('POST', '/api/auth/staff/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`staff login ${username}: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    stop,
  };
}

/** Headless Debian chromium through playwright-core. */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      // A microphone that plays a test tone, granted without asking: voice recordings in the app.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

module.exports = { startProduct, launchBrowser };

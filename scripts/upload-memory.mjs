#!/usr/bin/env node
// What parallel uploads cost the server in memory: starts the built server (server/dist/main.js) on
// a fresh SQLite file, signs in N workers and has each upload one file of SIZE MB at the same time
// (a PDF: its cap is 20 MB), sampling the server's resident memory (/proc/<pid>/status) throughout.
// Prints figures; asserts nothing (memory depends on the machine).
//   node scripts/upload-memory.mjs [--uploads 24] [--mb 19] [--storage local|s3]
// Run `npm run build -w server` first. Linux only (reads /proc).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { freePort, sleep } = createRequire(import.meta.url)('./lib/net.cjs');
const { startSmsGateway } = createRequire(import.meta.url)('./lib/sms-gateway.cjs');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const uploads = Number(arg('uploads', 24));
const mb = Number(arg('mb', 19));
const storage = arg('storage', 'local');

const gateway = await startSmsGateway();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gig-upload-memory-'));
// STORAGE=s3: a local S3 server (s3rver, the tests' one) in this process, not the server's.
let s3 = null;
const s3Env = {};
if (storage === 's3') {
  const { default: S3rver } = await import('s3rver');
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(dir, 's3'),
    configureBuckets: [{ name: 'evidence' }],
  });
  const { port: s3Port } = await s3.run();
  Object.assign(s3Env, {
    STORAGE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_BUCKET: 'evidence',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: `sqlite:${path.join(dir, 'app.sqlite')}`,
    UPLOAD_DIR: path.join(dir, 'uploads'),
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: gateway.url,
    SIGNIN_RATE_LIMIT_PER_MINUTE: '10000',
    OTP_MAX_PER_IP_PER_HOUR: '10000',
    JWT_SECRET: 'memory-secret-memory-secret-memory-secret',
    DATA_KEY: Buffer.alloc(32, 5).toString('base64'),
    NOTIFY_DISPATCH_INTERVAL_MS: '0',
    MAINTENANCE_SWEEP_MINUTES: '0',
    ...s3Env,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const rssMb = () => {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || i > 150) throw new Error('the server did not start');
    await sleep(200);
  }
  const post = async (url, body) =>
    (
      await fetch(base + url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json();
  const tokens = [];
  for (let i = 0; i < uploads; i++) {
    const phone = `1391000${String(i).padStart(4, '0')}`;
    await post('/api/auth/otp/request', { phone });
    const code = gateway.codeFor(phone);
    tokens.push((await post('/api/auth/otp/verify', { phone, code })).accessToken);
  }
  // Warm up (one small upload), let the heap settle, then measure.
  const form = (bytes) => {
    const f = new FormData();
    f.append('file', new Blob([bytes]), 'evidence.pdf');
    return f;
  };
  await fetch(`${base}/api/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[0]}` },
    body: form(Buffer.from('%PDF-1.4 warm-up')),
  });
  await sleep(1500);
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
  const files = tokens.map(() => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(mb * 1024 * 1024 - 9)]));
  const started = Date.now();
  const statuses = await Promise.all(
    tokens.map((token, i) =>
      fetch(`${base}/api/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form(files[i]),
      }).then((r) => r.status),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  await sleep(1000);
  const counts = statuses.reduce((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {});
  console.log(
    `${uploads} parallel uploads (STORAGE=${storage}) of ${mb} MB in ${seconds.toFixed(1)} s, answers ${JSON.stringify(counts)}`,
  );
  console.log(
    `server resident memory: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at the peak (+${(peak - before).toFixed(0)} MB), ${rssMb().toFixed(0)} MB after`,
  );
} finally {
  child.kill('SIGTERM');
  for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
  if (child.exitCode === null) child.kill('SIGKILL');
  await gateway.close();
  if (s3) await s3.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

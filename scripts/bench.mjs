#!/usr/bin/env node
// `npm run bench`: throughput and p99 latency of reading a case and filing a claim through the API,
// next to a bare Fastify route and a route doing the same SQL with the raw driver, on SQLite and
// on a throwaway MariaDB (when mariadbd is installed). Only the ratios, measured in the same run on
// the same machine, mean anything; no test asserts on them.
//   npm run bench [-- --duration 5 --connections 20 --only sqlite|mariadb]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { findMariadbd, withMariaDb } from './lib/mariadb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const duration = Number(opt('duration', 5));
const connections = Number(opt('connections', 20));
const only = opt('only', null);

const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const claim = {
  claimant: { name: '压测工人', idNumber: '11010519491231002X', phone: '13700000001' },
  industry: 'courier',
  workMode: 'outlet',
  areaCode: '330302',
  respondent: { name: '温州某快递服务有限公司', outletName: '鹿城网点' },
  items: [{ type: 'unpaid_wages', amountYuan: '3200' }],
  incidentDate: today,
  description: '压测用的申请：十月工资未发。',
  stationCode: 'WZ-COURIER',
  legalAid: false,
};

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration, ...opts }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

async function measure(label, opts) {
  const r = await run(opts);
  const bad = r.non2xx + r.errors + r.timeouts;
  return { label, rps: r.requests.average, p99: r.latency.p99, total: r.requests.total, bad };
}

async function benchOne(dbName, databaseUrl) {
  if (
    spawnSync(process.execPath, ['-e', "require('fs').accessSync('server/dist/server.js')"], { cwd: root }).status !== 0
  ) {
    throw new Error('server/dist is missing: run npm run build first');
  }
  const uploads = mkdtempSync(path.join(os.tmpdir(), 'gig-bench-uploads-'));
  const child = spawn(process.execPath, [path.join(root, 'scripts/bench/target.mjs')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, UPLOAD_DIR: uploads, BENCH_CLAIM: JSON.stringify(claim) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bench target exited (${code})`)));
    });
    const t = JSON.parse(line);
    const auth = { authorization: `Bearer ${t.token}` };
    const body = JSON.stringify(claim);
    const json = { 'content-type': 'application/json' };
    const rows = [];
    // A short warm-up so JIT and connection pools are in the same state for every route.
    await run({ url: `${t.api}/api/cases/${t.caseId}`, headers: auth, duration: 1 });
    rows.push(await measure('read: bare Fastify GET', { url: `${t.base}/bare` }));
    rows.push(await measure('read: raw SQL (3 queries)', { url: `${t.base}/raw/cases/${t.caseId}` }));
    rows.push(await measure('read: API GET /api/cases/:id', { url: `${t.api}/api/cases/${t.caseId}`, headers: auth }));
    rows.push(await measure('file: bare Fastify POST', { url: `${t.base}/bare`, method: 'POST', headers: json, body }));
    rows.push(
      await measure('file: raw SQL (1 transaction)', {
        url: `${t.base}/raw/cases`,
        method: 'POST',
        headers: json,
        body: '{}',
      }),
    );
    rows.push(
      await measure('file: API POST /api/cases', {
        url: `${t.api}/api/cases`,
        method: 'POST',
        headers: { ...json, ...auth },
        body,
        // A new Idempotency-Key per request: every request files a new case.
        requests: [
          { setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }) },
        ],
      }),
    );
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(uploads, { recursive: true, force: true });
  }
}

function print(dbName, rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const num = (v, n, d = 0) => v.toFixed(d).padStart(n);
  console.log(`\n${dbName}: ${connections} connections, ${duration} s per route`);
  console.log(
    `${pad('route', 32)}${'req/s'.padStart(9)}${'p99 ms'.padStart(9)}${'× bare'.padStart(9)}${'× raw SQL'.padStart(11)}${'  failed'}`,
  );
  for (const kind of ['read', 'file']) {
    const group = rows.filter((r) => r.label.startsWith(kind));
    const [bare, raw] = group;
    for (const r of group) {
      console.log(
        `${pad(r.label, 32)}${num(r.rps, 9)}${num(r.p99, 9)}${num(r.rps / bare.rps, 9, 2)}${num(r.rps / raw.rps, 11, 2)}  ${r.bad}`,
      );
    }
  }
}

const started = Date.now();
console.log(`bench: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`);
if (only !== 'mariadb') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gig-bench-'));
  try {
    print('SQLite (better-sqlite3)', await benchOne('sqlite', `sqlite:${path.join(dir, 'bench.sqlite')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only !== 'sqlite') {
  const mariadbd = findMariadbd();
  if (!mariadbd) console.log('\nMariaDB: skipped (no mariadbd; apt-get install mariadb-server)');
  else {
    await withMariaDb(mariadbd, async (server) => {
      const mysql = require('mysql2/promise');
      const conn = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
      await conn.query('CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await conn.end();
      print('MariaDB (mysql2)', await benchOne('mariadb', `${server}/bench`));
    });
  }
}
console.log(`\n(${Math.round((Date.now() - started) / 1000)} s; × columns are throughput ratios within this run)`);

#!/usr/bin/env node
// `npm run bench`: throughput, p99 latency and SQL statements per request of reading a case and
// filing a claim through the API, next to a fair baseline (a plain-SQL route doing the same work:
// token, session, the worker, ownership, decryption and masking; for filing the body's schema,
// the Idempotency-Key, sealing, and the case and its first event in one transaction), the raw SQL
// floor and a bare Fastify route, on SQLite and on a throwaway MariaDB (when mariadbd is
// installed). Requests send accept-encoding as a phone does; both servers compress alike. Only
// the ratios, measured in the same run on the same machine, mean anything; no test asserts on them.
//   npm run bench [-- --duration 5 --connections 20 --workers 1000 --only sqlite|mariadb --json]
//   npm run bench -- --scale …   (queues at 10k/100k/1M cases: scripts/bench/scale.mjs)
//   npm run bench -- --knowledge  (the library's search and Q&A only: scripts/bench/knowledge.mjs;
//   the default run ends with it too, except with --json)
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
if (argv.includes('--scale')) {
  const { main } = await import('./bench/scale.mjs');
  await main(argv);
  process.exit(process.exitCode ?? 0);
}
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const knowledge = () =>
  import('./bench/knowledge.mjs').then(({ benchKnowledge }) =>
    benchKnowledge(require, root, {
      only: opt('only', null),
      cases: Number(opt('cases', 10000)),
      articles: Number(opt('articles', 2000)),
      samples: Number(opt('samples', 200)),
    }),
  );
if (argv.includes('--knowledge')) {
  await knowledge();
  process.exit(process.exitCode ?? 0);
}
const duration = Number(opt('duration', 5));
const connections = Number(opt('connections', 20));
const only = opt('only', null);
const workers = Number(opt('workers', 1000));
const asJson = argv.includes('--json');
/** With --json the one JSON line is all stdout carries; the table goes to stderr. */
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`);

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

async function measure(opts) {
  const r = await run(opts);
  const bad = r.non2xx + r.errors + r.timeouts;
  return { rps: r.requests.average, p99: r.latency.p99, total: r.requests.total, bad };
}

/** SQL statements one request runs, averaged over 20 requests made one at a time. */
async function statementsPer(t, side, opts) {
  const count = async () => (await (await fetch(`${t.base}/stats`)).json())[side];
  // The previous load's last requests may still be running: wait until the counts stand still.
  let before = await count();
  for (let still = 0; still < 3;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await count();
    still = now === before ? still + 1 : 0;
    before = now;
  }
  const n = 20;
  for (let i = 0; i < n; i++) {
    const headers = { ...opts.headers, ...(opts.requests ? { 'idempotency-key': randomUUID() } : {}) };
    const res = await fetch(opts.url, { method: opts.method ?? 'GET', headers, body: opts.body });
    if (!res.ok) throw new Error(`${opts.url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  return ((await count()) - before) / n;
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
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      UPLOAD_DIR: uploads,
      BENCH_CLAIM: JSON.stringify(claim),
      BENCH_WORKERS: String(workers),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bench target exited (${code})`)));
    });
    const t = JSON.parse(line);
    // As a phone's WebView sends them: the API and the baselines compress alike.
    const phone = { 'accept-encoding': 'gzip, deflate, br' };
    const auth = { ...phone, authorization: `Bearer ${t.token}` };
    const body = JSON.stringify(claim);
    const json = { ...auth, 'content-type': 'application/json' };
    // A new Idempotency-Key per request (every request files a new case), by the workers in turn.
    let turn = 0;
    const newKey = [
      {
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            authorization: `Bearer ${t.tokens[turn++ % t.tokens.length]}`,
            'idempotency-key': randomUUID(),
          },
        }),
      },
    ];
    const routes = [
      ['read', 'bare', { url: `${t.base}/bare`, headers: phone }],
      ['read', 'raw', { url: `${t.base}/raw/cases/${t.caseId}`, headers: phone }],
      ['read', 'fair', { url: `${t.base}/fair/cases/${t.caseId}`, headers: auth }],
      ['read', 'lean', { url: `${t.base}/lean/cases/${t.caseId}`, headers: auth }],
      ['read', 'api', { url: `${t.api}/api/cases/${t.caseId}`, headers: auth }],
      ['filing', 'bare', { url: `${t.base}/bare`, method: 'POST', headers: json, body }],
      ['filing', 'raw', { url: `${t.base}/raw/cases`, method: 'POST', headers: json, body: '{}' }],
      ['filing', 'fair', { url: `${t.base}/fair/cases`, method: 'POST', headers: json, body, requests: newKey }],
      ['filing', 'api', { url: `${t.api}/api/cases`, method: 'POST', headers: json, body, requests: newKey }],
    ];
    // A short warm-up so JIT and connection pools are in the same state for every route.
    await run({ url: `${t.api}/api/cases/${t.caseId}`, headers: auth, duration: 1 });
    await run({ url: `${t.base}/fair/cases/${t.caseId}`, headers: auth, duration: 1 });
    const rows = [];
    for (const [kind, name, opts] of routes) {
      const statements = name === 'bare' ? 0 : await statementsPer(t, name === 'api' ? 'app' : 'baseline', opts);
      rows.push({ kind, name, statements, ...(await measure(opts)) });
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(uploads, { recursive: true, force: true });
  }
}

/** The goals (issue: performance): the API's throughput as a share of its fair baseline's. */
const TARGET = { read: 0.7, filing: 0.5 };
const LABEL = {
  bare: 'bare Fastify',
  raw: 'raw SQL floor',
  fair: 'fair baseline (plain SQL)',
  lean: 'lean (1 KB subset answer)',
  api: 'API',
};

function print(dbName, rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const num = (v, n, d = 0) => v.toFixed(d).padStart(n);
  log(`\n${dbName}: ${connections} connections, ${duration} s per route, accept-encoding: gzip, deflate, br`);
  log(
    `${pad('route', 34)}${'req/s'.padStart(8)}${'p99 ms'.padStart(8)}${'stmts'.padStart(7)}${'× raw'.padStart(8)}${'× fair'.padStart(8)}  target  failed`,
  );
  for (const kind of ['read', 'filing']) {
    const group = rows.filter((r) => r.kind === kind);
    const by = Object.fromEntries(group.map((r) => [r.name, r]));
    for (const r of group) {
      const vsFair = r.rps / by.fair.rps;
      const target = r.name === 'api' ? `≥ ${TARGET[kind]} ${vsFair >= TARGET[kind] ? '✓' : '✗'}` : '';
      log(
        `${pad(`${kind}: ${LABEL[r.name]}`, 34)}${num(r.rps, 8)}${num(r.p99, 8)}${num(r.statements, 7, 1)}${num(r.rps / by.raw.rps, 8, 2)}${num(vsFair, 8, 2)}  ${pad(target, 8)}${r.bad}`,
      );
    }
  }
}

/** {read: {vsFair, vsRaw, statements, …}, filing: {…}} for --json. */
function summary(rows) {
  const out = {};
  for (const kind of ['read', 'filing']) {
    const by = Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.name, r]));
    const round = (v) => Math.round(v * 1000) / 1000;
    out[kind] = {
      vsFair: round(by.api.rps / by.fair.rps),
      vsRaw: round(by.api.rps / by.raw.rps),
      statements: by.api.statements,
      target: TARGET[kind],
      rps: {
        api: round(by.api.rps),
        fair: round(by.fair.rps),
        raw: round(by.raw.rps),
        ...(by.lean ? { lean: round(by.lean.rps) } : {}),
      },
      ...(by.lean ? { vsLean: round(by.api.rps / by.lean.rps) } : {}),
      statementsFair: by.fair.statements,
      failed: by.api.bad + by.fair.bad,
    };
  }
  return out;
}

const result = {};
const started = Date.now();
log(`bench: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`);
if (only !== 'mariadb') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gig-bench-'));
  try {
    const rows = await benchOne('sqlite', `sqlite:${path.join(dir, 'bench.sqlite')}`);
    print('SQLite (better-sqlite3)', rows);
    result.sqlite = summary(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only !== 'sqlite') {
  const mariadbd = findMariadbd();
  if (!mariadbd) log('\nMariaDB: skipped (no mariadbd; apt-get install mariadb-server)');
  else {
    await withMariaDb(mariadbd, async (server) => {
      const mysql = require('mysql2/promise');
      const conn = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
      await conn.query('CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await conn.end();
      const rows = await benchOne('mariadb', `${server}/bench`);
      print('MariaDB (mysql2)', rows);
      result.mariadb = summary(rows);
    });
  }
}
log(
  `\n(${Math.round((Date.now() - started) / 1000)} s; × columns are throughput ratios within this run; stmts = SQL statements per request)`,
);
if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  log('\n==> The knowledge library: retrieval on the question set, search at 10,000 cases + 2,000 articles');
  await knowledge();
}

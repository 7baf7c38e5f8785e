// The process under load for scripts/bench.mjs: the real application (built server/dist) on
// DATABASE_URL, and beside it a plain Fastify with the baselines: a bare route, and routes doing
// the same SQL as reading / filing a case with the raw driver (better-sqlite3 or mysql2).
// Prints one JSON line {api, base, token, caseId} on stdout when ready.
import http from 'node:http';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'server', 'package.json'));
require('reflect-metadata');
const { loadConfig } = require(path.join(root, 'server/dist/config.js'));
const { buildServer } = require(path.join(root, 'server/dist/server.js'));
const Fastify = require('fastify');

// SMS codes for the bench worker's sign-in arrive here (the HTTP SMS sender's protocol).
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
  DATABASE_URL: process.env.DATABASE_URL,
  DEMO_SEED: 'true',
  // The load files thousands of claims as a few workers.
  CLAIMS_PER_WORKER_PER_DAY: '100000000',
  PORT: '0',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  SMS_PROVIDER: 'http',
  SMS_HTTP_URL: `http://127.0.0.1:${sms.address().port}/sms`,
  SIGNIN_RATE_LIMIT_PER_MINUTE: '100000',
  NOTIFY_DISPATCH_INTERVAL_MS: '0',
  MAINTENANCE_SWEEP_MINUTES: '0',
  UPLOAD_DIR: process.env.UPLOAD_DIR,
});
const app = await buildServer(config);
await app.listen({ host: '127.0.0.1', port: 0 });
const api = `http://127.0.0.1:${app.server.address().port}`;

const post = async (url, body, headers = {}) => {
  const res = await fetch(api + url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};
const phone = '13700000001';
await post('/api/auth/otp/request', { phone });
const { accessToken } = await post('/api/auth/otp/verify', { phone, code: codes.get(phone) });
const claim = JSON.parse(process.env.BENCH_CLAIM);
const filed = await post('/api/cases', claim, {
  authorization: `Bearer ${accessToken}`,
  'idempotency-key': randomUUID(),
});
const caseId = filed.case.id;

// ---- the baselines ------------------------------------------------------------------------------
const base = Fastify({ logger: false });
base.get('/bare', async () => ({ ok: true }));
base.post('/bare', async (req) => ({ ok: true, size: JSON.stringify(req.body).length }));

const READ = [
  'SELECT c.*, s.name AS stationName, s.phone AS stationPhone, o.name AS outletName FROM cases c LEFT JOIN stations s ON s.id = c.stationId LEFT JOIN stations o ON o.id = c.outletId WHERE c.id = ?',
  'SELECT * FROM case_events WHERE caseId = ? ORDER BY seq',
  'SELECT * FROM evidence_files WHERE caseId = ?',
];
const year = new Date().getUTCFullYear();

if (config.DATABASE_URL.startsWith('sqlite:')) {
  const Database = require('better-sqlite3');
  const db = new Database(path.resolve(root, config.DATABASE_URL.slice('sqlite:'.length)));
  db.pragma('busy_timeout = 5000'); // as the app's connection (WAL is already on the file)
  const cols = (t) =>
    db
      .prepare(`PRAGMA table_info(${t})`)
      .all()
      .map((c) => c.name);
  const [caseSql, eventSql] = copySql(cols('cases'), cols('case_events'));
  const reads = READ.map((q) => db.prepare(q));
  base.get('/raw/cases/:id', async (req) => {
    const [c, events, files] = reads.map((s, i) => (i === 0 ? s.get(req.params.id) : s.all(req.params.id)));
    return { case: c, events, files };
  });
  const bump = db.prepare('UPDATE case_counters SET last = last + 1 WHERE year = ?');
  const last = db.prepare('SELECT last FROM case_counters WHERE year = ?');
  const insCase = db.prepare(caseSql);
  const insEvent = db.prepare(eventSql);
  const file = db.transaction(() => {
    bump.run(year);
    const n = last.get(year).last;
    const id = randomUUID();
    insCase.run(id, `LD${year}-R${String(n).padStart(6, '0')}`, randomUUID(), caseId);
    insEvent.run(randomUUID(), id, caseId);
    return id;
  });
  base.post('/raw/cases', async () => ({ id: file.immediate() }));
} else {
  const mysql = require('mysql2/promise');
  const pool = mysql.createPool({
    uri: config.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 10,
    timezone: 'Z',
  });
  const cols = async (t) => (await pool.query(`SHOW COLUMNS FROM ${t}`))[0].map((c) => c.Field);
  const [caseSql, eventSql] = copySql(await cols('cases'), await cols('case_events'));
  base.get('/raw/cases/:id', async (req) => {
    const [[c], events, files] = await Promise.all(READ.map(async (q) => (await pool.execute(q, [req.params.id]))[0]));
    return { case: c, events, files };
  });
  base.post('/raw/cases', async () => {
    const conn = await pool.getConnection();
    try {
      await conn.beginTransaction();
      await conn.execute('UPDATE case_counters SET last = last + 1 WHERE year = ?', [year]);
      const [[{ last }]] = await conn.execute('SELECT last FROM case_counters WHERE year = ?', [year]);
      const id = randomUUID();
      await conn.execute(caseSql, [id, `LD${year}-R${String(last).padStart(6, '0')}`, randomUUID(), caseId]);
      await conn.execute(eventSql, [randomUUID(), id, caseId]);
      await conn.commit();
      return { id };
    } catch (err) {
      await conn.rollback();
      throw err;
    } finally {
      conn.release();
    }
  });
}

/** INSERT … SELECT copying the bench case (and its first event) under a new id, number and key: the rows a filing writes. */
function copySql(caseCols, eventCols) {
  const pick = (cols, over) => cols.map((c) => (c in over ? over[c] : c)).join(', ');
  const q = (cols) => cols.map((c) => `\`${c}\``).join(', ');
  return [
    `INSERT INTO cases (${q(caseCols)}) SELECT ${pick(caseCols, { id: '?', number: '?', idempotencyKey: '?' })} FROM cases WHERE id = ?`,
    `INSERT INTO case_events (${q(eventCols)}) SELECT ${pick(eventCols, { id: '?', caseId: '?' })} FROM case_events WHERE caseId = ? AND seq = 1`,
  ];
}

await base.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(
  `${JSON.stringify({ api, base: `http://127.0.0.1:${base.server.address().port}`, token: accessToken, caseId })}\n`,
);
for (const sig of ['SIGTERM', 'SIGINT'])
  process.on(sig, async () => {
    await Promise.allSettled([app.close(), base.close()]);
    sms.close();
    process.exit(0);
  });

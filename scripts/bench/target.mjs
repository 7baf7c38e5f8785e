// The process under load for scripts/bench.mjs: the real application (built server/dist) on
// DATABASE_URL, and beside it a plain Fastify with the baselines: a bare route, and routes doing
// the same SQL as reading / filing a case with the raw driver (better-sqlite3 or mysql2).
// Prints one JSON line {api, base, token, tokens, caseId} on stdout when ready.
import { createRequire } from 'node:module';
import { createSecretKey, randomUUID } from 'node:crypto';
import { bootApp } from './app.mjs';
import { openDb, registerFair, registerRaw } from './baselines.mjs';
import { sameAnswer } from './fair-view.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'server', 'package.json'));
const Fastify = require('fastify');

const target = await bootApp(require, root, process.env.DATABASE_URL, {
  // The load files thousands of claims as a few workers.
  CLAIMS_PER_WORKER_PER_DAY: '100000000',
  ...(process.env.UPLOAD_DIR ? { UPLOAD_DIR: process.env.UPLOAD_DIR } : {}),
});
const { app, api, codeFor, config } = target;

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
// The case read is the first worker's; filings come from BENCH_WORKERS workers in turn, for the
// API and the fair baseline alike: a thousand claims a second are never one person's (one
// worker's filings wait for each other on purpose, and the daily limit counts a worker's claims
// of the day, a handful in life, not the thousands one bench worker would reach).
const signIn = async (phone) => {
  await post('/api/auth/otp/request', { phone });
  return (await post('/api/auth/otp/verify', { phone, code: codeFor(phone) })).accessToken;
};
const workers = Math.max(1, Number(process.env.BENCH_WORKERS ?? 1));
const tokens = [];
for (let i = 0; i < workers; i++) tokens.push(await signIn(`137${String(i + 1).padStart(8, '0')}`));
const accessToken = tokens[0];
const claim = JSON.parse(process.env.BENCH_CLAIM);
const filed = await post('/api/cases', claim, {
  authorization: `Bearer ${accessToken}`,
  'idempotency-key': randomUUID(),
});
const caseId = filed.case.id;

// ---- the baselines ------------------------------------------------------------------------------
// Both servers compress as the application does (a phone sends accept-encoding), so both pay it.
const base = Fastify({ logger: false });
const { registerCompression } = require(path.join(root, 'server/dist/plugins/external/compress.js'));
await registerCompression(base, ['/']);
base.get('/bare', async () => ({ ok: true }));
base.post('/bare', async (req) => ({ ok: true, size: JSON.stringify(req.body).length }));

const db = await openDb(require, root, config.DATABASE_URL);
await registerRaw(base, db, caseId);
const shared = require(path.join(root, 'shared/dist/index.js'));
const { partValidator } = require(path.join(root, 'server/dist/ajv.js'));
await registerFair(base, db, {
  jwt: require('jsonwebtoken'),
  key: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
  protector: app.services.protector,
  shared,
  validateBody: partValidator(shared.ROUTES['cases.file'].body, 'body'),
  benchCaseId: caseId,
  // The roll-up's counters in the server's column order (the fair filing counts itself too).
  counters: require(path.join(root, 'server/dist/services/stats/rollup.js')).COUNTERS,
  // …and the month row each day is also counted in.
  monthRowOf: require(path.join(root, 'server/dist/services/stats/periods.js')).monthRowOf,
  // …and the workbench's kept rows: their key and the rows a new case counts in.
  openCounts: require(path.join(root, 'server/dist/services/cases/open-counts.js')),
  // The application's own view builder, so the fair routes answer what the API answers.
  views: app.services.cases.views,
  stationSeconds: config.STATION_CACHE_SECONDS,
  nextStep: filed.nextStep,
});

// Statements per request: the application's through TypeORM's logger, the baselines' through `db`.
const appStatements = { n: 0 };
const logger = app.db.logger;
const logQuery = logger.logQuery.bind(logger);
logger.logQuery = (...args) => ((appStatements.n += 1), logQuery(...args));
base.get('/stats', async () => ({ app: appStatements.n, baseline: db.counter.n }));

await base.listen({ host: '127.0.0.1', port: 0 });
const baseUrl = `http://127.0.0.1:${base.server.address().port}`;

// Before anything is measured: the fair routes answer what the API answers.
const asWorker = { authorization: `Bearer ${accessToken}` };
await sameAnswer(
  'read',
  await fetch(`${api}/api/cases/${caseId}`, { headers: asWorker }),
  await fetch(`${baseUrl}/fair/cases/${caseId}`, { headers: asWorker }),
);
const fileOnce = (url) =>
  fetch(url, {
    method: 'POST',
    headers: { ...asWorker, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(claim),
  });
// Two filings differ in their ids, numbers and times, and nothing else.
await sameAnswer('filing', await fileOnce(`${api}/api/cases`), await fileOnce(`${baseUrl}/fair/cases`), {
  ignore: ['id', 'number', 'submittedAt', 'updatedAt', 'at'],
});
process.stdout.write(`${JSON.stringify({ api, base: baseUrl, token: accessToken, tokens, caseId })}\n`);
for (const sig of ['SIGTERM', 'SIGINT'])
  process.on(sig, async () => {
    await Promise.allSettled([target.close(), base.close()]);
    process.exit(0);
  });

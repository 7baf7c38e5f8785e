#!/usr/bin/env node
// `npm run test:cluster`: the product on a three-node MariaDB Galera cluster, three API processes
// (each on its own node) behind haproxy, under a bounded filing-and-acting load; one database node
// and one API process are killed (-9) and brought back; then what must hold is checked. Skips with
// a banner when galera-4 or haproxy is missing (under CI a skip is a failure). CLUSTER_KEEP=1
// keeps the work directory (logs, option files) for a look afterwards.
/* global console */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ApiProcess } from '../../scripts/cluster/apis.mjs';
import { GaleraCluster, galeraMissing } from '../../scripts/cluster/galera.mjs';
import { GATEWAY_TOKEN, startGateway } from '../../scripts/cluster/gateway.mjs';
import { Balancer, haproxyBinary } from '../../scripts/cluster/haproxy.mjs';
import { teardown, work } from '../../scripts/cluster/procs.mjs';
import { findMariadbd } from '../../scripts/lib/mariadb.mjs';
import * as check from './checks.mjs';
import { Recorder, makeClient } from './http.mjs';
import { Load, chinaDay } from './load.mjs';
import { judgeTraffic, printSummary } from './report.mjs';
import { sharedRateLimit } from './rate-limit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The open statuses, from shared (built), as the server counts them.
const { OPEN_STATUSES } = createRequire(import.meta.url)(path.join(root, 'shared/dist/index.js'));
// The rows of the workbench's kept counts a case counts in: the server's own rules.
const openCounts = createRequire(import.meta.url)(path.join(root, 'server/dist/services/cases/open-counts.js'));
const CI = !!process.env.CI && process.env.CI !== 'false';
const PHONES = Number(process.env.CLUSTER_PHONES ?? 10);
/** Cases whose limitation period the suite moves to end in 6 days (each must get one reminder). */
const AGED = 6;
const t0 = Date.now();
// mysql2's message too: the logs redact every `code` field (server.ts), the error's own among them.
const CONNECTION_LOST =
  /ECONNREFUSED|ECONNRESET|PROTOCOL_CONNECTION_LOST|Connection lost|EPIPE|ER_UNKNOWN_COM_ERROR|ETIMEDOUT|closed state|not connected|WSREP/;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

const mariadbd = findMariadbd();
const missing = galeraMissing(mariadbd);
if (!haproxyBinary()) missing.push('haproxy (apt-get install haproxy)');
if (missing.length) {
  const bar = '!'.repeat(72);
  const ci = CI ? '\n!! Under CI a skip is a failure: .ci/run installs galera-4, rsync and haproxy.' : '';
  console.error(`\n${bar}\n!! Cluster suite SKIPPED: missing ${missing.join(', ')}${ci}\n${bar}\n`);
  process.exit(CI ? 1 : 0);
}

function runNode(script, env) {
  const r = spawnSync(process.execPath, [path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

console.log('==> build the server');
if (spawnSync('npx', ['tsc', '-b', 'server'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), DATA_KEY: randomBytes(32).toString('base64') };
const timeline = {};
const checks = [];
const rec = new Recorder();
let load = null;
let failed = false;
try {
  const gateway = await startGateway();
  const sms = { SMS_PROVIDER: 'http', SMS_HTTP_URL: gateway.url, SMS_HTTP_TOKEN: GATEWAY_TOKEN };

  console.log('==> three-node Galera cluster');
  const cluster = new GaleraCluster(mariadbd);
  timeline['cluster up in'] = secs(await cluster.start());
  console.log(`    ${cluster.nodes.map((n) => `${n.name} :${n.ports.client}`).join(', ')}: Synced, cluster size 3`);
  cluster.sql(
    1,
    'CREATE DATABASE gig CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;' +
      ["'gig'@'127.0.0.1'", "'gig'@'localhost'"]
        .map((u) => `CREATE USER ${u} IDENTIFIED BY 'gig'; GRANT ALL ON gig.* TO ${u};`)
        .join(' '),
  );

  console.log('==> migrate once (npm run db:migrate), then seed the demo city once');
  let t = Date.now();
  const dbEnv = { ...secrets, ...sms, DATABASE_URL: cluster.url(1) };
  console.log(`    ${runNode('server/dist/cli/migrate.js', { ...dbEnv, NODE_ENV: 'production' }).slice(0, 120)}…`);
  timeline['migrations took'] = secs(Date.now() - t);
  console.log(`    ${runNode('server/dist/cli/seed.js', { ...dbEnv, NODE_ENV: 'development' })}`);
  const noKey = cluster.sql(
    2,
    "SELECT t.table_name FROM information_schema.tables t LEFT JOIN information_schema.table_constraints c ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY' WHERE t.table_schema = 'gig' AND c.constraint_name IS NULL",
  );
  checks.push({ name: 'a primary key on every table', bad: noKey.map(([n]) => `${n} has none`) });

  console.log('==> three API processes, each on its own database node, behind haproxy');
  const env = {
    ...secrets,
    ...sms,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: 'https://gig.example.cn',
    DB_MIGRATIONS_RUN: 'false',
    DEMO_SEED: 'false',
    TRUST_PROXY: 'true',
    LOG_LEVEL: 'warn',
    UPLOAD_DIR: path.join(work(), 'uploads'),
    NOTIFY_DISPATCH_INTERVAL_MS: '500',
    NOTIFY_RETRY_BASE_SECONDS: '2',
    NOTIFY_SMS: 'true',
    MAINTENANCE_SWEEP_MINUTES: '1',
  };
  const apis = [1, 2, 3].map((i) => new ApiProcess(root, `api${i}`, cluster.url(i), env));
  await Promise.all(apis.map((a) => a.start()));
  const lb = new Balancer(apis.map((a) => ({ name: a.name, port: a.port })));
  await lb.start();
  for (const a of apis) await lb.waitFor(a.name, 'UP');
  console.log(`    ${lb.url} → ${apis.map((a) => `${a.name} :${a.port}`).join(', ')}`);
  const client = makeClient(lb.url, rec);
  const db = await check.connect(cluster.url(1));

  checks.push(await sharedRateLimit(client));

  console.log(`==> load: ${PHONES} phones filing, three staff acting`);
  load = new Load(client, gateway, rec);
  rec.setPhase('steady');
  load.run(PHONES);
  await sleep(12_000);
  const aged = load.claims.slice(0, AGED).map((c) => c.id);
  for (const id of aged) load.reserved.add(id);
  await check.ageCases(db, aged, { from: chinaDay(-358), due: chinaDay(6), openCounts });
  console.log(`    the limitation period of ${aged.length} cases now ends in 6 days`);
  await sleep(8_000);

  rec.setPhase('db-node-down');
  t = Date.now();
  cluster.kill(2);
  await cluster.waitSize(2, [1, 3]);
  timeline['node2 evicted after'] = secs(Date.now() - t);
  await lb.waitFor('api2', 'DOWN');
  timeline['api2 out of rotation'] = `${secs(Date.now() - t)} after its node's kill (its /healthz said 503)`;
  await sleep(10_000);
  rec.setPhase('db-node-rejoining');
  const rejoin = await cluster.rejoin(2);
  timeline['node2 rejoined'] = `${secs(rejoin.ms)} from restart to Synced, by ${rejoin.via}`;
  t = Date.now();
  await lb.waitFor('api2', 'UP');
  timeline['api2 back in rotation'] = `${secs(Date.now() - t)} after its node was Synced`;

  rec.setPhase('steady-2');
  await sleep(10_000);
  rec.setPhase('api-down');
  t = Date.now();
  await apis[2].kill();
  await lb.waitFor('api3', 'DOWN');
  timeline['api3 out of rotation'] = `${secs(Date.now() - t)} after kill -9`;
  await sleep(3_000);
  t = Date.now();
  await apis[2].start();
  await lb.waitFor('api3', 'UP');
  timeline['api3 restarted'] = `${secs(Date.now() - t)} from restart to back in rotation`;
  rec.setPhase('recovered');
  await sleep(15_000);

  rec.setPhase('drain');
  await load.stop();
  t = Date.now();
  let state;
  for (;;) {
    state = await check.drained(db, aged);
    if ((state.pending === 0 && state.reminded === aged.length) || Date.now() - t > 90_000) break;
    await sleep(500);
  }
  timeline['outbox drained in'] =
    `${secs(Date.now() - t)} after the load (${state.pending} pending, ${state.reminded}/${aged.length} reminded)`;
  for (let i = 1; i <= 3; i++) await cluster.waitSynced(i);
  // Conflicts the cluster settled: a transaction refused at certification, or a local one aborted
  // by a replicated write (node2's counts start again at its restart).
  const conflicts = [1, 2, 3].map((i) =>
    Object.fromEntries(
      cluster.sql(i, "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures','wsrep_local_bf_aborts')"),
    ),
  );
  timeline['cert. failures'] = conflicts.map((c, i) => `node${i + 1} ${c.wsrep_local_cert_failures}`).join(', ');
  timeline['brute-force aborts'] = conflicts.map((c, i) => `node${i + 1} ${c.wsrep_local_bf_aborts}`).join(', ');

  const claims = await check.claimsOnce(db, load.claims);
  checks.push({
    name: 'every acknowledged claim exists exactly once',
    bad: claims.bad,
    note: `${load.claims.length} acknowledged, ${claims.total} cases, ${claims.unacknowledged} filed but never acknowledged`,
  });
  const numbers = await check.numbersGapFree(db);
  checks.push({
    name: 'case numbers unique and gap-free per year',
    bad: numbers.bad,
    note: JSON.stringify(numbers.years),
  });
  checks.push({
    name: 'each acknowledged action once, each event notified once',
    ...(await check.actionsOnce(db, load.actions)),
  });
  const notes = await check.notificationsOnce(db, gateway);
  checks.push({ name: 'each notification texted once', bad: notes.bad, note: `${notes.total} notifications` });
  const rem = await check.remindersOnce(db, gateway, aged);
  checks.push({ name: 'each deadline reminder sent once', bad: rem.bad, note: `${rem.total} reminders` });
  const counts = await check.openCountsExact(db, OPEN_STATUSES, openCounts);
  checks.push({
    name: "the workbench's kept counts equal a count of the cases",
    bad: counts.bad,
    note: `${counts.open} open`,
  });
  checks.push({ name: 'read-your-writes and no unexpected refusal', bad: load.problems });
  const traffic = judgeTraffic(rec);
  checks.push({ name: 'no 5xx except while a process or node was down (and then retried)', bad: traffic.bad });
  // A background round may fail while its own database node is down (it runs again); nothing else may.
  const logged = apis.flatMap((a) => a.errorEntries());
  const outage = logged.filter((e) => e.job && CONNECTION_LOST.test(`${e.code} ${e.message}`));
  checks.push({
    name: 'no unhandled error in the API logs',
    bad: logged
      .filter((e) => !outage.includes(e))
      .map((e) => `${e.proc}: ${e.msg} ${e.job ?? ''} ${e.code} ${e.message}`),
    note: `${outage.length} background rounds failed for want of their database node`,
  });
  await db.end();
  await gateway.close();
  failed = checks.some((c) => c.bad.length > 0);
  printSummary({ rec, load, traffic, timeline, checks, elapsedMs: Date.now() - t0 });
} catch (err) {
  failed = true;
  console.error(`\nThe cluster suite could not run to the end: ${err?.stack ?? err}`);
  for (const [k, v] of Object.entries(timeline)) console.error(`    ${k}: ${v}`);
} finally {
  if (load) load.stopped = true;
  await teardown();
}
console.log(failed ? '\nCluster suite FAILED' : '\nCluster suite passed');
process.exit(failed ? 1 : 0);

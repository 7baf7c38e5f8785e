#!/usr/bin/env node
// `npm run bench -- --scale`: builds databases of 10k, 100k and 1M cases with bulk inserts (see
// scale-build.mjs) on SQLite and on a throwaway MariaDB, and prints p50/p95 of every queue view,
// the workbench, the statistics (GET /api/admin/stats over a month, a year and five years, read
// from the daily roll-ups that scale-stats.mjs fills), the early-warning listing and a worker's list
// through the real HTTP API (built server/dist), with p95(largest) ÷ p95(smallest) against the goal
// of 1.5. No test asserts on it.
//   node scripts/bench/scale.mjs [--sizes 10000,100000,1000000] [--only sqlite|mariadb] [--views statistics,...] [--samples 40] [--keep] [--json]
// --keep leaves the SQLite databases in .tmp/scale-kept and measures a kept one again instead of
// building it (migrated to the current schema first): for looking into one view at 1M in minutes.
// MariaDB builds 10k and 100k unless --sizes says otherwise (1M takes too long to build here).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMariadbd, withMariaDb } from '../lib/mariadb.mjs';
import { buildCases, openBulk } from './scale-build.mjs';
import { buildStats } from './scale-stats.mjs';
import { VIEWS, boot, measureViews, signIn, viewContext } from './scale-measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'server', 'package.json'));
const GOAL = 1.5;

/** Parses the arguments after `--scale` (which it ignores); exits on an unknown one. */
export function parseArgs(argv) {
  const o = { sizes: null, only: null, views: null, samples: 40, keep: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--scale') continue;
    else if (a === '--json') o.json = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--sizes') o.sizes = argv[++i].split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--views') o.views = argv[++i].split(',');
    else if (a === '--samples') o.samples = Number(argv[++i]);
    else
      throw new Error(
        `unknown argument ${a} (--sizes a,b,c --only sqlite|mariadb --views a,b --samples n --keep --json)`,
      );
  }
  if (o.sizes?.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes: whole numbers of at least 100');
  if (o.only && !['sqlite', 'mariadb'].includes(o.only)) throw new Error('--only: sqlite or mariadb (views: --views)');
  return o;
}

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

/** The views whose names contain one of the words (all without --views). */
const pick = (words) => (words ? VIEWS.filter(([name]) => words.some((w) => name.includes(w))) : VIEWS);

async function oneSize(dialect, { url, kept, built: done }, n, samples, views) {
  let t0 = Date.now();
  if (!kept) await build(url, n);
  await done?.();
  const built = (Date.now() - t0) / 1000;
  t0 = Date.now();
  const target = await boot(require, root, url);
  const db = await openBulk(require, root, url);
  try {
    // A kept database remembers the last run's sign-in code and its one-a-minute limit.
    if (kept) for (const t of ['otp_challenges', 'rate_limit_windows']) await db.run(`DELETE FROM ${t}`);
    const tokens = await signIn(target, db);
    const ctx = await viewContext(db);
    const times = await measureViews(target, tokens, ctx, samples, views);
    const how = kept ? 'kept from an earlier run' : `built in ${built.toFixed(0)} s`;
    log(`   ${dialect} ${n}: ${how}, measured in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return times;
  } finally {
    await db.close();
    await target.close();
  }
}

/** Fills an empty database with n cases, their statistics' roll-ups and the workbench's kept counts. */
async function build(url, n) {
  const { respondentKey, respondentNameKey } = require(path.join(root, 'shared/dist/index.js'));
  const { DataProtector } = require(path.join(root, 'server/dist/adapters/crypto.js'));
  const first = await boot(require, root, url); // migrates and seeds the empty database
  await first.close();
  await buildCases(require, root, url, n, { respondentKey, respondentNameKey, DataProtector });
  const bulk = await openBulk(require, root, url);
  try {
    const stats = (m) => require(path.join(root, `server/dist/services/stats/${m}.js`));
    await buildStats(bulk, stats('rollup'), stats('periods'));
    // The workbench's kept counts, as the migration makes them from the cases.
    // …and the consultants' kept reach.
    const { rebuildOpenCounts } = require(path.join(root, 'server/dist/services/cases/open-counts.js'));
    const { rebuildConsultantReach } = require(path.join(root, 'server/dist/services/cases/consultant-reach.js'));
    const query = (sql, params) => (/^\s*SELECT/i.test(sql) ? bulk.all : bulk.run)(sql, params);
    await bulk.begin();
    await rebuildOpenCounts({ query });
    await rebuildConsultantReach({ query });
    await bulk.commit();
  } finally {
    await bulk.close();
  }
}

async function runDialect(dialect, makeUrl, sizes, samples, views) {
  const bySize = {};
  for (const n of sizes) {
    const db = await makeUrl(n);
    try {
      bySize[n] = await oneSize(dialect, db, n, samples, views);
    } finally {
      await db.drop();
    }
  }
  const out = {};
  const [lo, hi] = [sizes[0], sizes[sizes.length - 1]];
  for (const [name] of views) {
    const p95 = Object.fromEntries(sizes.map((n) => [n, round(bySize[n][name].p95)]));
    const p50 = Object.fromEntries(sizes.map((n) => [n, round(bySize[n][name].p50)]));
    out[name] = { p50, p95, ratio: round(bySize[hi][name].p95 / bySize[lo][name].p95) };
  }
  return out;
}

const round = (x) => Math.round(x * 100) / 100;

function table(dialect, res, sizes) {
  const k = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  const lines = [
    `${dialect}: p50 / p95 ms per view (one request at a time); ratio = p95(${k(sizes.at(-1))}) ÷ p95(${k(sizes[0])}), goal ≤ ${GOAL}`,
    `${'view'.padEnd(32)}${sizes.map((n) => `${k(n)} p50/p95`.padStart(16)).join('')}   ratio  goal`,
  ];
  for (const [name, r] of Object.entries(res)) {
    const cells = sizes.map((n) => `${r.p50[n].toFixed(1)} / ${r.p95[n].toFixed(1)}`.padStart(16)).join('');
    lines.push(`${name.padEnd(32)}${cells}${r.ratio.toFixed(2).padStart(8)}  ${r.ratio <= GOAL ? 'ok' : 'OVER'}`);
  }
  return lines.join('\n');
}

export async function main(argv = process.argv.slice(2)) {
  const o = parseArgs(argv);
  const result = {};
  const text = [];
  if (o.only !== 'mariadb') {
    const sizes = o.sizes ?? [10_000, 100_000, 1_000_000];
    const dir = path.join(root, '.tmp', o.keep ? 'scale-kept' : 'scale');
    mkdirSync(dir, { recursive: true });
    const makeUrl = async (n) => {
      const file = path.join(dir, `cases-${n}.sqlite`);
      // A kept database is whole only once its build finished and left this mark.
      const mark = `${file}.built`;
      if (o.keep && existsSync(mark)) return { url: `sqlite:${file}`, kept: true, drop: async () => undefined };
      for (const f of [file, `${file}-wal`, `${file}-shm`, mark]) rmSync(f, { force: true });
      if (o.keep)
        return { url: `sqlite:${file}`, built: async () => writeFileSync(mark, ''), drop: async () => undefined };
      return { url: `sqlite:${file}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    };
    result.sqlite = await runDialect('sqlite', makeUrl, sizes, o.samples, pick(o.views));
    text.push(table('SQLite (better-sqlite3)', result.sqlite, sizes));
  }
  const mariadbd = o.only === 'sqlite' ? null : findMariadbd();
  if (mariadbd) {
    const sizes = o.sizes ?? [10_000, 100_000];
    const quiet = console.log; // withMariaDb announces itself on stdout; --json prints one line only
    console.log = (...a) => log(...a);
    try {
      result.mariadb = await withMariaDb(mariadbd, async (server) => {
        const mysql = require('mysql2/promise');
        const admin = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
        // The throwaway server starts with a 64 MB buffer pool; a real one holds the hot indexes.
        await admin.query('SET GLOBAL innodb_buffer_pool_size = 1073741824');
        const makeUrl = async (n) => {
          await admin.query(`CREATE DATABASE scale_${n} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
          return { url: `${server}/scale_${n}`, drop: async () => admin.query(`DROP DATABASE scale_${n}`) };
        };
        try {
          return await runDialect('mariadb', makeUrl, sizes, o.samples, pick(o.views));
        } finally {
          await admin.end();
        }
      });
      text.push(table('MariaDB (mysql2)', result.mariadb, sizes));
    } finally {
      console.log = quiet;
    }
  } else if (o.only !== 'sqlite') log('MariaDB: skipped (no mariadbd found)');
  process.stdout.write(o.json ? `${JSON.stringify(result)}\n` : `\n${text.join('\n\n')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

#!/usr/bin/env node
// `npm test`: every suite on SQLite, then the server suites on a throwaway MariaDB that this script
// starts (and removes) itself when a mariadbd binary is installed. Extra arguments go to Jest:
// `npm test -- test/server/stations.test.ts`.
// Without mariadbd it prints a SKIPPED banner; with CI set, a skip is a failure.
// MARIADBD=/path/to/mariadbd picks the binary (MARIADBD=/nonexistent shows the skip path).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const results = [];

function run(cmd, argv, env = {}) {
  return spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function which(name) {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/sbin'];
  return dirs.map((d) => path.join(d, name)).find((p) => existsSync(p)) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withMariaDb(mariadbd, fn) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gig-mariadb-'));
  const sock = path.join(dir, 'mysqld.sock');
  const errLog = path.join(dir, 'error.log');
  let server;
  const cleanup = () => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    cleanup();
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
  try {
    const started = Date.now();
    const install = spawnSync(which('mariadb-install-db') ?? 'mariadb-install-db', ['--no-defaults', `--datadir=${path.join(dir, 'data')}`, '--auth-root-authentication-method=socket', '--skip-test-db'], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    const port = await freePort();
    const isRoot = process.getuid?.() === 0;
    server = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${path.join(dir, 'data')}`,
        `--socket=${sock}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--log-error=${errLog}`,
        `--pid-file=${path.join(dir, 'mysqld.pid')}`,
        '--skip-log-bin',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=0',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        ...(isRoot ? ['--user=root'] : []),
      ],
      { stdio: 'ignore' },
    );
    const client = which('mariadb') ?? 'mariadb';
    const sql = (q) => spawnSync(client, [`--socket=${sock}`, '-uroot', '-e', q], { encoding: 'utf8' });
    let ready = false;
    for (let i = 0; i < 150 && !ready; i++) {
      if (server.exitCode !== null) break;
      ready = sql('SELECT 1').status === 0;
      if (!ready) await sleep(200);
    }
    if (!ready) throw new Error(`MariaDB did not start:\n${existsSync(errLog) ? readFileSync(errLog, 'utf8') : '(no error log)'}`);
    const grant = sql(
      "CREATE USER 'gig'@'127.0.0.1' IDENTIFIED BY 'gig'; CREATE USER 'gig'@'localhost' IDENTIFIED BY 'gig';" +
        " GRANT ALL PRIVILEGES ON *.* TO 'gig'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'gig'@'localhost';",
    );
    if (grant.status !== 0) throw new Error(`creating the test user failed: ${grant.stderr}`);
    console.log(`\n==> MariaDB ${spawnSync(mariadbd, ['--version'], { encoding: 'utf8' }).stdout.trim()} on 127.0.0.1:${port} (ready in ${Date.now() - started} ms)\n`);
    return fn(`mariadb://gig:gig@127.0.0.1:${port}`);
  } finally {
    cleanup();
    if (server) for (let i = 0; i < 100 && server.exitCode === null; i++) await sleep(100);
    rmSync(dir, { recursive: true, force: true });
  }
}

// The TypeScript build first: server/dist holds the CLIs, and a type error should stop here.
if (run('npx', ['tsc', '-b', 'server']) !== 0) process.exit(1);

// Run 1: everything, on SQLite.
console.log('\n==> Jest on SQLite (all suites)\n');
results.push(['sqlite', run('npx', ['jest', ...args], { TEST_DB: 'sqlite' }) === 0 ? 'passed' : 'FAILED']);

// Run 2: the server suites on MariaDB.
const paths = args.filter((a) => !a.startsWith('-'));
const serverPaths = paths.filter((p) => path.resolve(root, p).startsWith(path.join(root, 'test', 'server')));
const flags = args.filter((a) => a.startsWith('-'));
const mariadbd = process.env.MARIADBD ? (existsSync(process.env.MARIADBD) ? process.env.MARIADBD : null) : which('mariadbd');
if (paths.length > 0 && serverPaths.length === 0) {
  results.push(['mariadb', 'not asked (no server suites selected)']);
} else if (!mariadbd) {
  const bar = '!'.repeat(72);
  console.error(`\n${bar}\n!! MariaDB suites SKIPPED: no mariadbd binary found.\n!! The server suites ran on SQLite only. Install MariaDB to run them on both:\n!!     apt-get install mariadb-server\n${bar}\n`);
  results.push(['mariadb', process.env.CI ? 'FAILED (skipped under CI)' : 'SKIPPED']);
} else {
  try {
    const code = await withMariaDb(mariadbd, (url) => {
      console.log('==> Jest on MariaDB (server suites)\n');
      return run('npx', ['jest', ...(serverPaths.length ? serverPaths : ['test/server']), ...flags], { TEST_DB: 'mariadb', TEST_MARIADB_URL: url });
    });
    results.push(['mariadb', code === 0 ? 'passed' : 'FAILED']);
  } catch (err) {
    console.error(err.message);
    results.push(['mariadb', 'FAILED (could not start MariaDB)']);
  }
}

console.log('\n==> Summary');
for (const [name, result] of results) console.log(`   ${name}: ${result}`);
process.exit(results.every(([, r]) => r === 'passed' || r === 'SKIPPED' || r.startsWith('not asked')) ? 0 : 1);

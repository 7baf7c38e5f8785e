#!/usr/bin/env node
// `npm test`: every suite on SQLite, then the server suites on a throwaway MariaDB that this script
// starts (and removes) itself when a mariadbd binary is installed. Extra arguments go to Jest:
// `npm test -- test/server/stations.test.ts`.
// Without mariadbd it prints a SKIPPED banner; with CI set, a skip is a failure.
// MARIADBD=/path/to/mariadbd picks the binary (MARIADBD=/nonexistent shows the skip path).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMariadbd, withMariaDb } from './lib/mariadb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const results = [];

function run(cmd, argv, env = {}) {
  return spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

// Build first: server/dist holds the CLIs and the server the browser tests start, and a type error
// should stop here. The pages (admin, H5) are built too when the browser tests are among those asked.
// The WeChat build is made for the tests' request domain and subscribe template (test/miniapp/weapp
// routes that domain to its test server; set these to build for another one).
const asked = args.filter((a) => !a.startsWith('-'));
const e2e = asked.length === 0 || asked.some((p) => path.resolve(root, p).startsWith(path.join(root, 'test', 'e2e')));
const weappDir = path.join(root, 'test', 'miniapp', 'weapp');
const weapp = asked.some((p) => {
  const a = path.resolve(root, p);
  return a.startsWith(weappDir) || weappDir.startsWith(a + path.sep);
});
const weappEnv = {
  MINIAPP_API_BASE: process.env.MINIAPP_API_BASE ?? 'https://api.gig-weapp.test',
  MINIAPP_WECHAT_TEMPLATE_ID: process.env.MINIAPP_WECHAT_TEMPLATE_ID ?? 'weapp-test-case-update',
};
if ((e2e ? run('npm', ['run', 'build', '--silent'], weappEnv) : run('npx', ['tsc', '-b', 'server'])) !== 0)
  process.exit(1);
if (!e2e && weapp && run('npm', ['run', 'build:weapp', '--silent', '-w', '@gig/miniapp'], weappEnv) !== 0)
  process.exit(1);

// Run 1: everything, on SQLite.
console.log('\n==> Jest on SQLite (all suites)\n');
results.push(['sqlite', run('npx', ['jest', ...args], { TEST_DB: 'sqlite', ...weappEnv }) === 0 ? 'passed' : 'FAILED']);

// Run 2: the server suites on MariaDB.
const paths = args.filter((a) => !a.startsWith('-'));
const serverPaths = paths.filter((p) => path.resolve(root, p).startsWith(path.join(root, 'test', 'server')));
const flags = args.filter((a) => a.startsWith('-'));
const mariadbd = findMariadbd();
if (paths.length > 0 && serverPaths.length === 0) {
  results.push(['mariadb', 'not asked (no server suites selected)']);
} else if (!mariadbd) {
  const bar = '!'.repeat(72);
  console.error(
    `\n${bar}\n!! MariaDB suites SKIPPED: no mariadbd binary found.\n!! The server suites ran on SQLite only. Install MariaDB to run them on both:\n!!     apt-get install mariadb-server\n${bar}\n`,
  );
  results.push(['mariadb', process.env.CI ? 'FAILED (skipped under CI)' : 'SKIPPED']);
} else {
  try {
    const code = await withMariaDb(mariadbd, (url) => {
      console.log('==> Jest on MariaDB (server suites)\n');
      return run('npx', ['jest', ...(serverPaths.length ? serverPaths : ['test/server']), ...flags], {
        TEST_DB: 'mariadb',
        TEST_MARIADB_URL: url,
      });
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

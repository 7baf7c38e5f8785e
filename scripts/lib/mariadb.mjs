// A throwaway MariaDB server for the test and bench scripts: its own data directory in a temp
// folder, a free port, user gig/gig, removed afterwards. Needs Debian's mariadb-server binaries.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import netHelpers from './net.cjs';
import os from 'node:os';
import path from 'node:path';

const { freePort, sleep } = netHelpers;

export function which(name) {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/sbin'];
  return dirs.map((d) => path.join(d, name)).find((p) => existsSync(p)) ?? null;
}

export { freePort, sleep };

export async function withMariaDb(mariadbd, fn) {
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
    const install = spawnSync(
      which('mariadb-install-db') ?? 'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${path.join(dir, 'data')}`,
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ],
      { encoding: 'utf8' },
    );
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
    if (!ready)
      throw new Error(
        `MariaDB did not start:\n${existsSync(errLog) ? readFileSync(errLog, 'utf8') : '(no error log)'}`,
      );
    const grant = sql(
      "CREATE USER 'gig'@'127.0.0.1' IDENTIFIED BY 'gig'; CREATE USER 'gig'@'localhost' IDENTIFIED BY 'gig';" +
        " GRANT ALL PRIVILEGES ON *.* TO 'gig'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'gig'@'localhost';",
    );
    if (grant.status !== 0) throw new Error(`creating the test user failed: ${grant.stderr}`);
    console.log(
      `\n==> MariaDB ${spawnSync(mariadbd, ['--version'], { encoding: 'utf8' }).stdout.trim()} on 127.0.0.1:${port} (ready in ${Date.now() - started} ms)\n`,
    );
    return await fn(`mariadb://gig:gig@127.0.0.1:${port}`);
  } finally {
    cleanup();
    if (server) for (let i = 0; i < 100 && server.exitCode === null; i++) await sleep(100);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The mariadbd binary to use: MARIADBD=/path, or the one on PATH; null when there is none. */
export function findMariadbd() {
  return process.env.MARIADBD ? (existsSync(process.env.MARIADBD) ? process.env.MARIADBD : null) : which('mariadbd');
}

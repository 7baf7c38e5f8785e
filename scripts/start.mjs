#!/usr/bin/env node
// `npm start`: builds what is missing or stale (TypeScript incrementally; the admin and H5 pages
// when they have no build yet), then runs the one server process: API, docs, admin page, H5 app.
// Configuration comes from the environment and .env (see .env.example).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(label, cmd, args) {
  process.stdout.write(`> ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm start: "${label}" failed; fix the error above and run npm start again.`);
    process.exit(r.status ?? 1);
  }
}

// tsc -b is incremental: a no-op when shared/ and server/ are up to date.
run('build shared + server (TypeScript)', npm, ['run', 'build', '-w', 'shared', '-w', 'server', '--silent']);
// The product serves the admin page and the H5 app; the WeChat build is for the WeChat tools.
for (const [ws, script, dist] of [
  ['server/admin', 'build', 'server/admin/dist/index.html'],
  ['miniapp', 'build:h5', 'miniapp/dist/h5/index.html'],
]) {
  if (!existsSync(path.join(root, dist))) run(`build ${ws}`, npm, ['run', script, '-w', ws, '--silent']);
}

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

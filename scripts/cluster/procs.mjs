// The cluster suite's child processes (database nodes, API processes, the balancer), each in its own
// process group so that what it starts (an SST's rsync daemon) goes with it, and one teardown that
// kills them all and removes the work directory: at the end, on a failure and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import netHelpers from '../lib/net.cjs';

const live = new Set();
let workDir = null;
let tornDown = false;

/**
 * A free port no other part of the suite has been given: a Galera node's IST and SST ports are
 * only listened on during a state transfer, so the operating system may hand them out again.
 */
const given = new Set();
export async function uniquePort() {
  for (;;) {
    const port = await netHelpers.freePort();
    if (!given.has(port)) {
      given.add(port);
      return port;
    }
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The suite's temporary directory (one per run). */
export function work() {
  workDir ??= mkdtempSync(path.join(os.tmpdir(), 'gig-cluster-'));
  return workDir;
}

/**
 * Starts `cmd` in its own process group; stdout and stderr are appended to `log` (a path) or
 * ignored. Returns the ChildProcess with `exited` (a promise of the exit code or signal).
 */
export function start(cmd, args, { env = process.env, log = null, cwd } = {}) {
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  const keep = (c) => {
    chunks.push(c);
    if (chunks.length > 400) chunks.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => Buffer.concat(chunks).toString('utf8');
  if (log) {
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  live.add(child);
  child.exited.then(() => live.delete(child));
  return child;
}

/** kill -9 of the process and its group. */
export function killHard(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
  const done = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) killHard(child);
  await child.exited;
}

/** Everything down and the work directory removed; safe to call more than once. */
export function teardownSync() {
  if (tornDown) return;
  tornDown = true;
  for (const child of live) killHard(child);
  if (workDir && !process.env.CLUSTER_KEEP) rmSync(workDir, { recursive: true, force: true });
}

export async function teardown() {
  for (const child of live) killHard(child);
  await Promise.all([...live].map((c) => Promise.race([c.exited, sleep(3000)])));
  teardownSync();
}

process.on('exit', teardownSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n${sig}: tearing the cluster down`);
    teardownSync();
    process.exit(130);
  });
}

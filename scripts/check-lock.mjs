#!/usr/bin/env node
// Fails when `npm install` had to change what the committed package-lock.json installs.
//
// `npm ci` cannot be used here: the registry mirrors these machines reach serve a varying subset of
// the platform builds of optional native packages (@swc/core-*, @unrs/resolver-binding-*), so the
// lock npm writes gains or loses those entries from one mirror to the next. Those entries never
// install on this platform, so they are allowed to differ; any other change (a version, an
// integrity hash, a dependency range, a package added or removed) fails the run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(
  execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
);
const current = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const before = committed.packages ?? {};
const after = current.packages ?? {};
const problems = [];
const tolerated = [];
const fields = [
  'version',
  'resolved',
  'integrity',
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'devDependencies',
];

for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
  const a = before[key];
  const b = after[key];
  if (!a || !b) {
    const entry = a ?? b;
    const foreignPlatform = entry.optional === true && (entry.os || entry.cpu);
    (foreignPlatform ? tolerated : problems).push(`${a ? 'removed' : 'added'} ${key || '(root)'}`);
    continue;
  }
  for (const f of fields) {
    if (JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null)) problems.push(`changed ${key || '(root)'} ${f}`);
  }
}

if (tolerated.length) {
  console.log(
    `    lock: ${tolerated.length} optional other-platform entries differ from this registry's answer (allowed)`,
  );
}
if (problems.length) {
  console.error('package-lock.json is out of step with package.json; run npm install and commit the lock:');
  for (const p of problems.slice(0, 40)) console.error(`  ${p}`);
  if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
  process.exit(1);
}
console.log('    lock: every installed package is the locked one');

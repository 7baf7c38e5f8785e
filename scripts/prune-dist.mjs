#!/usr/bin/env node
// After `tsc -b`: removes compiled files whose source is gone (tsc never deletes them), so a moved
// or deleted module cannot keep answering from dist/ — e.g. an old services/cases.js would shadow
// the services/cases/ folder that replaced it. Usage: node scripts/prune-dist.mjs <package dir>...
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

for (const pkg of process.argv.slice(2)) {
  const dist = path.resolve(pkg, 'dist');
  const src = path.resolve(pkg, 'src');
  if (!existsSync(dist)) continue;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
        continue;
      }
      const base = path.relative(dist, full).replace(/(\.d)?\.(js|ts)(\.map)?$/, '');
      if (!['.ts', '.tsx'].some((ext) => existsSync(path.join(src, base + ext)))) rmSync(full);
    }
  };
  walk(dist);
}

#!/usr/bin/env node
// `npm run size`: what the worker's phone has to download, from the built mini-program
// (npm run build -w miniapp first). Prints figures, each beside its target; asserts nothing.
//  - WeChat: the main package (everything outside the subpackage roots in app.json) against
//    WeChat's 2 MB cap, and each subpackage against its own 2 MB cap.
//  - H5: the first load of /s/<code> as headless Chromium fetches it from the built product
//    (npm run build first): every file under /app/ (scripts and styles gzipped, images and fonts as
//    they are), next to the whole app.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const weapp = path.join(root, 'miniapp/dist/weapp');
const h5 = path.join(root, 'miniapp/dist/h5');
const CAP = 2 * 1024 * 1024;
// Our own targets (performance issue): a first load a cheap phone on a slow network can take.
const MAIN_TARGET = 600 * 1024;
const FIRST_LOAD_TARGET = 150 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const target = (n, of) => `(target ≤ ${of / 1024} KiB${n > of ? ': OVER' : ''})`;
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`;
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

if (!existsSync(path.join(weapp, 'app.json')) || !existsSync(path.join(h5, 'index.html'))) {
  console.error('No build found: run `npm run build -w miniapp` first.');
  process.exit(1);
}

// WeChat: main package and subpackages. Source maps and licence notes are not uploaded.
const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
const uploaded = files(weapp).filter((f) => !/\.(map|LICENSE\.txt)$/.test(f) && !f.endsWith('project.config.json'));
const packages = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);
for (const f of uploaded) {
  const rel = path.relative(weapp, f);
  const owner = subRoots.find((r) => rel.startsWith(`${r}/`)) ?? 'main';
  packages.set(owner, packages.get(owner) + statSync(f).size);
}
console.log('WeChat mini-program (miniapp/dist/weapp)');
for (const [name, size] of packages)
  console.log(
    name === 'main'
      ? `  main package: ${kb(size)} ${target(size, MAIN_TARGET)} = ${pct(size, CAP)} of the 2 MB cap`
      : `  subpackage ${name}: ${kb(size)} = ${pct(size, CAP)} of the 2 MB cap`,
  );
const biggest = uploaded
  .map((f) => [path.relative(weapp, f), statSync(f).size])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);
console.log(`  largest files: ${biggest.map(([f, s]) => `${f} ${kb(s)}`).join(', ')}`);

// H5: what the first visit to a station's QR address downloads, as Chromium fetches it from the
// built product, gzipped, against the whole app.
const product = (await import('./lib/product.cjs')).default;
const server = await product.startProduct();
const browser = await product.launchBrowser();
const fetched = new Set();
const sent = [];
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
  page.on('response', (r) => {
    // Every file of the app the page fetches (scripts, styles, images such as the tab bar's icons,
    // fonts), not only the scripts and styles: index.html is counted on its own line below.
    const m = new URL(r.url()).pathname.match(/^\/app\/(.+\.[a-z0-9]+)$/);
    if (m) {
      fetched.add(path.join(h5, m[1]));
      sent.push(
        r
          .request()
          .sizes()
          .then((z) => z.responseBodySize),
      );
    }
  });
  await page.goto(`${server.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=start-claim]');
  await page.waitForLoadState('networkidle');
  sent.splice(0, sent.length, ...(await Promise.all(sent)));
} finally {
  await browser.close();
  await server.stop();
}
// Text (scripts, styles) counts gzipped; an image or a font is compressed already and counts as is.
const TEXT = /\.(js|css|json|svg|html)$/;
const size = (f) => (TEXT.test(f) ? gz(f) : statSync(f).size);
const first = [...fetched];
const firstText = first.filter((f) => TEXT.test(f));
const firstOther = first.filter((f) => !TEXT.test(f));
const allFiles = files(h5).filter((f) => !/\.(map|LICENSE\.txt)$/.test(f) && !f.endsWith('index.html'));
const firstGz = first.reduce((n, f) => n + size(f), 0);
const firstRaw = first.reduce((n, f) => n + statSync(f).size, 0);
const allGz = allFiles.reduce((n, f) => n + size(f), 0);
const list = (fs) => fs.map((f) => path.relative(h5, f)).join(', ') || 'none';
console.log('\nH5 (miniapp/dist/h5)');
console.log(
  `  first load of /s/<code>: ${kb(firstGz)} ${target(firstGz, FIRST_LOAD_TARGET)} (${kb(firstRaw)} raw) in ${first.length} files, scripts and styles gzipped, images and fonts as they are`,
);
console.log(
  `    scripts and styles: ${kb(firstText.reduce((n, f) => n + gz(f), 0))} gzip in ${firstText.length} files: ${list(firstText)}`,
);
console.log(
  `    images and fonts: ${kb(firstOther.reduce((n, f) => n + statSync(f).size, 0))} in ${firstOther.length} files: ${list(firstOther)}`,
);
console.log(
  `  the page itself (index.html, with the frame shown before the scripts): ${kb(gz(path.join(h5, 'index.html')))} gzip`,
);
console.log(`  as the server sent it (it compresses with brotli): ${kb(sent.reduce((a, b) => a + b, 0))}`);
console.log(
  `  whole app: ${kb(allGz)} in ${allFiles.length} files (counted the same way); first load = ${pct(firstGz, allGz)} of it`,
);
console.log(
  `  the first load on a 1 Mbit/s link: ${((sent.reduce((a, b) => a + b, 0) * 8) / 1e6).toFixed(1)} s of transfer`,
);

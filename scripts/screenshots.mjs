#!/usr/bin/env node
// Screenshots of the pages people see, for a human to look at: `node scripts/screenshots.mjs [baseUrl]`
// (default http://127.0.0.1:3000, start the product first with `npm start`). Writes screenshots/*.png.
// Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) and fonts-noto-cjk for Chinese text.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  { name: 'h5-station-WZ-COURIER', url: '/s/WZ-COURIER', viewport: { width: 360, height: 780 } },
  { name: 'h5-station-unknown', url: '/s/NO-SUCH-CODE', viewport: { width: 360, height: 780 } },
  { name: 'admin-notice', url: '/admin/', viewport: { width: 1440, height: 900 } },
  { name: 'api-docs', url: '/docs', viewport: { width: 1440, height: 900 } },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: s.viewport, locale: 'zh-CN' });
  await page.goto(base + s.url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: true });
  console.log(`${out}/${s.name}.png`);
  await page.close();
}
await browser.close();

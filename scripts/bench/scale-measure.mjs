// One database of the scale bench under the real API: boots server/dist on it (app.mjs, as
// scripts/bench/target.mjs does), signs in the demo staff of the role each view
// is for and a worker, and times each view through HTTP, one request at a time.
import path from 'node:path';
import { bootApp } from './app.mjs';

/** The views, each as whom and which URL; `ctx` holds the ids and names the build wrote. */
export const VIEWS = [
  ['default', 'supervisor', () => '/api/admin/cases'],
  ['station filter', 'supervisor', (c) => `/api/admin/cases?stationId=${c.stations['WZ-DELIVERY']}`],
  ['status filter', 'supervisor', () => '/api/admin/cases?status=accepted&status=mediating'],
  ['mediator (3 station relations)', 'courier.mediator', () => '/api/admin/cases'],
  ['search: case number', 'supervisor', (c) => `/api/admin/cases?q=${encodeURIComponent(c.number)}`],
  ['search: respondent', 'supervisor', (c) => `/api/admin/cases?q=${encodeURIComponent(c.respondent)}`],
  ['due soon', 'supervisor', () => '/api/admin/cases?due=soon'],
  ['overdue', 'supervisor', () => '/api/admin/cases?due=overdue'],
  ['sort by due date', 'supervisor', () => '/api/admin/cases?sort=due'],
  ['workbench (mediator)', 'courier.mediator', () => '/api/admin/workbench'],
  ['statistics: a month by station', 'supervisor', (c) => `/api/admin/stats?${c.month}&groupBy=station`],
  ['statistics: a year by month', 'supervisor', (c) => `/api/admin/stats?${c.year}&groupBy=month`],
  ['statistics: mediator, a year', 'courier.mediator', (c) => `/api/admin/stats?${c.year}&groupBy=claimType`],
  ['statistics: 5 years, industry', 'supervisor', (c) => `/api/admin/stats?${c.all}&industry=courier`],
  ['early warnings', 'supervisor', () => '/api/admin/warnings'],
  ["worker's list", 'worker', () => '/api/cases'],
];

/** Boots the app on `url` (migrating and seeding an empty database); returns it with its address. */
export const boot = (require, root, url) =>
  bootApp(require, root, url, { UPLOAD_DIR: path.join(root, '.tmp', 'scale-uploads') });

async function call(api, method, url, { body, token } = {}) {
  const res = await fetch(api + url, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

/** Signs in the demo staff the views need and a worker, and gives the worker five of the cases. */
export async function signIn(target, db) {
  const tokens = {};
  for (const username of new Set(VIEWS.map((v) => v[1]).filter((u) => u !== 'worker'))) {
    tokens[username] = (
      await call(target.api, 'POST', '/api/auth/staff/login', { body: { username, password: 'Demo2026pass' } })
    ).accessToken;
  }
  const phone = '13700000001';
  await call(target.api, 'POST', '/api/auth/otp/request', { body: { phone } });
  const w = await call(target.api, 'POST', '/api/auth/otp/verify', { body: { phone, code: target.codeFor(phone) } });
  tokens.worker = w.accessToken;
  const [me] = await db.all('SELECT id FROM workers ORDER BY lastLoginAt DESC LIMIT 1');
  const mine = await db.all('SELECT id FROM cases WHERE number LIKE ? ORDER BY number LIMIT 5', ['LD%-000123']);
  for (const c of mine) await db.run('UPDATE cases SET workerId = ? WHERE id = ?', [me.id, c.id]);
  return tokens;
}

/** The ids and names the URLs need: station ids, a case number in the middle, part of a respondent's name as a clerk types it. */
export async function viewContext(db) {
  const stations = Object.fromEntries((await db.all('SELECT code, id FROM stations')).map((s) => [s.code, s.id]));
  const [{ n }] = await db.all('SELECT COUNT(*) AS n FROM cases');
  const [mid] = await db.all('SELECT number FROM cases ORDER BY number LIMIT 1 OFFSET ?', [Math.floor(Number(n) / 2)]);
  // A fragment from the middle of the names (温州顺丰快递服务（鹿城）有限公司, 温州鹿城顺丰快递服务有限公司…),
  // typed with a space: five of the 480 respondents, the most frequent trade.
  // The statistics' periods in China's calendar: last month, the twelve months before this one, five years.
  const today = new Date(Date.now() + 8 * 3600e3);
  const first = (monthsBack) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
  const lastOfLastMonth = new Date(Date.parse(`${first(0)}T00:00:00Z`) - 86400_000).toISOString().slice(0, 10);
  return {
    stations,
    number: mid.number.toLowerCase(),
    respondent: '顺丰 快递服务',
    month: `from=${first(1)}&to=${lastOfLastMonth}`,
    year: `from=${first(12)}&to=${lastOfLastMonth}`,
    all: `from=${first(60)}&to=${today.toISOString().slice(0, 10)}`,
  };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** p50 and p95 (ms) of each view over `samples` sequential requests after a warm-up. */
export async function measureViews(target, tokens, ctx, samples, views = VIEWS) {
  const out = {};
  for (const [name, who, url] of views) {
    const u = url(ctx);
    for (let i = 0; i < 3; i++) await call(target.api, 'GET', u, { token: tokens[who] });
    const times = [];
    for (let i = 0; i < samples; i++) {
      const t0 = process.hrtime.bigint();
      await call(target.api, 'GET', u, { token: tokens[who] });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    out[name] = { p50: pct(times, 50), p95: pct(times, 95) };
  }
  return out;
}

// The knowledge library's part of `npm run bench` (issue 13), on SQLite and a throwaway MariaDB:
// 1. retrieval quality: for each question of test/fixtures/qa-retrieval.json, how many of the
//    articles a lawyer would cite are among the legal Q&A's top 5, on the seeded library;
// 2. speed: the library grown to 10,000 typical cases and 2,000 articles (bulk rows written as
//    publishing writes them: the entry with its published content and its jieba terms), then p50
//    and p95 of the public search (words, words with a filter), "cases like mine" and the Q&A,
//    through HTTP one request at a time, against the goal of 50 ms at p95 for search.
//   node scripts/bench.mjs --knowledge [--only sqlite|mariadb] [--cases 10000] [--articles 2000] [--samples 200]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findMariadbd, withMariaDb } from '../lib/mariadb.mjs';
import { bootApp } from './app.mjs';
import { fragments } from './knowledge-text.mjs';
import { rng } from './rng.mjs';

const GOAL_MS = 50;
const log = (line = '') => process.stdout.write(`${line}\n`);

/** The share of expected entries among the Q&A's top 5, and the questions that missed some. */
async function retrieval(app, root) {
  const set = JSON.parse(readFileSync(path.join(root, 'test/fixtures/qa-retrieval.json'), 'utf8'));
  let found = 0;
  let wanted = 0;
  const misses = [];
  for (const { q, expect } of set.questions) {
    const top = await app.services.knowledge.qa.lawFor(q, 5);
    for (const e of expect) {
      wanted++;
      if (top.some((h) => (e.title ? h.title === e.title : h.law === e.law && h.article === e.article))) found++;
      else misses.push(`${q} → ${e.title ?? `${e.law} 第${e.article}条`}`);
    }
  }
  return { questions: set.questions.length, found, wanted, misses, set };
}

/** Writes `cases` typical cases and `articles` articles as published entries with their terms. */
async function grow(require, root, db, { cases, articles }) {
  const { weightedTerms } = require(path.join(root, 'server/dist/services/knowledge/segment.js'));
  const { spaced } = require(path.join(root, 'server/dist/services/knowledge/search-index.js'));
  const { KnowledgeEntryEntity, KnowledgeTermEntity } = require(path.join(root, 'server/dist/entities/index.js'));
  const text = fragments(rng(13));
  const now = Date.now();
  const total = cases + articles;
  for (let start = 0; start < total; start += 500) {
    await db.transaction(async (em) => {
      const entries = [];
      const terms = [];
      for (let i = start; i < Math.min(total, start + 500); i++) {
        const c = i < cases ? text.typicalCase(i) : text.article(i - cases);
        const { weights, length } = weightedTerms(c);
        const id = randomUUID();
        entries.push({
          id,
          kind: c.kind,
          status: 'published',
          latestVersion: 1,
          publishedVersion: 1,
          title: c.title,
          law: c.law,
          article: c.article,
          claimTypes: spaced(c.claimTypes),
          industries: spaced(c.industries),
          outcome: c.case?.outcome ?? null,
          example: c.example,
          length,
          published: c,
          publishedAt: new Date(now - (total - i) * 60_000),
        });
        for (const [term, weight] of weights) terms.push({ term, entryId: id, weight });
      }
      for (let j = 0; j < entries.length; j += 100) await em.insert(KnowledgeEntryEntity, entries.slice(j, j + 100));
      for (let j = 0; j < terms.length; j += 500) await em.insert(KnowledgeTermEntity, terms.slice(j, j + 500));
    });
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function timed(api, samples, request) {
  const ms = [];
  for (let i = 0; i < samples; i++) {
    const { method, url, body } = request(i);
    const t0 = performance.now();
    const res = await fetch(api + url, {
      method,
      headers: { 'accept-encoding': 'gzip, deflate, br', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status}`);
    ms.push(performance.now() - t0);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}

async function oneDatabase(require, root, name, url, o) {
  const target = await bootApp(require, root, url, { QA_RATE_LIMIT_PER_MINUTE: '1000000' });
  try {
    const { app, api } = target;
    const r = await retrieval(app, root);
    log(`\n${name}: retrieval on the seeded library, ${r.questions} questions`);
    log(
      `  expected articles in the Q&A's top 5: ${r.found} of ${r.wanted} (${((100 * r.found) / r.wanted).toFixed(1)} %)`,
    );
    for (const m of r.misses) log(`    missed: ${m}`);
    let t0 = Date.now();
    await grow(require, root, app.db, o);
    const built = Date.now() - t0;
    t0 = Date.now();
    await app.services.knowledge.index.warm();
    log(
      `${name}: ${o.cases} typical cases + ${o.articles} articles written in ${(built / 1000).toFixed(1)} s; index loaded in ${Date.now() - t0} ms`,
    );
    const qs = r.set.questions.map((x) => x.q);
    const types = ['unpaid_wages', 'overtime', 'termination_compensation', 'work_injury'];
    const q = (i) => encodeURIComponent(qs[i % qs.length]);
    const views = [
      ['search: words', (i) => ({ method: 'GET', url: `/api/public/knowledge?q=${q(i)}` })],
      [
        'search: words + case filters',
        (i) => ({ method: 'GET', url: `/api/public/knowledge?q=${q(i)}&kind=case&claimType=${types[i % 4]}` }),
      ],
      [
        'search: a filter, no words',
        (i) => ({ method: 'GET', url: `/api/public/knowledge?claimType=${types[i % 4]}` }),
      ],
      [
        'cases like mine',
        (i) => ({
          method: 'POST',
          url: '/api/public/knowledge/similar',
          body: { description: qs[i % qs.length], claimTypes: [types[i % 4]], industry: 'courier' },
        }),
      ],
      ['legal Q&A', (i) => ({ method: 'POST', url: '/api/public/qa', body: { question: qs[i % qs.length] } })],
    ];
    const out = { retrieval: { found: r.found, wanted: r.wanted } };
    for (const [view, request] of views) {
      await timed(api, 10, request); // warm-up
      const m = await timed(api, o.samples, request);
      const goal = view.startsWith('search') ? (m.p95 <= GOAL_MS ? '  ✓' : `  ✗ (goal ${GOAL_MS} ms)`) : '';
      log(
        `  ${view.padEnd(30)} p50 ${m.p50.toFixed(1).padStart(6)} ms   p95 ${m.p95.toFixed(1).padStart(6)} ms${goal}`,
      );
      out[view] = { p50: Math.round(m.p50 * 10) / 10, p95: Math.round(m.p95 * 10) / 10 };
    }
    return out;
  } finally {
    await target.close();
  }
}

/** Runs the knowledge bench on SQLite and (when installed) MariaDB; returns the figures by database. */
export async function benchKnowledge(
  require,
  root,
  { only = null, cases = 10000, articles = 2000, samples = 200 } = {},
) {
  const o = { cases, articles, samples };
  const result = {};
  if (only !== 'mariadb') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gig-bench-knowledge-'));
    try {
      result.sqlite = await oneDatabase(require, root, 'SQLite', `sqlite:${path.join(dir, 'k.sqlite')}`, o);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const mariadbd = only === 'sqlite' ? null : findMariadbd();
  if (mariadbd)
    await withMariaDb(mariadbd, async (server) => {
      const mysql = require('mysql2/promise');
      const conn = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
      await conn.query('CREATE DATABASE kb CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await conn.end();
      result.mariadb = await oneDatabase(require, root, 'MariaDB', `${server}/kb`, o);
    });
  return result;
}

// The cluster suite's HTTP client, as a phone or a staff browser behaves: every attempt is
// recorded with the phase it was sent in and whether the answer came from an API process (the
// balancer names it in X-Api-Server) or from the balancer itself; an operation is retried on a
// 5xx, a lost connection or a 429, honouring Retry-After, with the same Idempotency-Key, until it
// is answered or its time is up.
/* global fetch, AbortSignal, console */
import { setTimeout as sleep } from 'node:timers/promises';

/** What happened, by phase: every attempt, every operation and its final answer. */
export class Recorder {
  constructor() {
    this.phase = 'setup';
    this.phases = [];
    this.attempts = [];
    this.ops = [];
  }

  setPhase(name) {
    this.phase = name;
    this.phases.push({ name, at: Date.now() });
    console.log(`    [${new Date().toISOString().slice(11, 19)}] phase: ${name}`);
  }
}

export function makeClient(base, rec) {
  /** One attempt. Never throws: a lost connection is status 0. */
  async function once(method, url, { token, body, headers = {}, ip } = {}) {
    const phase = rec.phase;
    const at = Date.now();
    let status = 0;
    let json = null;
    let server = null;
    let retryAfter = null;
    let error = null;
    try {
      const res = await fetch(base + url, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(ip ? { 'x-forwarded-for': ip } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      server = res.headers.get('x-api-server');
      retryAfter = res.headers.get('retry-after');
      const text = await res.text();
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
    } catch (err) {
      error = String(err?.cause?.code ?? err?.name ?? err);
    }
    const a = { method, url: url.replace(/[0-9a-f-]{36}/g, ':id'), phase, endPhase: rec.phase, at, status, server };
    if (retryAfter) a.retryAfter = retryAfter;
    a.ms = Date.now() - at;
    if (error) a.error = error;
    if (status >= 500)
      a.code =
        json?.code ??
        String(json)
          .replace(/<[^>]+>/g, ' ')
          .trim()
          .slice(0, 60);
    rec.attempts.push(a);
    return { status, body: json, server, retryAfter, error };
  }

  /**
   * An operation: attempts until an answer that is not a 5xx, a lost connection or a 429, or
   * until `budgetMs`. `done(res)` may end it early (e.g. the code already arrived by SMS).
   */
  async function op(kind, method, url, opts = {}, { budgetMs = 60_000, done } = {}) {
    const start = Date.now();
    let tries = 0;
    let res;
    for (;;) {
      tries++;
      res = await once(method, url, opts);
      const retryable = res.status === 0 || res.status >= 500 || res.status === 429;
      if (!retryable || (done && done(res)) || Date.now() - start > budgetMs) break;
      const after = Number(res.retryAfter);
      const wait = Number.isFinite(after) && after > 0 ? Math.min(after, 5) * 1000 : Math.min(3000, 200 * 2 ** tries);
      await sleep(wait * (0.75 + Math.random() / 2));
    }
    rec.ops.push({ kind, status: res.status, tries, phase: rec.phase, ms: Date.now() - start, code: res.body?.code });
    return res;
  }

  return { once, op };
}

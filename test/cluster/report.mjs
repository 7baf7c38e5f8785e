// The suite's judgement of the HTTP traffic and its printed summary.
/* global console */

/** Phases in which something was down on purpose. */
const DB_DOWN = new Set(['db-node-down', 'db-node-rejoining']);
const API_DOWN = 'api-down';

/**
 * The 5xx rule: none, except (a) what the balancer answered for requests in flight to the API
 * process while it was killed, and (b) 503 with Retry-After from an API process while a database
 * node was down — both only when the client's retry then got its answer.
 */
export function judgeTraffic(rec) {
  const bad = [];
  const byPhase = {};
  for (const a of rec.attempts) {
    const p = (byPhase[a.phase] ??= { requests: 0, api503: 0, balancer5xx: 0, other5xx: 0, lost: 0 });
    p.requests++;
    const during = (set) => set.has(a.phase) || set.has(a.endPhase);
    if (a.status === 0) {
      p.lost++;
      if (!during(new Set([API_DOWN]))) bad.push(`${a.method} ${a.url}: connection lost (${a.error}) in ${a.phase}`);
    } else if (a.status >= 500 && !a.server) {
      p.balancer5xx++;
      if (!during(new Set([API_DOWN])))
        bad.push(`${a.method} ${a.url}: the balancer answered ${a.status} in ${a.phase}`);
    } else if (a.status === 503) {
      p.api503++;
      if (!during(DB_DOWN)) bad.push(`${a.method} ${a.url}: ${a.server} answered 503 ${a.code} in ${a.phase}`);
      else if (!a.retryAfter) bad.push(`${a.method} ${a.url}: ${a.server} answered 503 without Retry-After`);
    } else if (a.status >= 500) {
      p.other5xx++;
      bad.push(`${a.method} ${a.url}: ${a.server} answered ${a.status} ${a.code} in ${a.phase}`);
    }
  }
  for (const o of rec.ops)
    if (o.status === 0 || o.status >= 500)
      bad.push(`a ${o.kind} was never answered: ${o.status} after ${o.tries} tries (${o.phase})`);
  return { bad, byPhase };
}

const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

export function printSummary({ rec, load, traffic, timeline, checks, elapsedMs }) {
  const retries = rec.ops.reduce((s, o) => s + o.tries - 1, 0);
  const statuses = {};
  for (const a of rec.attempts) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const servers = {};
  for (const a of rec.attempts) if (a.server) servers[a.server] = (servers[a.server] ?? 0) + 1;
  console.log('\n==> Cluster suite summary');
  console.log(`    requests                ${rec.attempts.length} (${rec.ops.length} operations, ${retries} retries)`);
  console.log(`    answers by status       ${JSON.stringify(statuses)}`);
  console.log(`    answered by             ${JSON.stringify(servers)}`);
  console.log(
    `    acknowledged claims     ${load.claims.length} (${load.claims.filter((c) => c.replayed).length} answered as a replay of a retry)`,
  );
  console.log(`    staff actions           ${load.actions.length} acknowledged, ${load.lostRaces} lost a race (409)`);
  console.log(`    5xx by phase            phase               requests  api-503  balancer-5xx  other-5xx  lost`);
  for (const [phase, p] of Object.entries(traffic.byPhase))
    console.log(
      `                            ${pad(phase, 20)}${padl(p.requests, 8)}${padl(p.api503, 9)}${padl(p.balancer5xx, 14)}${padl(p.other5xx, 11)}${padl(p.lost, 6)}`,
    );
  for (const [k, v] of Object.entries(timeline)) console.log(`    ${pad(k, 24)}${v}`);
  console.log('\n==> Checks');
  for (const c of checks) {
    console.log(`    ${c.bad.length ? 'FAILED' : 'ok    '} ${c.name}${c.note ? ` (${c.note})` : ''}`);
    for (const b of c.bad.slice(0, 8)) console.log(`             - ${b}`);
    if (c.bad.length > 8) console.log(`             … and ${c.bad.length - 8} more`);
  }
  console.log(`\n    whole suite: ${(elapsedMs / 1000).toFixed(0)} s`);
}

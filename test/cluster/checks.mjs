// What must hold after the load, read from the database once the cluster is whole again and from
// the fake SMS gateway: each check returns the list of what violated it (empty: it held).
import { URL } from 'node:url';
import mysql from 'mysql2/promise';

export async function connect(url) {
  const u = new URL(url);
  return mysql.createConnection({
    host: u.hostname,
    port: Number(u.port),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    timezone: 'Z',
  });
}

const list = (xs, max = 5) => (xs.length > max ? `${xs.slice(0, max).join(', ')} … (${xs.length})` : xs.join(', '));

/** Every acknowledged claim exists exactly once, as the case it was answered with. */
export async function claimsOnce(db, claims) {
  const bad = [];
  const [rows] = await db.query('SELECT id, number, idempotencyKey FROM cases');
  const byKey = new Map();
  for (const r of rows) byKey.set(r.idempotencyKey, [...(byKey.get(r.idempotencyKey) ?? []), r]);
  for (const c of claims) {
    const found = byKey.get(c.key) ?? [];
    if (found.length !== 1) bad.push(`claim ${c.number} (key ${c.key.slice(0, 8)}) exists ${found.length} times`);
    else if (found[0].id !== c.id || found[0].number !== c.number)
      bad.push(`claim ${c.number} was answered as ${c.id} but stored as ${found[0].id} ${found[0].number}`);
  }
  const acked = new Set(claims.map((c) => c.key));
  return { bad, total: rows.length, unacknowledged: rows.filter((r) => !acked.has(r.idempotencyKey)).length };
}

/** Case numbers: unique, and per year 1..n with no gap, the counter at n. */
export async function numbersGapFree(db) {
  const bad = [];
  const [rows] = await db.query('SELECT number FROM cases');
  const [counters] = await db.query('SELECT year, last FROM case_counters');
  const years = new Map();
  for (const { number } of rows) {
    const m = /^LD(\d{4})-(\d{6})$/.exec(number);
    if (!m) bad.push(`malformed number ${number}`);
    else years.set(Number(m[1]), [...(years.get(Number(m[1])) ?? []), Number(m[2])]);
  }
  for (const [year, seqs] of years) {
    const sorted = [...seqs].sort((a, b) => a - b);
    const dupes = sorted.filter((s, i) => i > 0 && s === sorted[i - 1]);
    if (dupes.length) bad.push(`${year}: numbers used twice: ${list(dupes)}`);
    const missing = [];
    for (let s = 1, j = 0; s <= sorted[sorted.length - 1]; s++) {
      while (j < sorted.length && sorted[j] < s) j++;
      if (sorted[j] !== s) missing.push(s);
    }
    if (missing.length) bad.push(`${year}: gaps at ${list(missing)}`);
    const counter = counters.find((c) => Number(c.year) === year);
    if (!counter || Number(counter.last) !== sorted[sorted.length - 1])
      bad.push(`${year}: counter at ${counter?.last} but the highest number is ${sorted[sorted.length - 1]}`);
  }
  return { bad, years: Object.fromEntries([...years].map(([y, s]) => [y, s.length])) };
}

/**
 * Each acknowledged staff action happened once (its Idempotency-Key has one request row and the
 * case one event for it), and each event that notifies has exactly one notification.
 */
export async function actionsOnce(db, actions) {
  const bad = [];
  const [reqs] = await db.query('SELECT idempotencyKey, caseId, action FROM case_action_requests');
  const byKey = new Map();
  for (const r of reqs) byKey.set(r.idempotencyKey, [...(byKey.get(r.idempotencyKey) ?? []), r]);
  for (const a of actions) {
    const found = byKey.get(a.key) ?? [];
    if (found.length !== 1 || found[0].caseId !== a.caseId || found[0].action !== a.action)
      bad.push(`${a.action} on ${a.caseId.slice(0, 8)} (acknowledged) recorded ${found.length} times`);
  }
  const [events] = await db.query(
    "SELECT caseId, action, COUNT(*) AS n FROM case_events WHERE action IN ('accept','start_mediation') GROUP BY caseId, action HAVING n > 1",
  );
  for (const e of events) bad.push(`${e.action} recorded ${e.n} times on case ${e.caseId.slice(0, 8)}`);
  const [pairs] = await db.query(`
    SELECT e.caseId, e.action, e.n AS events, COALESCE(n.n, 0) AS notes FROM
      (SELECT caseId, action, COUNT(*) AS n FROM case_events WHERE action IN ('accept','schedule_session') GROUP BY caseId, action) e
      LEFT JOIN (SELECT caseId, kind, COUNT(*) AS n FROM notifications GROUP BY caseId, kind) n
      ON n.caseId = e.caseId AND n.kind = IF(e.action = 'accept', 'case_accepted', 'session_scheduled')
    WHERE e.n <> COALESCE(n.n, 0)`);
  for (const p of pairs)
    bad.push(`case ${p.caseId.slice(0, 8)}: ${p.events} ${p.action} events, ${p.notes} notifications`);
  return { bad };
}

/** Each notification texted exactly once (the gateway counts posts by notification id), none unknown. */
export async function notificationsOnce(db, gateway) {
  const bad = [];
  const [rows] = await db.query(
    "SELECT n.id, n.kind, d.status FROM notifications n JOIN notification_deliveries d ON d.notificationId = n.id AND d.channel = 'sms'",
  );
  const known = new Set(rows.map((r) => r.id));
  let twice = 0;
  for (const r of rows) {
    const posted = gateway.notices.get(r.id)?.count ?? 0;
    if (r.status !== 'sent') bad.push(`notification ${r.id.slice(0, 8)} (${r.kind}) is ${r.status}`);
    if (posted !== 1) bad.push(`notification ${r.id.slice(0, 8)} (${r.kind}) texted ${posted} times`);
    if (posted > 1) twice++;
  }
  for (const id of gateway.notices.keys()) if (!known.has(id)) bad.push(`the gateway got an unknown notice ${id}`);
  return { bad, total: rows.length, twice };
}

/** Each case whose deadline was made near got one reminder (per threshold), texted once. */
export async function remindersOnce(db, gateway, caseIds) {
  const bad = [];
  const [rows] = await db.query("SELECT id, caseId, dedupeKey FROM notifications WHERE kind = 'deadline_near'");
  for (const id of caseIds) {
    const mine = rows.filter((r) => r.caseId === id);
    if (mine.length !== 1) bad.push(`case ${id.slice(0, 8)} got ${mine.length} deadline reminders`);
    for (const r of mine)
      if ((gateway.notices.get(r.id)?.count ?? 0) !== 1)
        bad.push(`reminder ${r.dedupeKey} texted ${gateway.notices.get(r.id)?.count ?? 0} times`);
  }
  return { bad, total: rows.length };
}

/** Whether the outbox is drained: nothing pending, and each near deadline's reminder written. */
export async function drained(db, caseIds) {
  const [[p]] = await db.query("SELECT COUNT(*) AS n FROM notification_deliveries WHERE status = 'pending'");
  const [[r]] = caseIds.length
    ? await db.query(
        "SELECT COUNT(DISTINCT caseId) AS n FROM notifications WHERE kind = 'deadline_near' AND caseId IN (?)",
        [caseIds],
      )
    : [[{ n: 0 }]];
  return { pending: Number(p.n), reminded: Number(r.n) };
}

/** A case's row from the driver as the server's open-count rules take it (flags as booleans). */
const counted = (c) => ({ ...c, urgent: Number(c.urgent) === 1, legalAid: Number(c.legalAid) === 1 });

/**
 * Makes the limitation period of these cases end in 6 days, as if they had been filed a year ago.
 * A write straight into the cases, so it moves the case's workbench counts (case_open_counts) itself,
 * in the same transaction and by the server's own rule (`openCounts`: its services/cases/open-counts
 * module), as the server does with every event.
 */
export async function ageCases(db, caseIds, { from, due, openCounts }) {
  for (const id of caseIds) {
    for (let attempt = 1; ; attempt++) {
      try {
        await db.beginTransaction();
        const [[c]] = await db.query(
          'SELECT deadlines, stationId, status, urgent, legalAid, nextDue FROM cases WHERE id = ? FOR UPDATE',
          [id],
        );
        // An urgent case also has kept rows per consultant (case_consultant_reach), not moved here.
        if (Number(c.urgent) === 1)
          throw new Error(`ageCases: case ${id} is urgent; its consultants' rows would go stale`);
        const deadlines = (typeof c.deadlines === 'string' ? JSON.parse(c.deadlines) : c.deadlines).map((d) =>
          d.kind === 'limitation' ? { ...d, from, due } : d,
        );
        if (!deadlines.some((d) => d.kind === 'limitation')) deadlines.push({ kind: 'limitation', from, due });
        const nextDue = c.nextDue && c.nextDue < due ? c.nextDue : due;
        await db.query('UPDATE cases SET deadlines = ?, nextDue = ? WHERE id = ?', [
          JSON.stringify(deadlines),
          nextDue,
          id,
        ]);
        for (const { key, n } of openCounts.openCountMoves(counted(c), counted({ ...c, nextDue })))
          await db.query(
            'INSERT INTO case_open_counts (stationId, status, urgent, legalAid, dueOn, n) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + VALUES(n)',
            [...key, n],
          );
        await db.commit();
        break;
      } catch (err) {
        await db.rollback().catch(() => {});
        if (err.code !== 'ER_LOCK_DEADLOCK' || attempt > 5) throw err;
      }
    }
  }
}

/**
 * The workbench's kept counts (case_open_counts, moved in every filing's and event's transaction,
 * on whichever node) are what a count of the open cases gives, spread over their rows by the
 * server's rule (`openCounts.openCountRows`): no delta lost or applied twice.
 */
export async function openCountsExact(db, openStatuses, openCounts) {
  // A check that counts nothing would pass on nothing: an empty list means the import broke.
  if (!Array.isArray(openStatuses) || openStatuses.length === 0 || typeof openCounts?.openCountRows !== 'function')
    throw new Error('openCountsExact: no open statuses or open-count rules given');
  const [kept] = await db.query('SELECT stationId, status, urgent, legalAid, dueOn, n FROM case_open_counts');
  const [groups] = await db.query(
    `SELECT stationId, status, urgent, legalAid, nextDue, COUNT(*) AS n
     FROM cases WHERE status IN (?) GROUP BY 1, 2, 3, 4, 5`,
    [openStatuses],
  );
  const id = (key) => key.map(String).join(' ');
  const a = new Map(
    kept
      .filter((r) => Number(r.n) !== 0)
      .map((r) => [id([r.stationId, r.status, Number(r.urgent), Number(r.legalAid), r.dueOn]), Number(r.n)]),
  );
  const b = new Map(
    openCounts.openCountRows(groups.map((g) => ({ ...counted(g), n: Number(g.n) }))).map((r) => [id(r.key), r.n]),
  );
  const bad = [...new Set([...a.keys(), ...b.keys()])]
    .filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0))
    .map((k) => `${k}: kept ${a.get(k) ?? 0}, counted ${b.get(k) ?? 0}`);
  return { bad, open: groups.reduce((s, g) => s + Number(g.n), 0) };
}

// The statistics' roll-ups (case_stats_daily, case_stats_days) for the scale bench's bulk cases,
// which have no event trail: each case's history is made up from its status and age (accepted a
// few days after filing, mediation ending some days later in an agreement or a failure, payment
// and closing after that, never later than today) and counted as the server counts the events
// (server/src/services/stats/rollup.ts), then written with multi-row INSERTs. It replaces any
// roll-up rows the demo seed's own cases left, so every case is counted once.
const DAY = 86400_000;
/** The roll-up's counters in the server's column order (set by buildStats). */
let COUNTERS = [];
const ACCEPTED = new Set([
  'accepted',
  'dispatched',
  'mediating',
  'agreement',
  'mediation_failed',
  'defaulted',
  'performed',
  'confirmed',
  'awarded',
  'arbitration_accepted',
  'hearing_scheduled',
  'transferred_to_arbitration',
  'closed',
]);
const AGREED = new Set(['agreement', 'defaulted', 'performed', 'confirmed']);
const FAILED = new Set([
  'mediation_failed',
  'awarded',
  'arbitration_accepted',
  'hearing_scheduled',
  'transferred_to_arbitration',
]);
const ARBITRATION = new Set(['awarded', 'arbitration_accepted', 'hearing_scheduled', 'transferred_to_arbitration']);

const chinaDay = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 10);
/** The month row of a day (the server's `monthRowOf`, set by buildStats). */
let monthRowOf = null;
/** The rows a moment is counted in: its China day's and its month's. */
const rowDays = (ms) => {
  const d = chinaDay(ms);
  return [d, monthRowOf(d)];
};
const toMs = (t) => (t instanceof Date ? t.getTime() : Date.parse(`${String(t).replace(' ', 'T').slice(0, 23)}Z`));

/** Counts one case's made-up history into the maps. */
function countCase(c, k, now, day, durations) {
  const filedMs = toMs(c.receivedAt);
  const types = ['', ...new Set(String(c.claimTypes).split(' ').filter(Boolean))];
  const at = (offsetDays) => Math.min(now, filedMs + offsetDays * DAY);
  // Each in its day's row and in its month's.
  const add = (ms, counter, v) => {
    for (const t of types)
      for (const d of rowDays(ms)) {
        const key = `${t}\u0001${d}\u0001${c.stationId ?? ''}\u0001${c.industry}`;
        let row = day.get(key);
        if (!row) day.set(key, (row = new Array(COUNTERS.length).fill(0)));
        row[COUNTERS.indexOf(counter)] += v;
      }
  };
  const took = (ms, kind, days) => {
    for (const t of types)
      for (const d of rowDays(ms)) {
        const key = `${t}\u0001${d}\u0001${c.stationId ?? ''}\u0001${c.industry}\u0001${kind}\u0001${days}`;
        durations.set(key, (durations.get(key) ?? 0) + 1);
      }
  };
  const total = Number(c.totalFen);
  add(filedMs, 'filed', 1);
  add(filedMs, 'openDelta', 1);
  add(filedMs, 'claimedFen', total);
  if (Number(c.legalAid)) add(filedMs, 'legalAid', 1);
  const s = c.status;
  if (s === 'rejected') return (add(at(1), 'rejected', 1), add(at(1), 'openDelta', -1));
  if (s === 'withdrawn') return (add(at(2), 'withdrawn', 1), add(at(2), 'openDelta', -1));
  if (!ACCEPTED.has(s)) return;
  const a = k % 4;
  const acceptedMs = at(a);
  add(acceptedMs, 'accepted', 1);
  took(acceptedMs, 'acceptance', Math.round((acceptedMs - filedMs) / DAY));
  if (Number(c.urgent)) add(acceptedMs, 'urgent', 1);
  if (s === 'accepted' || s === 'dispatched' || s === 'mediating') return;
  const endMs = at(a + 3 + (k % 25));
  const agreed = AGREED.has(s) || (s === 'closed' && k % 5 !== 0);
  const resolution = Math.round((endMs - filedMs) / DAY);
  if (agreed) {
    const fen = Math.round(total * 0.8);
    add(endMs, 'agreements', 1);
    add(endMs, 'agreedFen', fen);
    if (s === 'performed' || s === 'closed') add(at(a + 13 + (k % 25)), 'paidFen', fen);
  } else {
    if (!FAILED.has(s) && s !== 'closed') return;
    add(endMs, 'failures', 1);
    if (ARBITRATION.has(s)) add(at(a + 4 + (k % 25)), 'transferred', 1);
  }
  took(endMs, 'resolution', resolution);
  if (s === 'closed') add(at(a + 18 + (k % 25)), 'openDelta', -1);
}

/** Fills the roll-ups of every case in the database (`db` from openBulk). */
/**
 * `rollup`, `periods`: the server's roll-up modules (server/dist/services/stats/rollup.js and
 * periods.js), for the column order and the month rows' key.
 */
export async function buildStats(db, rollup, periods) {
  COUNTERS = [...rollup.COUNTERS];
  monthRowOf = periods.monthRowOf;
  const now = Date.now();
  const day = new Map();
  const durations = new Map();
  let after = '';
  let k = 0;
  for (;;) {
    const rows = await db.all(
      'SELECT number, stationId, industry, claimTypes, totalFen, legalAid, urgent, status, receivedAt FROM cases WHERE number > ? ORDER BY number LIMIT 20000',
      [after],
    );
    if (!rows.length) break;
    after = rows[rows.length - 1].number;
    for (const c of rows) countCase(c, k++, now, day, durations);
  }
  await db.begin();
  await db.run('DELETE FROM case_stats_daily');
  await db.run('DELETE FROM case_stats_days');
  const put = async (table, cols, entries) => {
    for (let i = 0; i < entries.length; i += db.batch) await db.insert(table, cols, entries.slice(i, i + db.batch));
  };
  const dayCols = ['claimType', 'day', 'stationId', 'industry', ...COUNTERS];
  await put(
    'case_stats_daily',
    dayCols,
    [...day].map(([key, v]) => rowOf(dayCols, [...key.split('\u0001'), ...v])),
  );
  const durCols = ['claimType', 'day', 'stationId', 'industry', 'kind', 'days', 'n'];
  await put(
    'case_stats_days',
    durCols,
    [...durations].map(([key, n]) => rowOf(durCols, [...key.split('\u0001'), n])),
  );
  await db.commit();
  return { dayRows: day.size, durationRows: durations.size };
}

const rowOf = (cols, values) =>
  Object.fromEntries(cols.map((c, i) => [c, c === 'days' ? Number(values[i]) : values[i]]));

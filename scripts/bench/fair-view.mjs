// The fair baselines answer what the API answers. Rows read with plain SQL are hydrated by hand
// (JSON text parsed, 0/1 made booleans, timestamps made dates, the stations from a copy kept for
// the same life as the application's station directory) and handed to the application's own view
// builder (`CaseViews.build`: the actions table, the deadline bases, the masks), so both sides
// build, serialize and compress the same answer and the ratio measures data access and the
// framework, not the size of the answer. `sameAnswer` checks that before the bench measures.
import { isDeepStrictEqual } from 'node:util';

/** Per table: the columns whose stored form differs from the entity's (everything else is as read). */
const SHAPES = {
  cases: {
    json: ['claim', 'deadlines', 'agreement', 'arbitration', 'proposal', 'consultants', 'confirmation', 'paymentOrder'],
    bool: ['labourDispute', 'scannedStationSkipped', 'legalAid', 'urgent', 'notesShared'],
    date: ['receivedAt', 'createdAt', 'updatedAt', 'purgedAt'],
    num: ['totalFen', 'version'],
  },
  case_events: { json: ['data'], bool: [], date: ['createdAt'], num: ['seq'] },
  evidence_files: { json: [], bool: ['sensitive'], date: ['createdAt', 'consentAt'], num: ['size'] },
  stations: {
    json: ['industries', 'mediationTypes'],
    bool: ['active'],
    date: ['createdAt', 'updatedAt'],
    num: ['lat', 'lng'],
  },
};

/** SQLite keeps UTC text without a zone ("2026-12-02 13:51:59.780"); MariaDB's driver gives dates. */
const toDate = (v) => {
  if (v instanceof Date) return v;
  const s = String(v).replace(' ', 'T');
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
};

/** One row in the entity's shape, as TypeORM would hydrate it. */
export function hydrate(table, row) {
  if (!row) return row;
  const shape = SHAPES[table];
  const out = { ...row };
  for (const c of shape.json) if (typeof out[c] === 'string') out[c] = JSON.parse(out[c]);
  for (const c of shape.bool) if (out[c] !== null && out[c] !== undefined) out[c] = Boolean(out[c]);
  for (const c of shape.date) if (out[c] !== null && out[c] !== undefined) out[c] = toDate(out[c]);
  for (const c of shape.num) if (out[c] !== null && out[c] !== undefined) out[c] = Number(out[c]);
  return out;
}

/** Every station with its parent, read once per `ttlSeconds` (as the application's directory). */
export function stationCopy(db, ttlSeconds) {
  let copy = null;
  return async (id) => {
    if (!id) return null;
    if (!copy || copy.until <= Date.now()) {
      const list = (await db.all('SELECT * FROM stations')).map((s) => hydrate('stations', s));
      const byId = new Map(list.map((s) => [s.id, s]));
      for (const s of list) s.parent = s.parentId ? (byId.get(s.parentId) ?? null) : null;
      copy = { until: Date.now() + ttlSeconds * 1000, byId };
    }
    return copy.byId.get(id) ?? null;
  };
}

/** Fails the bench when the fair route and the API do not answer the same (ids and times aside for filings). */
export async function sameAnswer(what, apiRes, fairRes, { ignore = [] } = {}) {
  const read = async (res) => {
    if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const [api, fair] = [await read(apiRes), await read(fairRes)];
  const strip = (v) => JSON.parse(JSON.stringify(v), (k, x) => (ignore.includes(k) ? '(ignored)' : x));
  const [a, f] = [strip(api), strip(fair)];
  if (isDeepStrictEqual(a, f)) return;
  const keys = new Set([...Object.keys(a.case ?? a), ...Object.keys(f.case ?? f)]);
  const differ = [...keys].filter((k) => !isDeepStrictEqual((a.case ?? a)[k], (f.case ?? f)[k]));
  throw new Error(`${what}: the fair baseline's answer is not the API's (differs in ${differ.join(', ') || 'shape'})`);
}

// Bulk rows for `npm run bench -- --scale` (scripts/bench/scale.mjs): N cases shaped like the ones
// the API writes (real station ids from the demo seed, statuses by age, deadlines and next_due,
// respondents with their folded keys, urgent and legal-aid flags, workers), inserted with
// multi-row prepared INSERTs in big transactions (SQLite with journal_mode=OFF, synchronous=OFF
// during the build). Case events are not written: no measured view reads them.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { rng } from './rng.mjs';

const DAY = 86400_000;
const SPAN_DAYS = 5 * 365;

const TRADES = ['顺丰', '中通', '圆通', '韵达', '申通', '美团', '饿了么', '滴滴', '曹操', '货拉拉', '58到家', '达达'];
const PLACES = ['鹿城', '龙湾', '瓯海', '洞头', '瑞安', '乐清', '永嘉', '平阳', '苍南', '文成'];
const KINDS = ['快递服务', '配送服务', '网络科技', '物流', '劳务派遣', '家政服务', '汽车租赁', '供应链管理'];

/** 480 respondents: "温州<trade><kind>有限公司", some with a district in full-width brackets (keys: shared's). */
export function respondents({ respondentKey, respondentNameKey }) {
  const out = [];
  for (const t of TRADES)
    for (const k of KINDS)
      for (const p of PLACES.slice(0, 5)) {
        const name = out.length % 3 === 0 ? `温州${t}${k}（${p}）有限公司` : `温州${p}${t}${k}有限公司`;
        const code = `91330300${createHash('sha1').update(name).digest('hex').slice(0, 10).toUpperCase()}`;
        out.push({ name, key: respondentKey(name), group: respondentNameKey(name), code });
      }
  return out;
}

const OPEN_FLOW = ['submitted', 'accepted', 'dispatched', 'mediating', 'agreement', 'mediation_failed', 'defaulted'];
const LATER = ['performed', 'confirmed', 'awarded', 'arbitration_accepted', 'hearing_scheduled'];
const RUNNING = new Set([
  ...OPEN_FLOW.filter((s) => s !== 'mediation_failed'),
  'arbitration_accepted',
  'hearing_scheduled',
]);
const RESPONDENT_STAGES = new Set(['accepted', 'dispatched', 'mediating', 'agreement', 'defaulted']);

const chinaDay = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 10);
const sqlTime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '').padEnd(26, '0');

/** The world the rows point at: stations, staff and the respondents, read from the seeded database. */
export function worldFrom(stations, staff, keys) {
  const byCode = new Map(stations.map((s) => [s.code, s]));
  const outletsOf = (id) => stations.filter((s) => s.parentId === id && s.kind === 'outlet').map((s) => s.id);
  // Where claims are handled, by share: the industry associations first, then the government centres.
  const handling = [
    ['WZ-COURIER', 'courier', 30],
    ['WZ-DELIVERY', 'food_delivery', 30],
    ['WZ-RIDE', 'ride_hailing', 10],
    ['WZ-DOMESTIC', 'domestic_service', 6],
    ['WZ-EAST', 'trucking', 8],
    ['WZ-WEST', 'other', 8],
    ['WZ-LC-WUMA', 'other', 4],
    ['WZ-CENTRE', 'other', 4],
  ].map(([code, industry, w]) => {
    const s = byCode.get(code);
    if (!s) throw new Error(`the demo seed has no station ${code}`);
    return { id: s.id, industry, w, outlets: outletsOf(s.id), gov: s.kind === 'government' };
  });
  const user = (u) => staff.find((x) => x.username === u)?.id ?? null;
  return {
    handling,
    total: handling.reduce((a, h) => a + h.w, 0),
    lawyerId: user('lawyer'),
    consultants: [user('arbitrator'), user('courier.mediator')].filter(Boolean),
    respondents: respondents(keys),
  };
}

/** Row i of n (in filing order: case numbers and receivedAt rise together). */
function makeCase(i, n, ctx) {
  const { world, rand, now, seal, seq } = ctx;
  const at = now - SPAN_DAYS * DAY + Math.floor(((i + 0.5) / n) * SPAN_DAYS * DAY);
  const year = new Date(at + 8 * 3600e3).getUTCFullYear();
  seq.set(year, (seq.get(year) ?? 0) + 1);
  const age = (now - at) / DAY;
  let pick = rand() * world.total;
  const h = world.handling.find((x) => (pick -= x.w) < 0) ?? world.handling[0];
  let status;
  const r = rand();
  if (age > 180)
    status = r < 0.86 ? 'closed' : r < 0.93 ? 'withdrawn' : r < 0.97 ? 'rejected' : LATER[i % LATER.length];
  else if (age < 3) status = r < 0.7 ? 'submitted' : 'accepted';
  else status = r < 0.3 ? 'closed' : r < 0.36 ? 'withdrawn' : OPEN_FLOW[1 + Math.floor(rand() * 6)];
  if (status === 'dispatched' && h.outlets.length === 0) status = 'mediating';
  const resp = world.respondents[Math.floor(rand() * rand() * world.respondents.length)];
  const received = chinaDay(at);
  const windowDays = [15, 30, 45][i % 3];
  const due = new Date(Date.parse(`${received}T00:00:00Z`) + windowDays * DAY).toISOString().slice(0, 10);
  const running = RUNNING.has(status);
  const outletId = status === 'dispatched' ? h.outlets[i % h.outlets.length] : null;
  const respondentOutletId =
    RESPONDENT_STAGES.has(status) && h.outlets.length && rand() < 0.2 ? h.outlets[i % h.outlets.length] : null;
  const legalAid = rand() < 0.08;
  const open = !['closed', 'withdrawn', 'rejected'].includes(status);
  const urgent = open && rand() < 0.02;
  const amount = 100_00 + Math.floor(rand() * 3_000_000);
  const types = i % 4 === 0 ? ['unpaid_wages', 'overtime'] : ['unpaid_wages'];
  const claim = {
    respondent: {
      name: resp.name,
      creditCode: i % 2 ? resp.code : null,
      outletName: null,
      outletAddress: null,
      contactName: null,
      contactPhone: null,
      partnerName: null,
      partnerCreditCode: null,
    },
    items: types.map((type, k) => ({
      type,
      amountFen: k ? 50000 : amount,
      amountYuan: String((k ? 50000 : amount) / 100),
      periodFrom: null,
      periodTo: null,
      note: null,
    })),
    incidentDate: received,
    knownOn: received,
    employmentOngoing: false,
    employmentEndedOn: received,
    description: '拖欠工资，多次催要未果。',
    scannedStationCode: null,
    preferredChannel: null,
  };
  const time = sqlTime(at);
  return {
    id: randomUUID(),
    number: `LD${year}-${String(seq.get(year)).padStart(6, '0')}`,
    status,
    stationId: h.id,
    outletId,
    routeReason: h.gov ? 'government_station' : 'industry_association',
    mediationType: null,
    labourDispute: 1,
    scannedStationSkipped: 0,
    workerId: ctx.workers[Math.floor(rand() * ctx.workers.length)],
    idempotencyKey: randomUUID(),
    requestHash: createHash('sha256').update(String(i)).digest('hex'),
    industry: h.industry,
    workMode: 'platform_app',
    areaCode: '330302',
    respondentName: resp.name,
    claimantNameEnc: seal.name,
    idNumberEnc: seal.idNumber,
    idNumberHash: createHash('sha256')
      .update(`id${i % 50000}`)
      .digest('hex'),
    phoneEnc: seal.phone,
    claim: JSON.stringify(claim),
    totalFen: amount + (types.length > 1 ? 50000 : 0),
    legalAid: legalAid ? 1 : 0,
    urgent: urgent ? 1 : 0,
    lawyerId: legalAid && open && i % 2 ? world.lawyerId : null,
    notesShared: 0,
    deadlines: JSON.stringify([{ kind: 'mediation_window', from: received, due }]),
    agreement: null,
    respondentOutletId,
    proposal: null,
    consultants: urgent ? JSON.stringify([world.consultants[i % world.consultants.length]]) : null,
    confirmation: null,
    paymentOrder: null,
    arbitration: null,
    nextDue: running ? due : null,
    claimTypes: ` ${types.join(' ')} `,
    receivedAt: time,
    version: 1,
    createdAt: time,
    updatedAt: time,
    respondentKey: resp.key,
    respondentGroup: resp.group,
    respondentCreditCode: i % 2 ? resp.code : null,
    purgedAt: null,
  };
}

/** Plain SQL over either driver: columns of a table, a multi-row insert, a transaction. */
export async function openBulk(require, root, url) {
  if (url.startsWith('sqlite:')) {
    const Database = require('better-sqlite3');
    const db = new Database(path.resolve(root, url.slice('sqlite:'.length)));
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    const stmts = new Map();
    return {
      all: async (sql, p = []) => db.prepare(sql).all(...p),
      run: async (sql, p = []) => db.prepare(sql).run(...p),
      columns: async (t) => db.pragma(`table_info(${t})`).map((c) => c.name),
      insert: async (table, cols, rows) => {
        const key = `${table}:${rows.length}`;
        if (!stmts.has(key)) {
          const one = `(${cols.map(() => '?').join(',')})`;
          const q = cols.map((c) => `"${c}"`).join(',');
          stmts.set(key, db.prepare(`INSERT INTO ${table} (${q}) VALUES ${rows.map(() => one).join(',')}`));
        }
        stmts.get(key).run(...rows.flatMap((r) => cols.map((c) => r[c])));
      },
      begin: async () => db.exec('BEGIN'),
      commit: async () => db.exec('COMMIT'),
      close: async () => {
        db.pragma('journal_mode = WAL');
        db.close();
      },
      batch: 200,
    };
  }
  const mysql = require('mysql2/promise');
  const conn = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), timezone: 'Z' });
  await conn.query('SET unique_checks = 0, foreign_key_checks = 0');
  return {
    all: async (sql, p = []) => (await conn.execute(sql, p))[0],
    run: async (sql, p = []) => (await conn.execute(sql, p))[0],
    columns: async (t) => (await conn.query(`SHOW COLUMNS FROM ${t}`))[0].map((c) => c.Field),
    insert: async (table, cols, rows) => {
      const one = `(${cols.map(() => '?').join(',')})`;
      const q = cols.map((c) => `\`${c}\``).join(',');
      await conn.execute(
        `INSERT INTO ${table} (${q}) VALUES ${rows.map(() => one).join(',')}`,
        rows.flatMap((r) => cols.map((c) => r[c])),
      );
    },
    begin: async () => conn.beginTransaction(),
    commit: async () => conn.commit(),
    close: async () => conn.end(),
    batch: 500,
  };
}

/** Adds n cases (and about n/3 workers) to a migrated, seeded, otherwise empty database. */
export async function buildCases(require, root, url, n, { respondentKey, respondentNameKey, DataProtector }) {
  const db = await openBulk(require, root, url);
  try {
    const stations = await db.all('SELECT id, code, kind, parentId FROM stations');
    const staff = await db.all('SELECT id, username FROM staff_users');
    const world = worldFrom(stations, staff, { respondentKey, respondentNameKey });
    const protector = new DataProtector(Buffer.alloc(32, 7));
    const seal = {
      name: protector.encrypt('压测工人'),
      idNumber: protector.encrypt('11010519491231002X'),
      phone: protector.encrypt('13700000001'),
    };
    const rand = rng(20260101 + n);
    const workers = Array.from({ length: Math.max(1, Math.ceil(n / 3)) }, () => randomUUID());
    const ctx = { world, rand, now: Date.now(), seal, seq: new Map(), workers };
    const caseCols = await db.columns('cases');
    const workerCols = await db.columns('workers');
    const created = sqlTime(ctx.now - SPAN_DAYS * DAY);
    const workerRow = (id, k) => ({
      id,
      openidHash: null,
      phoneHash: createHash('sha256').update(`w${k}`).digest('hex'),
      phoneEnc: seal.phone,
      openidEnc: null,
      displayName: '',
      lastLoginAt: null,
      createdAt: created,
      updatedAt: created,
    });
    const put = async (table, cols, total, make, perTx = 50_000) => {
      await db.begin();
      let rows = [];
      for (let i = 0; i < total; i++) {
        rows.push(make(i));
        if (rows.length === db.batch) {
          await db.insert(table, cols, rows);
          rows = [];
        }
        if ((i + 1) % perTx === 0) {
          await db.commit();
          await db.begin();
        }
      }
      if (rows.length) await db.insert(table, cols, rows);
      await db.commit();
    };
    await put('workers', workerCols, workers.length, (k) => workerRow(workers[k], k));
    await put('cases', caseCols, n, (i) => makeCase(i, n, ctx));
    // As filing would have left them: the year counters (a later filing takes the next number) and
    // a row per distinct respondent key (every bench respondent has one), as the migration backfills.
    await db.begin();
    await db.run('INSERT INTO respondent_keys SELECT respondentKey, MIN(createdAt) FROM cases GROUP BY 1');
    await db.run('DELETE FROM case_counters');
    for (const [year, last] of ctx.seq)
      await db.run('INSERT INTO case_counters (year, last) VALUES (?, ?)', [year, last]);
    await db.commit();
  } finally {
    await db.close();
  }
}

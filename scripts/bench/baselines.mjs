// The baselines scripts/bench.mjs measures the API against, registered on a plain Fastify in the
// process under load (scripts/bench/target.mjs), over the same database file or server:
//  - raw: the SQL floor. Reading is the case row with its stations, its events and its files;
//    filing copies the bench case's rows under a new id (INSERT … SELECT) after the year's counter.
//  - fair: what the API must do, written by hand with plain, prepared SQL: verify the token, check
//    its session, load the worker, check that the case is theirs, decrypt and mask; for filing,
//    validate the body (the route's own schema and validator), check the Idempotency-Key, seal the
//    personal data and insert the case and its first event with bound parameters in one transaction,
//    with what the API must also do in that transaction since the statistics and hardening issues:
//    the worker's daily claim count (under the worker's row lock on MariaDB), the respondent's
//    alias look-up, the statistics roll-up's upsert (two rows: the case, and its claim type) and
//    the workbench's open count.
//    Both fair routes answer what the API answers, built by the application's view builder from
//    the rows they read or wrote (scripts/bench/fair-view.mjs).
//  - lean: the fair read as it was before it answered the API's view (a 1 KB subset of the case:
//    no actions, no deadline bases), kept beside it for comparison.
// Every statement goes through `db`, which counts them (GET /stats on the baseline server).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { hydrate, stationCopy } from './fair-view.mjs';

/** Plain SQL over better-sqlite3 or mysql2 with one shape: get/all/run, tx(fn), a statement count. */
export async function openDb(require, root, databaseUrl) {
  const counter = { n: 0 };
  if (databaseUrl.startsWith('sqlite:')) {
    const Database = require('better-sqlite3');
    const sqlite = new Database(path.resolve(root, databaseUrl.slice('sqlite:'.length)));
    sqlite.pragma('busy_timeout = 5000'); // as the app's connection (WAL is already on the file)
    const prepared = new Map();
    const stmt = (sql) => {
      counter.n += 1;
      if (!prepared.has(sql)) prepared.set(sql, sqlite.prepare(sql));
      return prepared.get(sql);
    };
    const conn = {
      get: async (sql, p = []) => stmt(sql).get(...p),
      all: async (sql, p = []) => stmt(sql).all(...p),
      run: async (sql, p = []) => stmt(sql).run(...p),
    };
    // better-sqlite3 is synchronous, so a transaction is BEGIN IMMEDIATE … COMMIT with no await between.
    let queue = Promise.resolve();
    const tx = (fn) => {
      const next = queue.then(async () => {
        stmt('BEGIN IMMEDIATE').run();
        try {
          const r = await fn(conn);
          stmt('COMMIT').run();
          return r;
        } catch (err) {
          if (sqlite.inTransaction) sqlite.prepare('ROLLBACK').run();
          throw err;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    };
    const columns = (t) =>
      sqlite
        .prepare(`PRAGMA table_info(${t})`)
        .all()
        .map((c) => c.name);
    // TypeORM keeps SQLite datetimes as UTC text with milliseconds.
    const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 23);
    return { ...conn, tx, columns, counter, stamp, bool: (v) => (v ? 1 : 0), sqlite: true };
  }
  const mysql = require('mysql2/promise');
  const pool = mysql.createPool({
    uri: databaseUrl.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 10,
    timezone: 'Z',
  });
  const on = (c) => ({
    get: async (sql, p = []) => ((counter.n += 1), (await c.execute(sql, p))[0][0]),
    all: async (sql, p = []) => ((counter.n += 1), (await c.execute(sql, p))[0]),
    run: async (sql, p = []) => ((counter.n += 1), (await c.execute(sql, p))[0]),
  });
  const tx = async (fn) => {
    const c = await pool.getConnection();
    try {
      counter.n += 1;
      await c.beginTransaction();
      const r = await fn(on(c));
      counter.n += 1;
      await c.commit();
      return r;
    } catch (err) {
      await c.rollback();
      throw err;
    } finally {
      c.release();
    }
  };
  const columns = async (t) => (await pool.query(`SHOW COLUMNS FROM ${t}`))[0].map((c) => c.Field);
  return { ...on(pool), tx, columns, counter, stamp: () => new Date(), bool: (v) => v, sqlite: false };
}

const q = (cols) => cols.map((c) => `\`${c}\``).join(', ');

/** The raw SQL floor for reading and filing (see the top of this file). */
export async function registerRaw(base, db, benchCaseId) {
  const [caseCols, eventCols] = [await db.columns('cases'), await db.columns('case_events')];
  const pick = (cols, over) => cols.map((c) => (c in over ? over[c] : `\`${c}\``)).join(', ');
  const copyCase = `INSERT INTO cases (${q(caseCols)}) SELECT ${pick(caseCols, { id: '?', number: '?', idempotencyKey: '?' })} FROM cases WHERE id = ?`;
  const copyEvent = `INSERT INTO case_events (${q(eventCols)}) SELECT ${pick(eventCols, { id: '?', caseId: '?' })} FROM case_events WHERE caseId = ? AND seq = 1`;
  base.get('/raw/cases/:id', async (req) => ({
    case: await db.get(READ_CASE, [req.params.id]),
    events: await db.all(READ_EVENTS, [req.params.id]),
    files: await db.all(READ_FILES, [req.params.id]),
  }));
  base.post('/raw/cases', async () =>
    db.tx(async (t) => {
      const number = await nextNumber(t);
      const id = randomUUID();
      await t.run(copyCase, [id, number, randomUUID(), benchCaseId]);
      await t.run(copyEvent, [randomUUID(), id, benchCaseId]);
      return { id };
    }),
  );
}

const READ_CASE =
  'SELECT c.*, s.code AS stationCode, s.name AS stationName, s.nameEn AS stationNameEn, s.phone AS stationPhone, s.address AS stationAddress, o.name AS outletName FROM cases c LEFT JOIN stations s ON s.id = c.stationId LEFT JOIN stations o ON o.id = c.outletId WHERE c.id = ?';
const READ_EVENTS = 'SELECT * FROM case_events WHERE caseId = ? ORDER BY seq';
const READ_FILES = 'SELECT * FROM evidence_files WHERE caseId = ? ORDER BY createdAt';
const READ_FILES_IN_ORDER = 'SELECT * FROM evidence_files WHERE caseId = ? ORDER BY createdAt, id';

async function nextNumber(t) {
  const year = new Date(Date.now() + 8 * 3600e3).getUTCFullYear();
  await t.run('UPDATE case_counters SET last = last + 1 WHERE year = ?', [year]);
  const { last } = await t.get('SELECT last FROM case_counters WHERE year = ?', [year]);
  return `LD${year}-R${String(last).padStart(7, '0')}`;
}

/**
 * The fair baselines: the API's work by hand. `app` gives the application's own pieces that are
 * not database work (the token key, the sealing, the body validator), so both sides pay the same.
 */
export async function registerFair(
  base,
  db,
  {
    jwt,
    key,
    protector,
    shared,
    validateBody,
    benchCaseId,
    counters,
    monthRowOf,
    openCounts,
    views,
    stationSeconds,
    nextStep,
  },
) {
  const json = (v) => (typeof v === 'string' ? JSON.parse(v) : v);
  const authenticate = async (req) => {
    const claims = jwt.verify(String(req.headers.authorization).slice(7), key, { algorithms: ['HS256'] });
    const live = await db.get(
      'SELECT 1 AS live FROM refresh_tokens WHERE familyId = ? AND subjectType = ? AND subjectId = ? AND revokedAt IS NULL AND expiresAt > ? LIMIT 1',
      [claims.ses, claims.typ, claims.sub, db.stamp()],
    );
    if (!live || claims.typ !== 'worker') throw Object.assign(new Error('unauthenticated'), { statusCode: 401 });
    const w = await db.get('SELECT id, displayName, phoneEnc FROM workers WHERE id = ?', [claims.sub]);
    if (!w) throw Object.assign(new Error('unauthenticated'), { statusCode: 401 });
    return {
      id: w.id,
      role: 'worker',
      displayName: w.displayName,
      stationId: null,
      phoneMasked: w.phoneEnc ? shared.maskPhone(protector.decrypt(w.phoneEnc)) : null,
    };
  };
  // A worker's relations to a case come from the case row alone (as the application's reach).
  const actorOf = (me) => ({ id: me.id, role: 'worker', stationId: null, stationKind: null });
  const station = stationCopy(db, stationSeconds);
  const withStations = async (c) =>
    Object.assign(c, { station: await station(c.stationId), outlet: await station(c.outletId) });

  base.get('/fair/cases/:id', async (req, reply) => {
    const me = await authenticate(req);
    const c = hydrate('cases', await db.get('SELECT * FROM cases WHERE id = ?', [req.params.id]));
    if (!c || c.workerId !== me.id) return reply.code(404).send({ code: 'NOT_FOUND' });
    const events = (await db.all(READ_EVENTS, [c.id])).map((e) => hydrate('case_events', e));
    const files = (await db.all(READ_FILES_IN_ORDER, [c.id])).map((f) => hydrate('evidence_files', f));
    return views.build(await withStations(c), me, actorOf(me), events, files);
  });

  base.get('/lean/cases/:id', async (req, reply) => {
    const me = await authenticate(req);
    const c = await db.get(READ_CASE, [req.params.id]);
    if (!c || c.workerId !== me.id) return reply.code(404).send({ code: 'NOT_FOUND' });
    const [events, files] = [await db.all(READ_EVENTS, [c.id]), await db.all(READ_FILES, [c.id])];
    const claim = json(c.claim);
    return {
      id: c.id,
      number: c.number,
      status: c.status,
      station: c.stationId
        ? {
            code: c.stationCode,
            name: c.stationName,
            nameEn: c.stationNameEn,
            phone: c.stationPhone,
            address: c.stationAddress,
          }
        : null,
      claimant: {
        name: protector.decrypt(c.claimantNameEnc),
        idNumberMasked: shared.maskIdNumber(protector.decrypt(c.idNumberEnc)),
        phoneMasked: shared.maskPhone(protector.decrypt(c.phoneEnc)),
      },
      respondent: claim.respondent,
      items: claim.items,
      description: claim.description,
      deadlines: json(c.deadlines),
      totalFen: Number(c.totalFen),
      events: events.map((e) => ({
        seq: e.seq,
        action: e.action,
        toStatus: e.toStatus,
        at: new Date(e.createdAt).toISOString(),
      })),
      evidence: files.filter((f) => !f.sensitive).map((f) => ({ id: f.id, category: f.category, sha256: f.sha256 })),
    };
  });

  // The bench case's row is the template of every filed row: a real row's columns and shapes.
  const template = await db.get('SELECT * FROM cases WHERE id = ?', [benchCaseId]);
  const eventTemplate = await db.get('SELECT * FROM case_events WHERE caseId = ? AND seq = 1', [benchCaseId]);
  const caseCols = Object.keys(template);
  const eventCols = Object.keys(eventTemplate);
  const insertCase = `INSERT INTO cases (${q(caseCols)}) VALUES (${caseCols.map(() => '?').join(', ')})`;
  const insertEvent = `INSERT INTO case_events (${q(eventCols)}) VALUES (${eventCols.map(() => '?').join(', ')})`;
  const stamp = db.stamp;
  // The roll-up: one statement adding a day's row and a month's per key (the case as a whole, and per claim type).
  const rollKeys = ['claimType', 'day', 'stationId', 'industry'];
  const rollCols = [...rollKeys, ...counters];
  const rollRow = `(${rollCols.map(() => '?').join(', ')})`;
  const add = (c) => (db.sqlite ? `\`${c}\` = \`${c}\` + excluded.\`${c}\`` : `\`${c}\` = \`${c}\` + VALUES(\`${c}\`)`);
  const rollUp = (n) =>
    `INSERT INTO case_stats_daily (${q(rollCols)}) VALUES ${Array(n).fill(rollRow).join(', ')} ${db.sqlite ? `ON CONFLICT (${q(rollKeys)}) DO UPDATE SET` : 'ON DUPLICATE KEY UPDATE'} ${counters.map(add).join(', ')}`;
  // The workbench's counts of the station's open cases, one more in each row the new case counts in.
  const openKey = [...openCounts.OPEN_COUNT_KEY];
  const countOpen = (n) =>
    `INSERT INTO case_open_counts (${q([...openKey, 'n'])}) VALUES ${Array(n).fill('(?, ?, ?, ?, ?, 1)').join(', ')} ${db.sqlite ? `ON CONFLICT (${q(openKey)}) DO UPDATE SET n = n + 1` : 'ON DUPLICATE KEY UPDATE n = n + 1'}`;
  const dayStart = (day) => {
    const d = new Date(`${day}T00:00:00+08:00`);
    return db.sqlite ? d.toISOString().replace('T', ' ').slice(0, 23) : d;
  };
  const param = (v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v);

  base.post('/fair/cases', async (req, reply) => {
    const me = await authenticate(req);
    const body = req.body;
    if (!validateBody(body)) return reply.code(400).send({ code: 'VALIDATION_FAILED', fields: validateBody.errors });
    const key = req.headers['idempotency-key'];
    const existing = await db.get('SELECT id, number FROM cases WHERE workerId = ? AND idempotencyKey = ?', [
      me.id,
      key,
    ]);
    if (existing) return existing;
    const idNumber = body.claimant.idNumber.toUpperCase();
    const items = body.items.map((i) => ({
      type: i.type,
      amountFen: shared.yuanToFen(i.amountYuan),
      amountYuan: i.amountYuan,
      periodFrom: i.periodFrom ?? null,
      periodTo: i.periodTo ?? null,
      note: i.note ?? null,
      calculation: i.calculation ?? null,
    }));
    const row = {
      ...template,
      id: randomUUID(),
      workerId: me.id,
      idempotencyKey: key,
      claimantNameEnc: protector.encrypt(body.claimant.name),
      idNumberEnc: protector.encrypt(idNumber),
      idNumberHash: protector.lookupHash('id', idNumber),
      phoneEnc: protector.encrypt(body.claimant.phone),
      respondentName: body.respondent.name,
      respondentKey: shared.respondentKey(body.respondent.name),
      claim: { ...json(template.claim), items, description: body.description },
      totalFen: items.reduce((s, i) => s + i.amountFen, 0),
      legalAid: db.bool(body.legalAid),
      createdAt: stamp(),
      updatedAt: stamp(),
      receivedAt: stamp(),
    };
    const today = shared.chinaDate(new Date());
    const types = [...new Set(body.items.map((i) => i.type))].sort();
    const filed = await db.tx(async (t) => {
      if (!db.sqlite) await t.get('SELECT id FROM workers WHERE id = ? FOR UPDATE', [me.id]);
      const { n } = await t.get('SELECT COUNT(*) AS n FROM cases WHERE workerId = ? AND createdAt >= ?', [
        me.id,
        dayStart(today),
      ]);
      // The bench runs with CLAIMS_PER_WORKER_PER_DAY = 100000000 (scripts/bench/target.mjs).
      if (Number(n) >= 100_000_000) throw Object.assign(new Error('daily limit'), { statusCode: 429 });
      const nameKey = shared.respondentNameKey(body.respondent.name);
      const alias = await t.get('SELECT respondentGroup FROM respondent_aliases WHERE nameKey = ?', [nameKey]);
      row.respondentGroup = alias?.respondentGroup ?? nameKey;
      row.number = await nextNumber(t);
      await t.run(
        insertCase,
        caseCols.map((c) => param(row[c])),
      );
      const event = { ...eventTemplate, id: randomUUID(), caseId: row.id, createdAt: stamp() };
      await t.run(
        insertEvent,
        eventCols.map((c) => param(event[c])),
      );
      const counts = { filed: 1, openDelta: 1, claimedFen: row.totalFen, legalAid: body.legalAid ? 1 : 0 };
      // Each key's day row and its month row, as the server keeps them.
      const rollRows = ['', ...types].flatMap((type) =>
        [today, monthRowOf(today)].map((day) => [
          type,
          day,
          row.stationId ?? '',
          row.industry,
          ...counters.map((c) => counts[c] ?? 0),
        ]),
      );
      await t.run(rollUp(rollRows.length), rollRows.flat());
      const opened = { ...row, status: 'submitted', urgent: false, legalAid: body.legalAid };
      const openRows = openCounts.openCountKeys(opened);
      await t.run(countOpen(openRows.length), openRows.flat());
      return { row, event };
    });
    // Answered once committed, as the API does: the case as the worker sees it, from the rows
    // just written, the claimant from the body just sealed.
    const claimant = {
      name: body.claimant.name,
      idNumberMasked: shared.maskIdNumber(idNumber),
      phoneMasked: shared.maskPhone(body.claimant.phone),
    };
    const c = await withStations(hydrate('cases', filed.row));
    const view = await views.build(c, me, actorOf(me), [hydrate('case_events', filed.event)], [], claimant);
    return reply.code(201).send({ case: view, nextStep, replayed: false });
  });
}

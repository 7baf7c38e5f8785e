import { createHash, randomUUID } from 'node:crypto';
import type { WorkLogEntryView } from '@gig/shared';
import { AuditEntryEntity, WorkLogEntryEntity } from '@gig/server/entities';
import { signInWorker } from './helpers/app';
import { png } from '../factories';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';
import { pdfText } from './stats-pdf';

/**
 * The worker's own work record (issue 17 point 5): entries hash-stamped by the server and
 * chained, corrections as new entries, week and month summaries with the hourly pay after
 * deductions, a range attached to a claim as a PDF of evidence, and the letter to the platform.
 */
describe('my work record', () => {
  let w: CaseWorld;
  let token: string;
  let other: string;
  beforeAll(async () => {
    w = await caseWorld();
    token = w.worker.accessToken;
    other = (await signInWorker(w.t, '13987654321')).accessToken;
  });
  afterAll(() => w.close());

  const save = (body: object, key: string = randomUUID(), tok = token) =>
    w.t.api('POST', '/api/me/work-log', { token: tok, body, headers: { 'idempotency-key': key } });
  const list = (q = '', tok = token) => w.t.api('GET', `/api/me/work-log${q}`, { token: tok });
  const pdfOf = async (url: string, tok: string) => {
    const res = await fetch(w.t.base + url, { headers: { authorization: `Bearer ${tok}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get('content-type'), bytes, text: pdfText(bytes).join('') };
  };

  /** The documented canonical form, written out here independently of the server's code. */
  const recompute = (e: WorkLogEntryView) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          'gig-work-log/v1',
          e.prevSha256,
          e.savedAt,
          e.date,
          e.kind,
          e.hours === null ? null : Math.round(e.hours * 100),
          e.orders,
          e.amountFen,
          e.platform,
          e.note,
          e.corrects,
          e.evidence.map((f: { sha256: string }) => f.sha256),
        ]),
      )
      .digest('hex');

  const ids: Record<string, string> = {};

  it('stamps each entry with the server time and a SHA-256 chained to the one before', async () => {
    const shot = await w.t.upload('/api/evidence', token, png(31), 'orders.png', { category: 'work_record' });
    expect(shot.status).toBe(201);
    const before = Date.now();
    const week = [
      // Week 2026-W48 (Mon 23 – Sun 29 November 2026)
      { date: '2026-11-23', kind: 'shift', hours: 9.5, orders: 30, platform: '某外卖平台' },
      { date: '2026-11-23', kind: 'income', amountYuan: '310.50', evidenceIds: [shot.body.id] },
      { date: '2026-11-24', kind: 'shift', hours: 10.5, orders: 34 },
      { date: '2026-11-24', kind: 'income', amountYuan: '345' },
      { date: '2026-11-24', kind: 'penalty', amountYuan: '50', note: '超时罚款' },
      { date: '2026-11-25', kind: 'deduction', amountYuan: '20.5', note: '装备费' },
      // Week 2026-W49, still November: Monday 30 November
      { date: '2026-11-30', kind: 'shift', hours: 8 },
      { date: '2026-11-30', kind: 'orders', orders: 25 },
      { date: '2026-11-30', kind: 'income', amountYuan: '1,000' },
      // December
      { date: '2026-12-01', kind: 'shift', hours: 4 },
    ];
    const saved = [];
    for (const e of week) {
      const res = await save(e);
      expect(res.status).toBe(201);
      saved.push(res.body);
    }
    expect(saved.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(saved[0].prevSha256).toBeNull();
    for (const [i, e] of saved.entries()) {
      expect(e.sha256).toBe(recompute(e));
      if (i) expect(e.prevSha256).toBe(saved[i - 1].sha256);
      expect(Date.parse(e.savedAt)).toBeGreaterThanOrEqual(before - 5);
    }
    expect(saved[1]).toMatchObject({ amountFen: 31050, evidence: [{ id: shot.body.id, sha256: shot.body.sha256 }] });
    ids.firstShift = saved[0].id;
    ids.penalty = saved[4].id;
    ids.head = saved[9].sha256;
  });

  it('refuses figures the kind does not carry, naming the field, and files that are not mine', async () => {
    const noHours = await save({ date: '2026-11-26', kind: 'shift', orders: 3 });
    expect(noHours.status).toBe(400);
    expect(noHours.body.fields).toEqual([expect.objectContaining({ path: '/body/hours', rule: 'required' })]);
    const money = await save({ date: '2026-11-26', kind: 'orders', orders: 3, amountYuan: '5' });
    expect(money.body.fields).toEqual([expect.objectContaining({ path: '/body/amountYuan', rule: 'not_allowed' })]);
    const future = await save({ date: '2099-01-01', kind: 'shift', hours: 8 });
    expect(future.body.fields).toEqual([expect.objectContaining({ path: '/body/date', rule: 'not_future' })]);
    const theirs = await w.t.upload('/api/evidence', other, png(32), 'x.png', { category: 'work_record' });
    const notMine = await save({ date: '2026-11-26', kind: 'income', amountYuan: '5', evidenceIds: [theirs.body.id] });
    expect(notMine.status).toBe(400);
    expect(notMine.body.fields[0].path).toBe('/body/evidenceIds/0');
    expect((await list()).body.items).toHaveLength(10);
  });

  it('saves a retried entry once (same Idempotency-Key), and refuses other content under the key', async () => {
    const key = randomUUID();
    const body = { date: '2026-11-27', kind: 'orders', orders: 12, note: '重试' };
    const first = await save(body, key);
    const again = await save({ note: '重试', orders: 12, kind: 'orders', date: '2026-11-27' }, key);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toMatchObject({ id: first.body.id, sha256: first.body.sha256, replayed: true });
    const changed = await save({ ...body, orders: 13 }, key);
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('IDEMPOTENCY_CONFLICT');
    ids.retried = first.body.id;
  });

  it('corrects by a new entry that names the old one; the old one stays, marked, and no longer counts', async () => {
    const fix = await save({
      date: '2026-11-24',
      kind: 'penalty',
      amountYuan: '30',
      note: '申诉后改为30',
      corrects: ids.penalty,
    });
    expect(fix.status).toBe(201);
    expect(fix.body.corrects).toBe(ids.penalty);
    const twice = await save({ date: '2026-11-24', kind: 'penalty', amountYuan: '10', corrects: ids.penalty });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('WORK_LOG_ALREADY_CORRECTED');
    const unknown = await save({ date: '2026-11-24', kind: 'penalty', amountYuan: '10', corrects: randomUUID() });
    expect(unknown.body.fields[0].path).toBe('/body/corrects');
    const page = (await list()).body;
    const old = page.items.find((e: { id: string }) => e.id === ids.penalty);
    expect(old).toMatchObject({ amountFen: 5000, correctedBy: fix.body.id });
    expect(page.chainIntact).toBe(true);
  });

  it('sums by ISO week and month: net after deductions and penalties, and the true hourly pay', async () => {
    const page = (await list('?from=2026-11-01&to=2026-12-31')).body;
    // W48: 20 h, 64 + 12 orders; income 310.50 + 345; penalty 30 (corrected from 50); deduction 20.50
    // net 65550 − 2050 − 3000 = 60500 fen over 20 h = 3025 fen/h
    expect(page.weeks).toEqual([
      {
        period: '2026-W48',
        from: '2026-11-23',
        to: '2026-11-29',
        hours: 20,
        orders: 76,
        incomeFen: 65550,
        deductionFen: 2050,
        penaltyFen: 3000,
        netFen: 60500,
        hourlyFen: 3025,
        entries: 7,
      },
      // W49: 8 h + 4 h, 25 orders, income 1000: 100000 / 12 h = 8333.33… → 8333
      expect.objectContaining({ period: '2026-W49', from: '2026-11-30', to: '2026-12-06', hours: 12, orders: 25 }),
    ]);
    expect(page.weeks[1]).toMatchObject({ incomeFen: 100000, netFen: 100000, hourlyFen: 8333, entries: 4 });
    expect(page.months).toEqual([
      expect.objectContaining({ period: '2026-11', from: '2026-11-01', to: '2026-11-30', hours: 28, orders: 101 }),
      expect.objectContaining({ period: '2026-12', hours: 4, incomeFen: 0, netFen: 0, hourlyFen: 0 }),
    ]);
    // November: net 160500 fen over 28 h = 5732.14… → 5732
    expect(page.months[0]).toMatchObject({ netFen: 160500, hourlyFen: 5732 });
    const range = (await list('?from=2026-11-30&to=2026-11-30')).body;
    expect(range.items.map((e: { date: string }) => e.date)).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
    expect(range.weeks).toEqual([expect.objectContaining({ period: '2026-W49', hours: 8, hourlyFen: 12500 })]);
    const bad = await list('?from=2026-12-01&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('/querystring/to');
  });

  it('shows a changed or deleted past entry: the chain no longer checks out', async () => {
    const repo = w.t.app.db.getRepository(WorkLogEntryEntity);
    const row = await repo.findOneByOrFail({ id: ids.firstShift });
    await repo.update({ id: row.id }, { hoursX100: 1250 });
    const tampered = (await list()).body;
    expect(tampered).toMatchObject({ chainIntact: false, brokenAt: 1 });
    await repo.update({ id: row.id }, { hoursX100: row.hoursX100 });
    expect((await list()).body).toMatchObject({ chainIntact: true, brokenAt: null });
    const fifth = await repo.findOneByOrFail({ workerId: row.workerId, seq: 5 });
    await repo.delete({ id: fifth.id });
    expect((await list()).body).toMatchObject({ chainIntact: false, brokenAt: 5 });
    await repo.insert(fifth);
    expect((await list()).body).toMatchObject({ chainIntact: true, brokenAt: null });
    // The audit trail names each save by its hash, never its figures.
    const audits = await w.t.app.db.getRepository(AuditEntryEntity).findBy({ action: 'worker.work_log_saved' });
    expect(audits.length).toBe(12);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain('31050');
  });

  it('keeps one unbroken chain when several entries are saved at once', async () => {
    const third = (await signInWorker(w.t, '13700001111')).accessToken;
    const res = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        save({ date: '2026-11-20', kind: 'orders', orders: i + 1 }, randomUUID(), third),
      ),
    );
    expect(res.map((r) => r.status)).toEqual(Array(6).fill(201));
    const page = (await list('', third)).body;
    expect(page.items.map((e: { seq: number }) => e.seq).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(page).toMatchObject({ chainIntact: true, brokenAt: null });
  });

  let caseId: string;
  it("attaches a range to the worker's case as a work_record PDF listing each entry's hash and the chain", async () => {
    const filed = await w.file(riderClaim());
    expect(filed.status).toBe(201);
    caseId = filed.body.case.id;
    const res = await w.t.api('POST', `/api/cases/${caseId}/work-log`, {
      token,
      body: { from: '2026-11-23', to: '2026-11-29' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'pdf', category: 'work_record', uploadedBy: 'worker' });
    const again = await w.t.api('POST', `/api/cases/${caseId}/work-log`, {
      token,
      body: { from: '2026-11-23', to: '2026-11-29' },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.id);

    // Staff at the handling station see it among the case's evidence with its hash, and read it.
    const staffView = await w.t.api('GET', `/api/admin/cases/${caseId}`, { token: w.token.delivery });
    expect(staffView.status).toBe(200);
    const ev = staffView.body.evidence.find((e: { id: string }) => e.id === res.body.id);
    expect(ev).toMatchObject({ category: 'work_record', sha256: res.body.sha256 });
    const pdf = await pdfOf(`/api/evidence/${res.body.id}/content`, w.token.delivery);
    expect(pdf.status).toBe(200);
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(res.body.sha256);
    const page = (await list('?from=2026-11-23&to=2026-11-29')).body;
    expect(page.items).toHaveLength(8);
    for (const e of page.items) expect(pdf.text).toContain(e.sha256);
    expect(pdf.text).toContain('个人工作记录');
    expect(pdf.text).toContain('哈希链完整');
    expect(pdf.text).toContain(ids.head);
    expect(pdf.text).toContain('已被更正');
  });

  it('refuses an empty range, a reversed one, and another worker (their log, my case)', async () => {
    const empty = await w.t.api('POST', `/api/cases/${caseId}/work-log`, {
      token,
      body: { from: '2025-01-01', to: '2025-01-31' },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('WORK_LOG_EMPTY_RANGE');
    const reversed = await w.t.api('POST', `/api/cases/${caseId}/work-log`, {
      token,
      body: { from: '2026-12-01', to: '2026-11-01' },
    });
    expect(reversed.status).toBe(400);
    await save({ date: '2026-11-24', kind: 'shift', hours: 3 }, randomUUID(), other);
    const theirs = await w.t.api('POST', `/api/cases/${caseId}/work-log`, {
      token: other,
      body: { from: '2026-11-01', to: '2026-11-30' },
    });
    expect(theirs.status).toBe(404);
    const mine = (await list('', other)).body;
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].prevSha256).toBeNull();
    const staff = await w.t.api('GET', '/api/me/work-log', { token: w.token.delivery });
    expect(staff.status).toBe(403);
  });

  it('writes the letter to the platform from the profile, citing PIPL arts 45 and 24', async () => {
    await w.t.api('PATCH', '/api/me/profile', { token, body: { name: '赵骑手', employer: '某某配送服务有限公司' } });
    const letter = await pdfOf('/api/me/data-request-letter.pdf?from=2026-06-01&to=2026-11-30', token);
    expect(letter.status).toBe(200);
    expect(letter.type).toBe('application/pdf');
    for (const words of [
      '个人信息查阅、复制请求函',
      '某某配送服务有限公司',
      '赵骑手',
      '13812345678',
      '第四十五条',
      '第二十四条',
      '2026-06-01 至 2026-11-30',
      '罚款',
      '封禁',
    ])
      expect(letter.text).toContain(words);
    const named = await pdfOf(`/api/me/data-request-letter.pdf?platform=${encodeURIComponent('某外卖平台')}`, token);
    expect(named.text).toContain('某外卖平台：');
    // Another worker's letter has their phone, not this one's profile.
    const theirs = await pdfOf('/api/me/data-request-letter.pdf', other);
    expect(theirs.text).toContain('13987654321');
    expect(theirs.text).not.toContain('赵骑手');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SENSITIVE_CONSENT, type ClaimCreateBody } from '@gig/shared';
import { AuditEntryEntity, CaseEntity, CaseMessageEntity, EvidenceFileEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim } from '../factories';
import { fileClaim } from '../factories/http';
import { association, centreAndCourier } from '../factories/stations';

const pdf = (n: number) =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n% file ${n}\n`), Buffer.alloc(64, n), Buffer.from('\n%%EOF\n')]);

/** A courier's claim full of personal data: their own, the respondent contact's phone, an address in the description. */
const personal = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody =>
  claim({
    claimant: { name: '周骑手', idNumber: '11010519491231002X', phone: '13300001111' },
    respondent: { name: '温州某某（鹿城）快递有限公司', contactName: '王站长', contactPhone: '13300009999' },
    items: [{ type: 'unpaid_wages', amountYuan: '2600' }],
    description: '十月工资未发，住址鹿城区某某路8号。',
    ...over,
  });

describe('privacy: separate consent for sensitive evidence, and the retention timer', () => {
  let t: TestApp;
  let worker: string;
  let mediator: string;

  beforeAll(async () => {
    t = await startApp({ RETENTION_DAYS_AFTER_CLOSE: '30' });
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
    });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t, '13300001111')).accessToken;
  });
  afterAll(() => t.close());

  const upload = async (token: string, bytes: Buffer, fields: Record<string, string>, url = '/api/evidence') => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)]), 'x.pdf');
    const res = await fetch(t.base + url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  it('a bank statement without the worker’s separate consent is refused, with the consent version to ask for', async () => {
    const res = await upload(worker, pdf(1), { category: 'bank' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'SENSITIVE_CONSENT_REQUIRED',
      details: { consentVersion: SENSITIVE_CONSENT.version },
    });
    expect(res.body.fields[0]).toMatchObject({ path: '/body/consent', rule: 'separate_consent' });
    expect((await upload(worker, pdf(1), { category: 'bank', consent: 'some-old-version' })).status).toBe(400);
    expect(await t.app.db.getRepository(EvidenceFileEntity).countBy({ category: 'bank' })).toBe(0);
  });

  it('with consent it is kept, marked sensitive, and the consent is in the audit log', async () => {
    const res = await upload(worker, pdf(2), { category: 'medical', consent: SENSITIVE_CONSENT.version });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: 'medical', sensitive: true });
    const row = await t.app.db.getRepository(EvidenceFileEntity).findOneByOrFail({ id: res.body.id });
    expect(row.consentVersion).toBe(SENSITIVE_CONSENT.version);
    expect(row.consentAt).toBeInstanceOf(Date);
    const entry = await t.app.db
      .getRepository(AuditEntryEntity)
      .findOneByOrFail({ action: 'evidence.sensitive_consent', targetId: res.body.id });
    expect(entry.detail).toMatchObject({ category: 'medical', consentVersion: SENSITIVE_CONSENT.version });
  });

  it('ordinary evidence needs no consent; an unknown category is named', async () => {
    expect((await upload(worker, pdf(3), { category: 'pay_record' })).body).toMatchObject({
      category: 'pay_record',
      sensitive: false,
    });
    expect((await upload(worker, pdf(4), {})).body).toMatchObject({ category: 'other', sensitive: false });
    const bad = await upload(worker, pdf(5), { category: 'diary' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0]).toMatchObject({ path: '/body/category', rule: 'enum' });
  });

  it('staff cannot upload sensitive evidence for the worker', async () => {
    const filed = await fileClaim(t, worker, personal());
    const res = await upload(
      mediator,
      pdf(6),
      { category: 'id_document', consent: SENSITIVE_CONSENT.version },
      `/api/admin/cases/${filed.body.case.id}/evidence`,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('SENSITIVE_CONSENT_REQUIRED');
  });

  it('a closed case keeps its personal data until the retention period ends, then loses it and keeps its skeleton', async () => {
    const file = await upload(worker, pdf(7), { category: 'pay_record' });
    const filed = await fileClaim(t, worker, personal({ evidenceIds: [file.body.id] }));
    const id = filed.body.case.id;
    await t.api('POST', `/api/cases/${id}/messages`, {
      token: worker,
      body: { clientId: randomUUID(), body: '我的电话13300001111' },
    });
    expect((await t.api('POST', `/api/cases/${id}/actions/withdraw`, { token: worker, body: {} })).status).toBe(200);
    const repo = t.app.db.getRepository(CaseEntity);
    const row = await repo.findOneByOrFail({ id });
    const storageKey = (await t.app.db.getRepository(EvidenceFileEntity).findOneByOrFail({ id: file.body.id }))
      .storageKey;
    const stored = path.join(t.config.UPLOAD_DIR, storageKey);
    expect(fs.existsSync(stored)).toBe(true);

    const retention = t.app.services.retention;
    expect(await retention.purgeDue(new Date(row.updatedAt.getTime() + 29 * 86400_000))).toBe(0);
    expect(await retention.purgeDue(new Date(row.updatedAt.getTime() + 31 * 86400_000))).toBeGreaterThanOrEqual(1);

    const after = await repo.findOneByOrFail({ id });
    expect(after.purgedAt).toBeInstanceOf(Date);
    expect(after.updatedAt.getTime()).toBe(row.updatedAt.getTime());
    expect(after.claim.description).toBe('');
    expect(after.claim.respondent.contactPhone).toBeNull();
    expect([after.claimantNameEnc, after.idNumberEnc, after.phoneEnc, after.idNumberHash]).toEqual(['', '', '', '']);
    expect(fs.existsSync(stored)).toBe(false);
    expect(await t.app.db.getRepository(EvidenceFileEntity).countBy({ caseId: id })).toBe(0);
    expect(await t.app.db.getRepository(CaseMessageEntity).countBy({ caseId: id })).toBe(0);
    // The skeleton stays: number, status, amounts, respondent, events.
    expect({
      number: after.number,
      status: after.status,
      totalFen: after.totalFen,
      respondentName: after.respondentName,
    }).toEqual({ number: row.number, status: 'withdrawn', totalFen: 260000, respondentName: row.respondentName });

    const view = await t.api('GET', `/api/admin/cases/${id}`, { token: mediator });
    expect(view.status).toBe(200);
    expect(view.body.claimant).toEqual({ name: '—', idNumberMasked: '—', phoneMasked: '—' });
    expect(view.body.events.length).toBeGreaterThanOrEqual(2);
    const reveal = await t.api('POST', `/api/admin/cases/${id}/reveal`, {
      token: mediator,
      body: { field: 'phone', reason: '需电话通知当事人' },
    });
    expect(reveal.status).toBe(410);
    expect(reveal.body.code).toBe('PERSONAL_DATA_PURGED');
    expect(
      await t.app.db.getRepository(AuditEntryEntity).countBy({ action: 'case.personal_data_purged', targetId: id }),
    ).toBe(1);
    // Once only.
    expect(await retention.purgeDue(new Date(row.updatedAt.getTime() + 60 * 86400_000))).toBe(0);
  });

  it('an open case is never purged, however old', async () => {
    const filed = await fileClaim(t, worker, personal());
    await t.app.services.retention.purgeDue(new Date(Date.now() + 3650 * 86400_000));
    expect((await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id: filed.body.case.id })).purgedAt).toBeNull();
  });
});

describe('patterns: related cases and the early warning', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    const delivery = await association(t, 'WZ-DELIVERY', 'food_delivery', centre);
    const sign = async (role: 'mediator' | 'supervisor', s: typeof centre) =>
      (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    tokens.courier = await sign('mediator', courier);
    tokens.delivery = await sign('mediator', delivery);
    tokens.supervisor = await sign('supervisor', centre);
    const phones = ['13300002001', '13300002002', '13300002003', '13300002004'];
    for (const [i, phone] of phones.entries()) tokens[`w${i}`] = (await signInWorker(t, phone)).accessToken;
  });
  afterAll(() => t.close());

  const file = (w: string, over: Partial<ClaimCreateBody>) =>
    fileClaim(
      t,
      tokens[w]!,
      personal({ claimant: { name: '测试', idNumber: '11010519491231002X', phone: '13300002001' }, ...over }),
    ).then((r) => {
      expect(r.status).toBe(201);
      return r.body.case.id as string;
    });

  it('links claims against one respondent however its name is written, or by its credit code; within reach only', async () => {
    const a = await file('w0', { respondent: { name: '温州某某（鹿城）快递有限公司' } });
    const b = await file('w1', { respondent: { name: '温州某某(鹿城)快递 有限公司' } });
    const c = await file('w2', { respondent: { name: '某某快递温州分公司', creditCode: '91350100M000100Y43' } });
    const d = await file('w3', {
      respondent: { name: '温州某某（鹿城）快递有限公司', creditCode: '91350100M000100Y43' },
    });
    const e = await file('w3', { industry: 'food_delivery', respondent: { name: '温州某某(鹿城)快递有限公司' } });
    await file('w0', { respondent: { name: '另一家公司' } });

    const related = await t.api('GET', `/api/admin/cases/${d}/related`, { token: tokens.courier });
    expect(related.status).toBe(200);
    // d's name matches a and b; its credit code matches c; e is another station's (delivery).
    expect(related.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a, b, c].sort());
    const all = await t.api('GET', `/api/admin/cases/${d}/related`, { token: tokens.supervisor });
    expect(all.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a, b, c, e].sort());
    expect((await t.api('GET', `/api/admin/cases/${d}/related`, { token: tokens.delivery })).status).toBe(404);
  });

  it('a cluster of claims against one respondent is an early warning, with its cases, most first', async () => {
    const res = await t.api('GET', '/api/admin/warnings', { token: tokens.supervisor });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ days: 30, minCases: 3 });
    expect(res.body.items).toHaveLength(1);
    // One respondent: the name however written, and c (its branch, 分公司) by the credit code d gave too.
    expect(res.body.items[0]).toMatchObject({
      count: 5,
      workers: 4,
      creditCode: '91350100M000100Y43',
      stations: expect.arrayContaining(['WZ-COURIER', 'WZ-DELIVERY']),
    });
    expect(res.body.items[0].cases).toHaveLength(5);
    // The courier mediator sees the part in their reach: 4 claims by 4 workers, still a warning.
    const mine = await t.api('GET', '/api/admin/warnings', { token: tokens.courier });
    expect(mine.body.items[0].count).toBe(4);
    // A higher bar, and a bad one.
    expect((await t.api('GET', '/api/admin/warnings?minCases=5', { token: tokens.supervisor })).body.items).toEqual([]);
    const bad = await t.api('GET', '/api/admin/warnings?days=0', { token: tokens.supervisor });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('/query/days');
    expect((await t.api('GET', '/api/admin/warnings', { token: tokens.w0 })).status).toBe(403);
  });
});

import { randomUUID } from 'node:crypto';
import { AuditEntryEntity, EvidenceFileEntity } from '@gig/server/entities';
import { signInWorker } from './helpers/app';
import { png } from '../factories';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

/**
 * Erasing one's whole work record (PIPL art 47): only when confirmed in so many words; the
 * entries and their screenshots go, what a claim holds (an attached range's PDF, a filed file)
 * stays with the case; another worker's record is untouched; audited; a new record starts a new
 * chain.
 */
describe('erasing my work record', () => {
  let w: CaseWorld;
  let token: string;
  let other: string;
  beforeAll(async () => {
    w = await caseWorld();
    token = w.worker.accessToken;
    other = (await signInWorker(w.t, '13987654322')).accessToken;
  });
  afterAll(() => w.close());

  const save = (body: object, tok = token) =>
    w.t.api('POST', '/api/me/work-log', { token: tok, body, headers: { 'idempotency-key': randomUUID() } });
  const erase = (body: unknown, tok = token) => w.t.api('POST', '/api/me/work-log/erase', { token: tok, body });

  it('erases the entries and their loose screenshots, keeps what the case holds, and starts over', async () => {
    const shot = await w.t.upload('/api/evidence', token, png(41), 'orders.png', { category: 'work_record' });
    expect((await save({ date: '2026-11-23', kind: 'shift', hours: 9, evidenceIds: [shot.body.id] })).status).toBe(201);
    expect((await save({ date: '2026-11-24', kind: 'income', amountYuan: '260' })).status).toBe(201);
    expect((await save({ date: '2026-11-24', kind: 'income', amountYuan: '99' }, other)).status).toBe(201);
    const filed = await w.file(riderClaim());
    const attached = await w.t.api('POST', `/api/cases/${filed.body.case.id}/work-log`, {
      token,
      body: { from: '2026-11-23', to: '2026-11-24' },
    });
    expect(attached.status).toBe(201);

    // Not without saying so.
    for (const body of [{}, { confirm: false }, { confirm: 'yes' }]) {
      const refused = await erase(body);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    const done = await erase({ confirm: true });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ entries: 2, files: 1 });

    expect((await w.t.api('GET', '/api/me/work-log', { token })).body.items).toEqual([]);
    const files = w.t.app.db.getRepository(EvidenceFileEntity);
    expect(await files.findOneBy({ id: shot.body.id })).toBeNull();
    // The PDF attached to the claim is the case's evidence: it stays, and still opens.
    expect(await files.findOneBy({ id: attached.body.id })).toMatchObject({ caseId: filed.body.case.id });
    const pdf = await fetch(`${w.t.base}/api/evidence/${attached.body.id}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pdf.status).toBe(200);
    // Another worker's record is theirs.
    expect((await w.t.api('GET', '/api/me/work-log', { token: other })).body.items).toHaveLength(1);
    const trail = await w.t.app.db.getRepository(AuditEntryEntity).findBy({ action: 'worker.work_log_erased' });
    expect(trail.map((a) => a.detail)).toEqual([{ entries: 2, files: 1 }]);

    // A new entry starts a new chain.
    const fresh = await save({ date: '2026-11-30', kind: 'shift', hours: 8 });
    expect(fresh.status).toBe(201);
    expect(fresh.body.prevSha256).toBeNull();
    expect((await erase({ confirm: true }, other)).body).toEqual({ entries: 1, files: 0 });
  });
});

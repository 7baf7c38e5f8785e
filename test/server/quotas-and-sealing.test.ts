import { randomUUID } from 'node:crypto';
import { CaseMessageEntity } from '@gig/server/entities';
import { signInWorker } from './helpers/app';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

/**
 * Findings of the adversarial test (issue 15): one worker filed 60 claims in 1.4 s (and raised an
 * early warning on their own); the claimant's name sat in clear in every message they wrote.
 */
describe('claims a day, and names in messages', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld({ CLAIMS_PER_WORKER_PER_DAY: '3' });
  });
  afterAll(() => w.close());

  it('a worker files at most the day’s limit, also in parallel; a retry of a filed claim is still answered', async () => {
    const other = await signInWorker(w.t, '13900005555');
    const keys = Array.from({ length: 8 }, () => randomUUID());
    const answers = await Promise.all(keys.map((k) => w.file(riderClaim(), k, other.accessToken)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.body).toMatchObject({ code: 'CLAIM_DAILY_LIMIT', details: { limit: 3 } });
    expect(refused.body.message).toContain('今天');
    const filedKey = keys[answers.findIndex((a) => a.status === 201)]!;
    const retry = await w.file(riderClaim(), filedKey, other.accessToken);
    expect(retry.status).toBe(200);
    // Another worker is not held back by this one.
    expect((await w.file(riderClaim())).status).toBe(201);
  });

  it("a worker's message does not store their name; the thread still shows it", async () => {
    const filed = await w.file(riderClaim());
    const id = filed.body.case.id as string;
    const post = await w.t.api('POST', `/api/cases/${id}/messages`, {
      token: w.worker.accessToken,
      body: { clientId: randomUUID(), body: '请问什么时候联系我？' },
    });
    expect(post.status).toBe(201);
    const rows = await w.t.app.db.getRepository(CaseMessageEntity).findBy({ caseId: id });
    expect(rows.map((r) => r.authorName)).toEqual(['']);
    expect(JSON.stringify(rows)).not.toContain('王小明');
    const thread = await w.t.api('GET', `/api/admin/cases/${id}/messages`, { token: w.token.delivery });
    expect(thread.body.items ?? thread.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ authorType: 'worker', authorName: '王小明' })]),
    );
  });
});

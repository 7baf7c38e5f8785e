import { AuditEntryEntity, WorkerProfileEntity } from '@gig/server/entities';
import { signInWorker, startApp, type TestApp } from './helpers/app';

/** The worker's profile (issue 17 point 2): filled in once, every claim starts from it. */
describe("the worker's profile", () => {
  let t: TestApp;
  let worker: string;
  let other: string;

  beforeAll(async () => {
    t = await startApp();
    worker = (await signInWorker(t, '13812345678')).accessToken;
    other = (await signInWorker(t, '13987654321')).accessToken;
  });
  afterAll(() => t.close());

  const get = (token: string) => t.api('GET', '/api/me/profile', { token });
  const patch = (token: string, body: unknown) => t.api('PATCH', '/api/me/profile', { token, body });

  it('starts empty but for the phone verified at sign-in', async () => {
    const res = await get(worker);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: null,
      idNumber: null,
      industry: null,
      workMode: null,
      areaCode: null,
      employer: null,
      outletName: null,
      outletAddress: null,
      phone: '13812345678',
      updatedAt: null,
    });
  });

  it('keeps what is sent, seals the name and ID number, and audits the fields but not their values', async () => {
    const res = await patch(worker, {
      name: '王小明',
      idNumber: '11010519491231002x',
      industry: 'courier',
      workMode: 'platform_app',
      areaCode: '330302',
      employer: '某某快递服务有限公司',
      outletName: '五马网点',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '王小明',
      idNumber: '11010519491231002X',
      industry: 'courier',
      employer: '某某快递服务有限公司',
      outletName: '五马网点',
      outletAddress: null,
      phone: '13812345678',
    });
    const row = await t.app.db.getRepository(WorkerProfileEntity).findOneByOrFail({ workerId: await me() });
    expect(row.nameEnc).not.toContain('王小明');
    expect(row.idNumberEnc).not.toContain('11010519491231002');
    const entry = await t.app.db
      .getRepository(AuditEntryEntity)
      .findOneOrFail({ where: { action: 'worker.profile_updated' }, order: { createdAt: 'DESC' } });
    expect(JSON.stringify(entry.detail)).not.toContain('王小明');
    expect(entry.detail).toMatchObject({ fields: expect.arrayContaining(['idNumber', 'name']) });
    expect(t.logs()).not.toContain('11010519491231002');
  });

  async function me(): Promise<string> {
    return (await t.api('GET', '/api/auth/me', { token: worker })).body.id;
  }

  it('changes only the fields sent; null empties one', async () => {
    const res = await patch(worker, { outletName: null, outletAddress: '鹿城区五马街1号' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '王小明', outletName: null, outletAddress: '鹿城区五马街1号' });
  });

  it('refuses a bad ID number by its checksum, an unknown field and an empty change, naming the field', async () => {
    const bad = await patch(worker, { idNumber: '110105194912310021' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ path: '/body/idNumber', rule: 'checksum' })]);
    const unknown = await patch(worker, { phone: '13900000000' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('phone');
    expect((await patch(worker, {})).status).toBe(400);
    expect((await get(worker)).body.idNumber).toBe('11010519491231002X');
  });

  it("is each worker's own, and not for staff or anyone signed out", async () => {
    expect((await get(other)).body.name).toBeNull();
    expect((await t.api('GET', '/api/me/profile')).status).toBe(401);
  });
});

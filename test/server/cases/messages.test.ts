import { randomUUID } from 'node:crypto';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { fileClaim } from '../../factories/http';
import { riderClaim } from './world';

describe('the message thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('worker and station talk; a retried message is sent once; internal notes stay with staff', async () => {
    const delivery = await t.station({
      code: 'WZ-DELIVERY',
      kind: 'association',
      industries: ['food_delivery'],
      areaCode: '330300',
    });
    const other = await t.station({ code: 'WZ-OTHER', kind: 'government', areaCode: '330303' });
    const mediator = (await t.signIn((await t.staff('mediator', delivery)).username, STAFF_PASSWORD)).accessToken;
    const outsider = (await t.signIn((await t.staff('mediator', other)).username, STAFF_PASSWORD)).accessToken;
    const w = await signInWorker(t);
    const id = (await fileClaim(t, w.accessToken, riderClaim({ stationCode: null }))).body.case.id;
    const workerSays = (body: object) => t.api('POST', `/api/cases/${id}/messages`, { token: w.accessToken, body });
    const staffSays = (body: object) => t.api('POST', `/api/admin/cases/${id}/messages`, { token: mediator, body });

    const clientId = randomUUID();
    const first = await workerSays({ clientId, body: '请问什么时候可以调解？' });
    expect(first.status).toBe(201);
    const retry = await workerSays({ clientId, body: '请问什么时候可以调解？' });
    expect(retry.status).toBe(200);
    expect(retry.body.items).toHaveLength(1);
    expect((await workerSays({ clientId, body: '另一条' })).status).toBe(409);

    await staffSays({ clientId: randomUUID(), body: '本周五下午安排线上调解。' });
    await staffSays({ clientId: randomUUID(), body: '平台方态度消极，需约谈站长。', internal: true });

    const workerSees = (await t.api('GET', `/api/cases/${id}/messages`, { token: w.accessToken })).body.items;
    expect(workerSees.map((m: { body: string }) => m.body)).toEqual([
      '请问什么时候可以调解？',
      '本周五下午安排线上调解。',
    ]);
    expect(workerSees[0]).toMatchObject({ authorType: 'worker', authorName: '王小明' });
    const staffSees = (await t.api('GET', `/api/admin/cases/${id}/messages`, { token: mediator })).body.items;
    expect(staffSees.map((m: { internal: boolean }) => m.internal)).toEqual([false, false, true]);

    expect((await t.api('GET', `/api/admin/cases/${id}/messages`, { token: outsider })).status).toBe(404);
    const stranger = await signInWorker(t, '13600000001');
    expect((await t.api('GET', `/api/cases/${id}/messages`, { token: stranger.accessToken })).status).toBe(404);
    expect((await workerSays({ clientId: randomUUID(), body: 'x', internal: true })).status).toBe(400);
  });
});

import { randomUUID } from 'node:crypto';
import {
  CaseCounterEntity,
  CaseEntity,
  CaseEventEntity,
  StaffUserEntity,
  type StationEntity,
} from '@gig/server/entities';
import { Rows } from '@gig/server/db/rows';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim } from '../factories';
import { centreAndCourier } from '../factories/stations';

/**
 * The hot paths (reading a case, filing one) read and write with plain prepared SQL and keep the
 * station list and the signed-in user briefly: they must give exactly what TypeORM gives, and a
 * change must show at once in the process that made it.
 */
describe('reading and filing on the hot paths', () => {
  let t: TestApp;
  let worker: string;
  let courier: StationEntity;

  beforeAll(async () => {
    t = await startApp();
    ({ courier } = await centreAndCourier(t));
    worker = (await signInWorker(t)).accessToken;
  });
  afterAll(() => t.close());

  const file = async (over = {}, key: string = randomUUID()) =>
    t.api('POST', '/api/cases', { token: worker, body: claim(over), headers: { 'idempotency-key': key } });

  it('numbers cases one after another from 1, with no counter row for the year yet', async () => {
    const counters = t.app.db.getRepository(CaseCounterEntity);
    const year = Number(new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 4));
    expect(await counters.existsBy({ year })).toBe(false);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) numbers.push((await file()).body.case.number);
    expect(numbers).toEqual([1, 2, 3].map((n) => `LD${year}-${String(n).padStart(6, '0')}`));
    // Filed at once: all numbers different, none skipped.
    const together = await Promise.all([file(), file(), file(), file()]);
    const more = together.map((r) => Number(String(r.body.case.number).slice(-6))).sort((a, b) => a - b);
    expect(more).toEqual([4, 5, 6, 7]);
    expect((await counters.findOneByOrFail({ year })).last).toBe(7);
  });

  it('a case read by Rows is the entity a repository reads, and a filed case is the row TypeORM reads back', async () => {
    const filed = await file({ legalAid: true });
    expect(filed.status).toBe(201);
    const id = filed.body.case.id as string;
    const byRepo = await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
    const byRows = await new Rows(t.app.db, CaseEntity).one('id = ?', [id]);
    expect(byRows).toBeInstanceOf(CaseEntity);
    expect(byRows).toEqual(byRepo);
    // What the filing answered is what a later read shows (same view, from the stored rows).
    const read = await t.api('GET', `/api/cases/${id}`, { token: worker });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(filed.body.case);
    const events = await t.app.db.getRepository(CaseEventEntity).findBy({ caseId: id });
    expect(events.map((e) => [e.seq, e.action, e.toStatus])).toEqual([[1, 'submit', 'submitted']]);
    expect(byRepo.version).toBe(1);
    expect(byRepo.legalAid).toBe(true);
  });

  it('a retry answers the same case, as it stands now', async () => {
    const key = randomUUID();
    const first = await file({}, key);
    const again = await file({}, key);
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.case).toEqual(first.body.case);
  });

  it('a station changed through the API, or written directly, is what the next filing and case page use', async () => {
    const filed = await file();
    const id = filed.body.case.id as string;
    const stationId = (await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id })).stationId!;
    const admin = await t.staff('system_admin', null);
    const token = (await t.signIn(admin.username, STAFF_PASSWORD)).accessToken;
    const renamed = await t.api('PATCH', `/api/admin/stations/${stationId}`, {
      token,
      body: { phone: '0577-12345678' },
    });
    expect(renamed.status).toBe(200);
    expect((await t.api('GET', `/api/cases/${id}`, { token: worker })).body.station.phone).toBe('0577-12345678');
    await t.station({ code: 'WZ-NEW-GOV', kind: 'government', areaCode: '330304' });
    const routed = await file({ stationCode: 'WZ-NEW-GOV', areaCode: '330304' });
    expect(routed.body.case.station?.code).toBe('WZ-NEW-GOV');
  });

  it('a staff member whose role or account changes is refused or re-read at once, not after a cache', async () => {
    const user = await t.staff('mediator', courier);
    const token = (await t.signIn(user.username, STAFF_PASSWORD)).accessToken;
    expect((await t.api('GET', '/api/admin/workbench', { token })).status).toBe(200);
    // Straight to the database through TypeORM (as a migration or a script would): the kept user is dropped.
    await t.app.db.getRepository(StaffUserEntity).update({ id: user.id }, { disabled: true });
    expect((await t.api('GET', '/api/admin/workbench', { token })).status).toBe(401);
  });

  it('an expired access token is refused after it was once accepted', async () => {
    const access = (await signInWorker(t, '13812340000')).accessToken;
    expect((await t.api('GET', '/api/cases', { token: access })).status).toBe(200);
    const exp = JSON.parse(Buffer.from(access.split('.')[1]!, 'base64url').toString()).exp as number;
    const now = jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 + 1);
    try {
      const r = await t.api('GET', '/api/cases', { token: access });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('TOKEN_EXPIRED');
    } finally {
      now.mockRestore();
    }
  });
});

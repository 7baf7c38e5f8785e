import { AuditEntryEntity } from '@gig/server/entities';
import { startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { centreAndCourier } from '../factories/stations';

describe('staff accounts and the audit log', () => {
  let t: TestApp;
  let tok: { admin: string; mediator: string; eastMediator: string; supervisor: string; sys: string };
  let ids: Record<string, string> & { centre: string; courier: string; outlet: string; east: string };

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    const outlet = await t.station({
      code: 'WZ-OUT',
      kind: 'outlet',
      industries: ['courier'],
      areaCode: '330302',
      parentId: courier.id,
    });
    const east = await t.station({ code: 'WZ-EAST', kind: 'government', areaCode: '330303', parentId: centre.id });
    ids = { centre: centre.id, courier: courier.id, outlet: outlet.id, east: east.id } as typeof ids;
    const sign = async (
      role: 'station_admin' | 'mediator' | 'supervisor' | 'system_admin',
      s: typeof centre | null,
      username: string,
    ) => {
      const u = await t.staff(role, s, { username });
      ids[username] = u.id;
      return (await t.signIn(username, STAFF_PASSWORD)).accessToken;
    };
    tok = {
      admin: await sign('station_admin', courier, 'courier.admin'),
      mediator: await sign('mediator', courier, 'courier.mediator'),
      eastMediator: await sign('mediator', east, 'east.mediator'),
      supervisor: await sign('supervisor', centre, 'supervisor'),
      sys: await sign('system_admin', null, 'sysadmin'),
    };
  });
  afterAll(() => t.close());

  const create = (token: string, body: object) => t.api('POST', '/api/admin/staff', { token, body });

  it('a station admin creates an outlet manager for an outlet of their station; the account signs in', async () => {
    // An outlet's accounts answer for the respondent: outlet managers only, and only at an outlet.
    const mediatorThere = await create(tok.admin, {
      username: 'sf.wrong',
      displayName: '顺丰网点调解员',
      role: 'mediator',
      stationId: ids.outlet,
      password: 'Outlet-pass-2026',
    });
    expect([mediatorThere.status, mediatorThere.body.fields?.[0]?.rule]).toEqual([400, 'station_kind']);
    const managerHere = await create(tok.admin, {
      username: 'courier.wrong',
      displayName: '协会网点负责人',
      role: 'outlet_manager',
      stationId: ids['courier']!,
      password: 'Outlet-pass-2026',
    });
    expect([managerHere.status, managerHere.body.fields?.[0]?.rule]).toEqual([400, 'station_kind']);
    const res = await create(tok.admin, {
      username: 'sf.mediator',
      displayName: '顺丰网点负责人',
      role: 'outlet_manager',
      stationId: ids.outlet,
      password: 'Outlet-pass-2026',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'sf.mediator',
      role: 'outlet_manager',
      stationId: ids.outlet,
      disabled: false,
      locked: false,
    });
    expect((await t.signIn('sf.mediator', 'Outlet-pass-2026')).accessToken).toBeTruthy();
    const entry = await t.app.db
      .getRepository(AuditEntryEntity)
      .findOneByOrFail({ action: 'staff.created', targetId: res.body.id });
    expect(entry.actorId).toBe(ids['courier.admin']!);
  });

  it('a station admin cannot reach another station, give a city-wide role, or use a weak password; names are unique', async () => {
    const east = await create(tok.admin, {
      username: 'x.one',
      displayName: 'x',
      role: 'mediator',
      stationId: ids.east,
      password: 'Strong-pass-2026',
    });
    expect(east.status).toBe(403);
    expect(east.body.fields[0].path).toBe('/body/stationId');
    expect(
      (
        await create(tok.admin, {
          username: 'x.two',
          displayName: 'x',
          role: 'supervisor',
          stationId: ids.courier,
          password: 'Strong-pass-2026',
        })
      ).status,
    ).toBe(403);
    const weak = await create(tok.admin, {
      username: 'x.three',
      displayName: 'x',
      role: 'mediator',
      stationId: ids.courier,
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    const dup = await create(tok.admin, {
      username: 'courier.mediator',
      displayName: 'x',
      role: 'mediator',
      stationId: ids.courier,
      password: 'Strong-pass-2026',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const bad = await create(tok.admin, {
      username: 'Bad Name',
      displayName: 'x',
      role: 'mediator',
      stationId: ids.courier,
      password: 'Strong-pass-2026',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/body/extra', '/body/username']);
    expect(
      (
        await create(tok.mediator, {
          username: 'x.four',
          displayName: 'x',
          role: 'mediator',
          stationId: ids.courier,
          password: 'Strong-pass-2026',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await create(tok.supervisor, {
          username: 'x.five',
          displayName: 'x',
          role: 'mediator',
          stationId: ids.courier,
          password: 'Strong-pass-2026',
        })
      ).status,
    ).toBe(403);
  });

  it('lists: a station admin their station and outlets, a supervisor everyone, a mediator nothing', async () => {
    const mine = await t.api('GET', '/api/admin/staff', { token: tok.admin });
    expect(mine.body.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'courier.admin',
      'courier.mediator',
      'sf.mediator',
    ]);
    const all = await t.api('GET', '/api/admin/staff', { token: tok.supervisor });
    expect(all.body.items.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['east.mediator', 'sysadmin', 'sf.mediator']),
    );
    expect((await t.api('GET', '/api/admin/staff', { token: tok.mediator })).status).toBe(403);
    expect((await t.api('GET', `/api/admin/staff?stationId=${ids.east}`, { token: tok.admin })).status).toBe(403);
  });

  it('disabling ends the account’s sessions at once; resetting a password clears a lockout', async () => {
    const session = await t.signIn('sf.mediator', 'Outlet-pass-2026');
    const id = (await t.api('GET', '/api/admin/staff', { token: tok.admin })).body.items.find(
      (u: { username: string }) => u.username === 'sf.mediator',
    ).id;
    const off = await t.api('PATCH', `/api/admin/staff/${id}`, { token: tok.admin, body: { disabled: true } });
    expect(off.status).toBe(200);
    expect(off.body.disabled).toBe(true);
    expect((await t.api('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
    expect((await t.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(
      401,
    );
    expect(
      (
        await t.api('POST', '/api/auth/staff/login', {
          body: { username: 'sf.mediator', password: 'Outlet-pass-2026' },
        })
      ).status,
    ).toBeGreaterThanOrEqual(401);
    await t.api('PATCH', `/api/admin/staff/${id}`, { token: tok.admin, body: { disabled: false } });

    for (let i = 0; i < 5; i++)
      await t.api('POST', '/api/auth/staff/login', { body: { username: 'sf.mediator', password: 'wrong-password-0' } });
    expect(
      (await t.api('GET', '/api/admin/staff', { token: tok.admin })).body.items.find((u: { id: string }) => u.id === id)
        .locked,
    ).toBe(true);
    const reset = await t.api('POST', `/api/admin/staff/${id}/password`, {
      token: tok.admin,
      body: { password: 'Brand-new-pass-9' },
    });
    expect(reset.status).toBe(200);
    expect((await t.signIn('sf.mediator', 'Brand-new-pass-9')).accessToken).toBeTruthy();
  });

  it('no one disables themselves; a station admin cannot touch a supervisor’s account', async () => {
    const self = await t.api('PATCH', `/api/admin/staff/${ids['courier.admin']!}`, {
      token: tok.admin,
      body: { disabled: true },
    });
    expect(self.status).toBe(403);
    expect(
      (await t.api('PATCH', `/api/admin/staff/${ids['supervisor']!}`, { token: tok.admin, body: { displayName: 'x' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await t.api('PATCH', `/api/admin/staff/${ids['east.mediator']!}`, {
          token: tok.sys,
          body: { stationId: ids.courier },
        })
      ).body.stationId,
    ).toBe(ids.courier);
    expect(
      (await t.api('PATCH', `/api/admin/staff/${ids['east.mediator']!}`, { token: tok.sys, body: {} })).status,
    ).toBe(400);
  });

  it('the audit log: newest first, filtered by action prefix, actor and time, paged; supervisors and system admins only', async () => {
    const all = await t.api('GET', '/api/admin/audit?limit=3', { token: tok.supervisor });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(3);
    expect(all.body.nextBefore).toBeTruthy();
    const next = await t.api('GET', `/api/admin/audit?limit=3&before=${encodeURIComponent(all.body.nextBefore)}`, {
      token: tok.supervisor,
    });
    expect(next.body.items[0].at <= all.body.items[2].at).toBe(true);
    const staff = await t.api(
      'GET',
      `/api/admin/audit?action=${encodeURIComponent('staff.*')}&actorId=${ids['courier.admin']!}`,
      { token: tok.sys },
    );
    expect(staff.body.items.length).toBeGreaterThanOrEqual(3);
    expect(
      staff.body.items.every(
        (e: { action: string; actorName: string }) =>
          e.action.startsWith('staff.') && e.actorName.includes('courier.admin'),
      ),
    ).toBe(true);
    const future = await t.api(
      'GET',
      `/api/admin/audit?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`,
      { token: tok.sys },
    );
    expect(future.body.items).toEqual([]);
    expect((await t.api('GET', '/api/admin/audit', { token: tok.admin })).status).toBe(403);
  });
});

import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { StationCreateBody } from '@gig/shared';
import { startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';

const newStation = (over: Partial<StationCreateBody> = {}): StationCreateBody => ({
  code: 'WZ-NEW-1',
  name: '温州市货运行业调解站',
  kind: 'association',
  industries: ['trucking'],
  mediationTypes: [],
  areaCode: '330300',
  address: '温州市鹿城区物流园1号',
  hours: '周一至周五 9:00-17:00',
  phone: '0577-88990000',
  ...over,
});

describe('stations and their QR codes', () => {
  let t: TestApp;
  let courier: Awaited<ReturnType<TestApp['station']>>;
  let delivery: Awaited<ReturnType<TestApp['station']>>;
  let token: {
    admin: string;
    supervisor: string;
    courierAdmin: string;
    courierMediator: string;
    deliveryAdmin: string;
  };

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({
      code: 'WZ-CENTRE',
      kind: 'government',
      areaCode: '330300',
      mediationTypes: ['union', 'people', 'pre_arbitration'],
    });
    courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
      parentId: centre.id,
    });
    delivery = await t.station({
      code: 'WZ-DELIVERY',
      kind: 'association',
      industries: ['food_delivery'],
      areaCode: '330300',
      parentId: centre.id,
    });
    const signIn = async (role: Parameters<TestApp['staff']>[0], station: typeof courier | null) =>
      (await t.signIn((await t.staff(role, station)).username, STAFF_PASSWORD)).accessToken;
    token = {
      admin: await signIn('system_admin', null),
      supervisor: await signIn('supervisor', centre),
      courierAdmin: await signIn('station_admin', courier),
      courierMediator: await signIn('mediator', courier),
      deliveryAdmin: await signIn('station_admin', delivery),
    };
  });
  afterAll(() => t.close());

  it('a system admin creates a station and gets its QR address', async () => {
    const res = await t.api('POST', '/api/admin/stations', {
      token: token.admin,
      body: newStation({ location: { lat: 28.0, lng: 120.6 } }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'WZ-NEW-1',
      kind: 'association',
      active: true,
      parentId: null,
      location: { lat: 28.0, lng: 120.6 },
      qrUrl: 'https://mediate.example.cn/s/WZ-NEW-1',
    });
    const audit = await t.app.db.query(`SELECT action FROM audit_entries WHERE targetId = ?`, [res.body.id]);
    expect(audit).toEqual([{ action: 'station.created' }]);
  });

  it('a second station with the same code is refused', async () => {
    const res = await t.api('POST', '/api/admin/stations', {
      token: token.admin,
      body: newStation({ code: 'WZ-COURIER' }),
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STATION_CODE_TAKEN');
    expect(res.body.fields[0].path).toBe('/body/code');
  });

  it('bad payloads name every field at fault', async () => {
    const res = await t.api('POST', '/api/admin/stations', {
      token: token.admin,
      body: {
        ...newStation(),
        code: 'has space and way too long to be a wechat scene value',
        areaCode: '33030',
        kind: 'shop',
        colour: 'red',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries(res.body.fields.map((f: { path: string; rule: string }) => [f.path, f.rule]));
    expect(byPath).toMatchObject({
      '/body/code': 'pattern',
      '/body/areaCode': 'pattern',
      '/body/kind': 'enum',
      '/body/colour': 'additionalProperties',
    });
  });

  it('an unknown field alone is refused, not silently dropped', async () => {
    const res = await t.api('PATCH', `/api/admin/stations/${courier.id}`, {
      token: token.admin,
      body: { nickname: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('UNKNOWN_FIELD');
  });

  it('a station admin adds an outlet under their own station, but nothing else', async () => {
    const outlet = await t.api('POST', '/api/admin/stations', {
      token: token.courierAdmin,
      body: newStation({
        code: 'WZ-YTO-LC',
        name: '圆通速递鹿城网点',
        kind: 'outlet',
        industries: ['courier'],
        areaCode: '330302',
        parentId: courier.id,
      }),
    });
    expect(outlet.status).toBe(201);
    const association = await t.api('POST', '/api/admin/stations', {
      token: token.courierAdmin,
      body: newStation({ code: 'WZ-NEW-2' }),
    });
    expect(association.status).toBe(403);
    const underOther = await t.api('POST', '/api/admin/stations', {
      token: token.courierAdmin,
      body: newStation({ code: 'WZ-NEW-3', kind: 'outlet', parentId: delivery.id }),
    });
    expect(underOther.status).toBe(403);
  });

  it('a station admin edits their own station and its outlets, but not another station', async () => {
    const own = await t.api('PATCH', `/api/admin/stations/${courier.id}`, {
      token: token.courierAdmin,
      body: { hours: '每天 8:00-20:00', phone: '0577-88960099' },
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ hours: '每天 8:00-20:00', phone: '0577-88960099' });

    const other = await t.api('PATCH', `/api/admin/stations/${delivery.id}`, {
      token: token.courierAdmin,
      body: { hours: 'closed' },
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    expect((await t.api('GET', `/api/admin/stations/${delivery.id}`, { token: token.admin })).body.hours).not.toBe(
      'closed',
    );
  });

  it('a station admin cannot move their station or change its printed code', async () => {
    const res = await t.api('PATCH', `/api/admin/stations/${courier.id}`, {
      token: token.courierAdmin,
      body: { code: 'WZ-MINE', parentId: null },
    });
    expect(res.status).toBe(403);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/body/code', '/body/parentId']);
  });

  it('a mediator reads the network but cannot change it', async () => {
    expect((await t.api('GET', '/api/admin/stations', { token: token.courierMediator })).status).toBe(200);
    const res = await t.api('PATCH', `/api/admin/stations/${courier.id}`, {
      token: token.courierMediator,
      body: { hours: 'x' },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('a worker cannot reach the staff API', async () => {
    t.fakes.wechatCodes.set('w1', { openid: 'o-w1' });
    const worker = (await t.api('POST', '/api/auth/wechat', { body: { code: 'w1' } })).body.accessToken;
    expect((await t.api('GET', '/api/admin/stations', { token: worker })).status).toBe(403);
    expect((await t.api('GET', '/api/admin/stations')).status).toBe(401);
  });

  it('a supervisor may re-parent a station, but not into a loop', async () => {
    const child = await t.api('POST', '/api/admin/stations', {
      token: token.supervisor,
      body: newStation({ code: 'WZ-LOOP-A', kind: 'government', industries: [], parentId: courier.id }),
    });
    expect(child.status).toBe(201);
    const loop = await t.api('PATCH', `/api/admin/stations/${courier.id}`, {
      token: token.supervisor,
      body: { parentId: child.body.id },
    });
    expect(loop.status).toBe(422);
    expect(loop.body).toMatchObject({
      code: 'STATION_PARENT_INVALID',
      fields: [{ path: '/body/parentId', rule: 'cycle' }],
    });
  });

  it('an outlet needs a parent station, and cannot be one', async () => {
    const orphan = await t.api('POST', '/api/admin/stations', {
      token: token.admin,
      body: newStation({ code: 'WZ-ORPHAN', kind: 'outlet' }),
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.fields[0]).toMatchObject({ path: '/body/parentId', rule: 'outlet_parent' });
  });

  it('the QR code is a PNG that decodes to the station address', async () => {
    const res = await t.api('GET', `/api/admin/stations/${courier.id}/qr?format=png&size=400`, {
      token: token.courierAdmin,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(res.body as Buffer);
    expect(png.width).toBe(400);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe('https://mediate.example.cn/s/WZ-COURIER');
  });

  it('the QR code is also an SVG for print', async () => {
    const res = await t.api('GET', `/api/admin/stations/${courier.id}/qr?format=svg`, { token: token.courierAdmin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(String(res.body)).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  describe('the public side', () => {
    it('anyone reads a station card by its code, without internal fields', async () => {
      const res = await t.api('GET', '/api/public/stations/WZ-COURIER');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        code: 'WZ-COURIER',
        kind: 'association',
        industries: ['courier'],
        active: true,
      });
      expect(res.body.id).toBeUndefined();
      expect(res.body.parentId).toBeUndefined();
    });

    it('an unknown code is a clear 404', async () => {
      const res = await t.api('GET', '/api/public/stations/NOPE-404');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('STATION_NOT_FOUND');
    });

    it('a deactivated station still shows its card, marked inactive, and leaves the list', async () => {
      const s = await t.station({ code: 'WZ-CLOSED', kind: 'government', areaCode: '330303' });
      await t.api('PATCH', `/api/admin/stations/${s.id}`, { token: token.admin, body: { active: false } });
      expect((await t.api('GET', '/api/public/stations/WZ-CLOSED')).body.active).toBe(false);
      const list = await t.api('GET', '/api/public/stations');
      expect(list.body.items.map((c: { code: string }) => c.code)).not.toContain('WZ-CLOSED');
      expect(list.body.items.map((c: { code: string }) => c.code)).toContain('WZ-COURIER');
    });

    it('scanning the QR with a phone camera lands on the H5 station page', async () => {
      const res = await t.api('GET', '/s/WZ-COURIER');
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/app/#/pages/station/index?code=WZ-COURIER');
    });

    it("a rider's wage claim scanned at the courier station goes to the delivery association station", async () => {
      const res = await t.api('POST', '/api/public/route', {
        body: {
          industry: 'food_delivery',
          workMode: 'platform_app',
          areaCode: '330302',
          scannedStationCode: 'WZ-COURIER',
        },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        station: { code: 'WZ-DELIVERY' },
        reason: 'industry_association',
        scannedStationSkipped: true,
        labourDispute: true,
      });
      expect(res.body.reasonText['zh-CN']).toContain('行业');
    });
  });
});

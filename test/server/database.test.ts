import { CITYWIDE_ROLES, ROLE } from '@gig/shared';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigSchema, loadConfig, PROJECT_ROOT } from '@gig/server/config';
import { createDataSource, parseDatabaseUrl, pendingSchemaChanges } from '@gig/server/db/data-source';
import { StaffUserEntity, StationEntity } from '@gig/server/entities';
import { DEMO_STATIONS, DEMO_STAFF, DEMO_PASSWORD, seedDemoGuarded } from '@gig/server/seed/demo';
import { DIALECT, freshDatabase, startApp } from './helpers/app';

describe(`the database (${DIALECT})`, () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: ReturnType<typeof createDataSource>;
  beforeAll(async () => {
    db = await freshDatabase();
    ds = createDataSource(db.url);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('the committed migrations build exactly the schema the entities describe', async () => {
    expect(await pendingSchemaChanges(ds)).toEqual([]);
  });

  it('keeps Chinese text, emoji and millisecond UTC times as written', async () => {
    const when = new Date('2026-03-05T16:07:08.123Z');
    const repo = ds.getRepository(StationEntity);
    const s = await repo.save(
      repo.create({
        code: 'UTF-1',
        name: '鹿城区五马街道调解站 🛵',
        nameEn: null,
        kind: 'government',
        industries: ['courier'],
        mediationTypes: ['people'],
        areaCode: '330302',
        parentId: null,
        address: '五马街50号',
        hours: '',
        phone: '0577-1',
        lat: 28.01831,
        lng: 120.65601,
        active: true,
        createdAt: when,
      }),
    );
    const back = await repo.findOneByOrFail({ id: s.id });
    expect(back.name).toBe('鹿城区五马街道调解站 🛵');
    expect(back.createdAt.toISOString()).toBe('2026-03-05T16:07:08.123Z');
    expect(back.industries).toEqual(['courier']);
    expect(back.active).toBe(true);
    expect(back.lat).toBeCloseTo(28.01831, 5);
    await repo.delete({ id: s.id });
  });

  it('the demo city has the network of seed 003 and one staff account per role', async () => {
    const summary = await seedDemoGuarded(ds, { force: false, production: false });
    expect(summary).toEqual({ stations: DEMO_STATIONS.length, staff: DEMO_STAFF.length });
    const stations = await ds.getRepository(StationEntity).find();
    const kinds = stations.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'government').length).toBeGreaterThanOrEqual(3);
    const industries = stations.filter((s) => s.kind === 'association').flatMap((s) => s.industries);
    expect(industries).toEqual(
      expect.arrayContaining(['courier', 'food_delivery', 'ride_hailing', 'domestic_service']),
    );
    expect(kinds).toEqual(expect.arrayContaining(['outlet', 'arbitration', 'legal_aid']));
    const roles = (await ds.getRepository(StaffUserEntity).find()).map((u) => u.role);
    expect(new Set(roles)).toEqual(new Set(ROLE.values.filter((r) => r !== 'worker')));
  });

  it('refuses to seed a database that already has stations unless forced, and forcing adds nothing twice', async () => {
    await expect(seedDemoGuarded(ds, { force: false, production: false })).rejects.toThrow(/already has/);
    expect(await seedDemoGuarded(ds, { force: true, production: false })).toEqual({ stations: 0, staff: 0 });
  });

  it('refuses a production database unless forced', async () => {
    await expect(seedDemoGuarded(ds, { force: false, production: true })).rejects.toThrow(/production/);
  });
});

describe('the demo city through the API', () => {
  it('every demo account signs in with the README password and city-wide roles see all', async () => {
    const t = await startApp({ DEMO_SEED: 'true' });
    try {
      for (const u of DEMO_STAFF) {
        const s = await t.signIn(u.username, DEMO_PASSWORD);
        expect(s.user.role).toBe(u.role);
        expect(s.user.stationId === null).toBe(u.station === null);
      }
      expect(CITYWIDE_ROLES).toEqual(['supervisor', 'system_admin']);
      expect((await t.api('GET', '/api/public/stations/WZ-COURIER')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('configuration', () => {
  const base = {
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: 'http://sms',
  };

  it('boots production only with its secrets and a real SMS sender', () => {
    expect(() => loadConfig(base)).not.toThrow();
    expect(() => loadConfig({ ...base, JWT_SECRET: undefined })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, DATA_KEY: undefined })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ ...base, SMS_PROVIDER: 'log' })).toThrow(/SMS_PROVIDER=log/);
  });

  it('.env.example documents every key the server reads, and nothing else', () => {
    const documented =
      fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8').match(/^[A-Z][A-Z0-9_]*(?==)/gm) ?? [];
    expect([...documented].sort()).toEqual(Object.keys(ConfigSchema.properties).sort());
  });

  it('the legal clock is configuration: overrides are checked by name and shape', () => {
    expect(
      loadConfig({ ...base, CLOCK_RULES_JSON: '{"mediationWindowDays": 20, "holidays": ["2027-01-01"]}' }).clockRules,
    ).toMatchObject({ mediationWindowDays: 20, holidays: ['2027-01-01'], limitationYears: 1 });
    expect(() => loadConfig({ ...base, CLOCK_RULES_JSON: '{"mediationWindowDay": 20}' })).toThrow(
      /unknown rule "mediationWindowDay"/,
    );
    expect(() => loadConfig({ ...base, CLOCK_RULES_JSON: '{"holidays": ["1 Jan"]}' })).toThrow(
      /CLOCK_RULES_JSON.holidays/,
    );
    expect(() => loadConfig({ ...base, CLOCK_RULES_JSON: '{"excludeFirstDay": "no"}' })).toThrow(/excludeFirstDay/);
    expect(() => loadConfig({ ...base, CLOCK_RULES_JSON: '{' })).toThrow(/not valid JSON/);
  });

  it('refuses malformed values by name', () => {
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('defaults to the embedded SQLite file and reads MySQL and MariaDB URLs', () => {
    const c = loadConfig({ ...base });
    expect(c.DATABASE_URL).toBe('sqlite:data/app.sqlite');
    expect(parseDatabaseUrl(c.DATABASE_URL).location).toMatch(/data\/app\.sqlite$/);
    expect(parseDatabaseUrl('mysql://u:p@db:3306/gig').dialect).toBe('mysql');
    expect(parseDatabaseUrl('mariadb://u:p@db:3306/gig').dialect).toBe('mariadb');
    expect(c.PUBLIC_BASE_URL).toBe('http://localhost:3000');
  });
});

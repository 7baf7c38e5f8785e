import { randomUUID } from 'node:crypto';
import { chinaDate } from '@gig/shared';
import { AuditEntryEntity } from '@gig/server/entities';
import { STAFF_PASSWORD } from './helpers/app';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

describe('local figures: versions with their source, read by anyone, entered by a system admin', () => {
  let w: CaseWorld;
  let admin: string;
  const minimum = {
    areaCode: '330300',
    kind: 'minimum_monthly_wage',
    amountYuan: '2,490',
    effectiveFrom: '2025-01-01',
    source: '浙江省人民政府关于调整全省最低工资标准的通知（示例）',
    example: true,
  };
  beforeAll(async () => {
    w = await caseWorld();
    admin = (await w.t.signIn((await w.t.staff('system_admin', null)).username, STAFF_PASSWORD)).accessToken;
  });
  afterAll(() => w.close());

  const inForce = async (areaCode: string, on: string) =>
    (await w.t.api('GET', `/api/public/figures?areaCode=${areaCode}&on=${on}`)).body;

  it('a figure entered for the city applies to its districts from the day it took effect; a correction is the next version', async () => {
    expect((await inForce('330302', '2026-06-01')).figures).toEqual([]);
    const first = await w.t.api('POST', '/api/admin/figures', { token: admin, body: minimum });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ value: 249_000, version: 1, example: true, sourceUrl: null });
    const fixed = await w.t.api('POST', '/api/admin/figures', {
      token: admin,
      body: { ...minimum, amountYuan: '2490.50', example: false, sourceUrl: 'https://rlsbt.zj.gov.cn/' },
    });
    expect(fixed.body).toMatchObject({ value: 249_050, version: 2, example: false });

    const now = await inForce('330302', '2026-06-01');
    expect(now).toMatchObject({ areaCode: '330302', on: '2026-06-01' });
    expect(now.figures).toEqual([expect.objectContaining({ id: fixed.body.id, value: 249_050, areaCode: '330300' })]);
    expect((await inForce('330302', '2024-12-31')).figures).toEqual([]);

    // A district's own figure wins over its city's.
    const own = await w.t.api('POST', '/api/admin/figures', {
      token: admin,
      body: { ...minimum, areaCode: '330302', amountYuan: '2600', effectiveFrom: '2026-01-01' },
    });
    expect((await inForce('330302', '2026-06-01')).figures[0].id).toBe(own.body.id);
    expect((await inForce('330304', '2026-06-01')).figures[0].id).toBe(fixed.body.id);
    // Without `on`: today in China.
    expect((await w.t.api('GET', '/api/public/figures?areaCode=330304')).body.on).toBe(chinaDate(new Date()));

    const audit = await w.t.app.db.getRepository(AuditEntryEntity).findBy({ action: 'figure.created' });
    expect(audit).toHaveLength(3);
    const all = await w.t.api('GET', '/api/admin/figures', { token: w.token.delivery });
    expect(all.status).toBe(200);
    expect(all.body.items.map((f: { version: number }) => f.version)).toEqual(expect.arrayContaining([1, 2, 1]));
  });

  it('only a system admin enters figures; the list needs a staff account', async () => {
    expect((await w.t.api('POST', '/api/admin/figures', { token: w.token.supervisor, body: minimum })).status).toBe(
      403,
    );
    expect((await w.t.api('POST', '/api/admin/figures', { body: minimum })).status).toBe(401);
    expect((await w.t.api('GET', '/api/admin/figures')).status).toBe(401);
    expect((await w.t.api('GET', '/api/admin/figures', { token: w.worker.accessToken })).status).toBe(403);
  });

  it('a figure is refused with the field and why: wrong unit, missing value, impossible day, bad area', async () => {
    const post = (body: object) =>
      w.t.api('POST', '/api/admin/figures', { token: admin, body: { ...minimum, ...body } });
    const fields = async (body: object) => {
      const r = await post(body);
      expect(r.status).toBe(400);
      return r.body.fields.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`);
    };
    expect(await fields({ kind: 'double_wage_lookback_months' })).toEqual(['/body/amountYuan unit']);
    expect(await fields({ kind: 'double_wage_lookback_months', amountYuan: undefined })).toEqual([
      '/body/months required',
    ]);
    expect(await fields({ amountYuan: undefined })).toEqual(['/body/amountYuan required']);
    expect(await fields({ amountYuan: '0' })).toEqual(['/body/amountYuan amount']);
    expect((await post({ effectiveFrom: '2025-02-30' })).status).toBe(400);
    expect((await post({ areaCode: '33' })).status).toBe(400);
    expect((await post({ source: 'x' })).status).toBe(400);
    const months = await post({ kind: 'double_wage_lookback_months', amountYuan: undefined, months: 12 });
    expect(months.body).toMatchObject({ value: 12, kind: 'double_wage_lookback_months' });
  });

  it('a claim item calculated in the app records the figure versions it used; an unknown version is refused', async () => {
    const [figure] = (await inForce('330302', chinaDate(new Date()))).figures;
    const item = (figureIds: string[]) => ({
      type: 'termination_compensation',
      amountYuan: '12450.00',
      calculation: { calculator: 'economicCompensation', figureIds },
    });
    const filed = await w.file(riderClaim({ items: [item([figure.id])] } as never));
    expect(filed.status).toBe(201);
    expect(filed.body.case.items[0].calculation).toEqual({
      calculator: 'economicCompensation',
      figureIds: [figure.id],
    });
    const staffView = await w.t.api('GET', `/api/admin/cases/${filed.body.case.id}`, { token: w.token.delivery });
    expect(staffView.body.items[0].calculation.figureIds).toEqual([figure.id]);

    const unknown = await w.file(riderClaim({ items: [item([randomUUID()])] } as never));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ path: '/body/items/0/calculation/figureIds/0' })]);
    const badCalculator = await w.file(
      riderClaim({ items: [{ ...item([]), calculation: { calculator: 'guess', figureIds: [] } }] } as never),
    );
    expect(badCalculator.status).toBe(400);
  });

  it("the workbench learns which years' holiday notices the clock has", async () => {
    const res = await w.t.api('GET', '/api/admin/holidays', { token: w.token.delivery });
    expect(res.status).toBe(200);
    const year = Number(chinaDate(new Date()).slice(0, 4));
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([year, year + 1, year + 2]);
    // The shipped clock has the 2026 notice only; the lunar dates are tabled to 2030.
    for (const y of res.body.years) {
      expect(y.noticeConfigured).toBe(y.year === 2026);
      expect(y.statutoryTabled).toBe(y.year >= 2025 && y.year <= 2030);
    }
    expect((await w.t.api('GET', '/api/admin/holidays')).status).toBe(401);
  });
});

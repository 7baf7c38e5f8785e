import { randomUUID } from 'node:crypto';
import { daysBetween } from '@gig/shared';
import { CaseEntity } from '@gig/server/entities';
import { signInWorker, startApp } from '../helpers/app';
import { fileClaim } from '../../factories/http';
import { caseWorld, riderClaim, type CaseWorld } from './world';

describe('filing a claim', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  it("a rider's wage claim scanned at the courier station is filed with the delivery association, with a number, deadlines and masked data", async () => {
    const res = await w.file(riderClaim());
    expect(res.status).toBe(201);
    const c = res.body.case;
    expect(c.number).toMatch(/^LD\d{4}-\d{6}$/);
    expect(c).toMatchObject({
      status: 'submitted',
      station: { code: 'WZ-DELIVERY' },
      routing: { reason: 'industry_association', scannedStationSkipped: true, labourDispute: true },
      claimant: { name: '王小明', idNumberMasked: '1101**********002X', phoneMasked: '138****5678' },
      totalFen: 370050,
      allowedActions: ['withdraw', 'request_legal_aid'],
    });
    expect(c.items[0]).toMatchObject({ amountFen: 350050, amountYuan: '3500.50' });
    expect(c.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['mediation_window', 'limitation']);
    expect(c.deadlines[0].basis.article).toBe('14');
    expect(c.events).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'submit',
        fromStatus: null,
        toStatus: 'submitted',
        actorRole: 'worker',
      }),
    ]);
    expect(res.body.nextStep['zh-CN']).toContain('15日');
    expect(JSON.stringify(res.body)).not.toContain('11010519491231002X');
    expect(JSON.stringify(res.body)).not.toContain('13812345678');
  });

  it('wages and overtime pay claimed while still employed have no limitation; other claims do (LDMAL art 27 para 4)', async () => {
    const kinds = async (items: { type: string; amountYuan: string }[]) =>
      (
        (await w.file(riderClaim({ items, employmentOngoing: true } as never))).body.case.deadlines as {
          kind: string;
        }[]
      ).map((d) => d.kind);
    expect(
      await kinds([
        { type: 'overtime', amountYuan: '800' },
        { type: 'unpaid_wages', amountYuan: '3000' },
      ]),
    ).toEqual(['mediation_window']);
    expect(await kinds([{ type: 'platform_penalties', amountYuan: '200' }])).toEqual([
      'mediation_window',
      'limitation',
    ]);
  });

  it('a mediator reveals the phone with a reason, which is audited; others cannot', async () => {
    const { t, token, worker } = w;
    const id = (await w.file(riderClaim())).body.case.id;
    const reveal = (tok: string, body: object) => t.api('POST', `/api/admin/cases/${id}/reveal`, { token: tok, body });
    expect((await reveal(token.delivery, { field: 'phone' })).body.fields[0].path).toBe('/body/reason');
    const res = await reveal(token.delivery, { field: 'phone', reason: '需电话通知调解时间' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ field: 'phone', value: '13812345678' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await reveal(token.delivery, { field: 'idNumber', reason: '核实身份' })).body.value).toBe(
      '11010519491231002X',
    );
    const rows = await t.app.db.query(
      `SELECT action, detail FROM audit_entries WHERE targetId = ? ORDER BY createdAt`,
      [id],
    );
    expect(
      rows.map((r: { action: string; detail: string }) => [
        r.action,
        JSON.parse(r.detail).field,
        JSON.parse(r.detail).reason,
      ]),
    ).toEqual([
      ['personal_data.revealed', 'phone', '需电话通知调解时间'],
      ['personal_data.revealed', 'idNumber', '核实身份'],
    ]);
    expect((await reveal(token.courier, { field: 'phone', reason: '好奇看看' })).status).toBe(404);
    expect((await reveal(worker.accessToken, { field: 'phone', reason: '我自己的' })).status).toBe(403);
  });

  it('personal data is sealed in the database', async () => {
    expect((await w.file(riderClaim())).status).toBe(201);
    const rows = await w.t.app.db.getRepository(CaseEntity).find();
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('11010519491231002X');
    expect(dump).not.toContain('13812345678');
    expect(dump).not.toContain('王小明');
  });

  it('a retry with the same key files nothing new, also when two arrive at once', async () => {
    const key = randomUUID();
    const [a, b, c] = await Promise.all([
      w.file(riderClaim(), key),
      w.file(riderClaim(), key),
      w.file(riderClaim(), key),
    ]);
    const numbers = new Set([a, b, c].map((r) => r.body.case.number));
    expect(numbers.size).toBe(1);
    expect([a, b, c].map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(await w.t.app.db.getRepository(CaseEntity).countBy({ idempotencyKey: key })).toBe(1);
  });

  it('the same key with different content is a conflict, not a silent replay', async () => {
    const key = randomUUID();
    await w.file(riderClaim(), key);
    const res = await w.file(riderClaim({ description: '内容不同的另一份申请，金额也不同。' }), key);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('filing without an Idempotency-Key is refused naming the header', async () => {
    const res = await w.t.api('POST', '/api/cases', { token: w.worker.accessToken, body: riderClaim() });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].path).toBe('/headers/idempotency-key');
  });

  it('a wrong ID number, credit code and amount are all named at once; unknown fields are refused', async () => {
    const bad = riderClaim({
      claimant: { name: '王小明', idNumber: '110105194912310021', phone: '13812345678' },
      respondent: { name: '某公司', creditCode: '91350100M000100Y44' },
      items: [{ type: 'unpaid_wages', amountYuan: '0' }],
    });
    const res = await w.file(bad);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`).sort()).toEqual([
      '/body/claimant/idNumber checksum',
      '/body/items/0/amountYuan amount',
      '/body/respondent/creditCode checksum',
    ]);
    const unknown = await w.file({ ...riderClaim(), nickname: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0]).toMatchObject({ path: '/body/nickname', rule: 'additionalProperties' });
  });

  it('case numbers are unique and consecutive within the year', async () => {
    const a = (await w.file(riderClaim())).body.case.number as string;
    const b = (await w.file(riderClaim())).body.case.number as string;
    expect(Number(b.slice(-6)) - Number(a.slice(-6))).toBe(1);
  });

  it('a household nanny’s claim goes to people’s mediation and the worker is told why', async () => {
    const res = await w.file(
      riderClaim({ industry: 'domestic_service', workMode: 'household', areaCode: '330303', stationCode: null }),
    );
    expect(res.body.case).toMatchObject({
      station: { code: 'WZ-EAST' },
      routing: { reason: 'household_domestic_people_mediation', labourDispute: false, mediationType: 'people' },
    });
    expect(res.body.nextStep['zh-CN']).toContain('不属于劳动争议');
  });

  it('a claim no station can take is kept, not lost, and the worker is told', async () => {
    const res = await w.file(riderClaim({ areaCode: '110105', stationCode: null, industry: 'trucking' }));
    expect(res.status).toBe(201);
    expect(res.body.case).toMatchObject({ station: null, routing: { reason: 'no_station' } });
    expect(res.body.nextStep['zh-CN']).toContain('12333');
    const queue = await w.t.api('GET', '/api/admin/cases', { token: w.token.supervisor });
    expect(queue.body.items.map((c: { number: string }) => c.number)).toContain(res.body.case.number);
  });

  describe('a worker’s cases are their own', () => {
    it('another worker cannot see or act on my case, even with its id', async () => {
      const { t } = w;
      const mine = (await w.file(riderClaim())).body.case.id;
      const other = await signInWorker(t, '13900000099');
      expect((await t.api('GET', `/api/cases/${mine}`, { token: other.accessToken })).status).toBe(404);
      expect(
        (await t.api('POST', `/api/cases/${mine}/actions/withdraw`, { token: other.accessToken, body: {} })).status,
      ).toBe(404);
      expect((await t.api('GET', '/api/cases', { token: other.accessToken })).body.items).toEqual([]);
    });

    it('the worker withdraws, and staff can do nothing more with it', async () => {
      const id = (await w.file(riderClaim())).body.case.id;
      const res = await w.workerAct(id, 'withdraw', { reason: '已与公司自行协商解决' });
      expect(res.body.status).toBe('withdrawn');
      expect((await w.act(w.token.delivery, id, 'accept')).status).toBe(409);
    });

    it('staff cannot file for a worker, and a worker cannot reach the staff case API', async () => {
      expect((await w.file(riderClaim(), randomUUID(), w.token.delivery)).status).toBe(403);
      expect((await w.t.api('GET', '/api/admin/cases', { token: w.worker.accessToken })).status).toBe(403);
    });
  });
});

describe('the first claims of a year arriving together, under a 30-day mediation rule', () => {
  it('each gets its own number, and its window follows the configured rule', async () => {
    const t = await startApp({ CLOCK_RULES_JSON: '{"mediationWindowDays": 30, "rollForwardOffDays": false}' });
    try {
      await t.station({ code: 'WZ-DELIVERY', kind: 'association', industries: ['food_delivery'], areaCode: '330300' });
      const workers = await Promise.all(
        ['13700000001', '13700000002', '13700000003', '13700000004'].map((p) => signInWorker(t, p)),
      );
      const results = await Promise.all(workers.map((worker) => fileClaim(t, worker.accessToken, riderClaim())));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.case.number)).size).toBe(4);
      const window = results[0]!.body.case.deadlines[0];
      expect(daysBetween(window.from, window.due)).toBe(30);
    } finally {
      await t.close();
    }
  });
});

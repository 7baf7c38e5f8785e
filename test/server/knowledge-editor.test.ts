import { randomUUID } from 'node:crypto';
import { anonymise, findPersonalData, type KnowledgeCreateBody } from '@gig/shared';
import { AuditEntryEntity } from '@gig/server/entities';
import { signInWorker, STAFF_PASSWORD, startApp, type LooseBody, type TestApp } from './helpers/app';
import { claim } from '../factories';
import { centreAndCourier } from '../factories/stations';

/**
 * The library's editors (issue 13): drafts, review and publishing with versions kept, Markdown
 * import, the editor capability (city centre supervisors and system admins only), and typical
 * cases from closed cases through the anonymisation step and its automatic check.
 */
const article = (over: Partial<KnowledgeCreateBody> = {}): KnowledgeCreateBody => ({
  kind: 'article',
  title: '仲裁不收费',
  law: '劳动争议调解仲裁法',
  article: 53,
  body: '劳动争议仲裁不收费。劳动争议仲裁委员会的经费由财政予以保障。',
  summary: false,
  example: false,
  claimTypes: [],
  industries: [],
  keywords: ['旧规则'],
  source: { title: '中华人民共和国劳动争议调解仲裁法', versionDate: '2007-12-29' },
  media: [],
  case: null,
  ...over,
});

const exampleCase = (facts: string): KnowledgeCreateBody => ({
  kind: 'case',
  title: '示例：骑手被扣押金',
  law: null,
  article: null,
  body: '示例案例（非真实案例）。',
  summary: false,
  example: true,
  claimTypes: ['unpaid_wages'],
  industries: ['food_delivery'],
  keywords: [],
  source: null,
  media: [],
  case: { facts, disputeFocus: '押金能否退还。', outcome: 'upheld', reasoning: '押金应当退还。', basisIds: [] },
});

describe('the knowledge editors', () => {
  let t: TestApp;
  let supervisor: string;
  let admin: string;
  let mediator: string;
  let stationAdmin: string;
  let worker: string;

  beforeAll(async () => {
    t = await startApp();
    const { centre, courier } = await centreAndCourier(t);
    const token = async (role: Parameters<TestApp['staff']>[0], s: typeof centre | null) =>
      (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
    supervisor = await token('supervisor', centre);
    admin = await token('system_admin', null);
    mediator = await token('mediator', courier);
    stationAdmin = await token('station_admin', courier);
    worker = (await signInWorker(t)).accessToken;
  });
  afterAll(() => t.close());

  const post = (url: string, token: string, body?: unknown) => t.api('POST', url, { token, body });
  const search = async (q: string) =>
    (await t.api('GET', `/api/public/knowledge?q=${encodeURIComponent(q)}`)).body.items.map((h: LooseBody) => h.id);

  it('takes a draft through review to publishing, keeps every version, and searches only what is published', async () => {
    const created = await post('/api/admin/knowledge', supervisor, article());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, publishedVersion: null });
    const id = created.body.id;
    expect((await t.api('GET', `/api/public/knowledge/${id}`)).status).toBe(404);
    expect(await search('旧规则')).toEqual([]);
    // Publishing skips no step: a draft goes to review first.
    const early = await post(`/api/admin/knowledge/${id}/publish`, admin);
    expect(early).toMatchObject({ status: 409, body: { code: 'KNOWLEDGE_STATE' } });
    expect((await post(`/api/admin/knowledge/${id}/submit`, supervisor)).body.status).toBe('review');
    const published = await post(`/api/admin/knowledge/${id}/publish`, admin);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 1, publishedVersion: 1 });
    expect(await search('旧规则')).toEqual([id]);

    // An edit of a published entry is version 2, a draft; workers still read version 1.
    const { kind, ...content } = article({
      body: '劳动争议仲裁不收费。劳动争议仲裁委员会的经费由财政予以保障。',
      keywords: ['费用'],
    });
    expect(kind).toBe('article');
    const edited = await t.api('PATCH', `/api/admin/knowledge/${id}`, {
      token: supervisor,
      body: { ...content, note: '更新' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'draft', version: 2, publishedVersion: 1 });
    expect((await t.api('GET', `/api/public/knowledge/${id}`)).body.version).toBe(1);
    expect(await search('费用')).toEqual([]);
    await post(`/api/admin/knowledge/${id}/submit`, supervisor);
    expect((await post(`/api/admin/knowledge/${id}/publish`, supervisor)).body.publishedVersion).toBe(2);
    const pub = await t.api('GET', `/api/public/knowledge/${id}`);
    expect(pub.body).toMatchObject({ version: 2, keywords: ['费用'] });
    expect(await search('费用')).toEqual([id]);
    expect(await search('旧规则')).toEqual([]);

    const versions = await t.api('GET', `/api/admin/knowledge/${id}/versions`, { token: admin });
    expect(versions.body.items.map((v: LooseBody) => [v.version, v.status, v.superseded])).toEqual([
      [2, 'published', false],
      [1, 'published', true],
    ]);
    expect(versions.body.items[1].content.keywords).toEqual(['旧规则']);
    const trail = await t.app.db.getRepository(AuditEntryEntity).findBy({ targetId: id });
    expect(trail.map((a) => a.action).sort()).toEqual(
      ['create', 'publish', 'publish', 'submit', 'submit', 'update'].map((a) => `knowledge.${a}`),
    );
    const list = await t.api('GET', '/api/admin/knowledge?status=published&kind=article', { token: supervisor });
    expect(list.body.items.map((e: LooseBody) => e.id)).toContain(id);
  });

  it('refuses everyone but supervisors and system admins (403), and signed-out callers (401)', async () => {
    for (const token of [mediator, stationAdmin, worker]) {
      expect((await t.api('GET', '/api/admin/knowledge', { token })).status).toBe(403);
      expect((await post('/api/admin/knowledge', token, article({ article: 4 }))).status).toBe(403);
    }
    expect((await t.api('POST', '/api/admin/knowledge', { body: article() })).status).toBe(401);
  });

  it('names the field at fault: an article without its law, number or version date, a case part on an article', async () => {
    const noLaw = await post('/api/admin/knowledge', supervisor, article({ law: null }));
    expect(noLaw.status).toBe(400);
    expect(noLaw.body.fields[0].path).toBe('/body/law');
    const noDate = await post('/api/admin/knowledge', supervisor, article({ source: { title: '劳动法' } }));
    expect(noDate.body.fields[0].path).toBe('/body/source/versionDate');
    const sourced = await post('/api/admin/knowledge', supervisor, { ...exampleCase('事实'), example: false });
    expect(sourced.body.fields[0].path).toBe('/body/source');
    const bad = await post('/api/admin/knowledge', supervisor, article({ claimTypes: ['nope' as never] }));
    expect(bad.status).toBe(400);
  });

  it('imports entries from Markdown as drafts, or none of them when one is at fault', async () => {
    const md = [
      '---',
      'kind: article',
      'law: 劳动合同法',
      'article: 30',
      'title: 及时足额支付劳动报酬',
      'claimTypes: unpaid_wages',
      'keywords: 欠薪, 拖欠工资',
      'source.title: 中华人民共和国劳动合同法（2012年修正）',
      'source.versionDate: 2012-12-28',
      '---',
      '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。',
      '---',
      'kind: case',
      'title: 示例：押金纠纷',
      'example: true',
      'outcome: settled',
      'industries: food_delivery',
      '---',
      '## 案情',
      '骑手李某离职后站点不退押金。',
      '## 争议焦点',
      '押金能否退还。',
      '## 裁判理由',
      '经调解站点退还押金。',
    ].join('\n');
    const res = await post('/api/admin/knowledge/import', admin, { markdown: md });
    expect(res.status).toBe(201);
    expect(res.body.items.map((e: LooseBody) => [e.kind, e.status, e.article])).toEqual([
      ['article', 'draft', 30],
      ['case', 'draft', null],
    ]);
    expect(res.body.items[1].case).toMatchObject({ facts: '骑手李某离职后站点不退押金。', outcome: 'settled' });
    const before = (await t.api('GET', '/api/admin/knowledge', { token: admin })).body.total;
    const broken = await post('/api/admin/knowledge/import', admin, {
      markdown: `${md}\n---\nkind: case\ntitle: 无结果\n---\n## 案情\n事实`,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.fields[0].path).toBe('/body/markdown/3/outcome');
    expect((await t.api('GET', '/api/admin/knowledge', { token: admin })).body.total).toBe(before);
  });

  it('finds names, phone, ID and plate numbers and addresses, and replaces them', () => {
    const text =
      '申请人张伟，电话13812345678，身份证号11010519491231002X，车牌浙C12345，住温州市鹿城区人民路10号。证人李某到场。';
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(['name', 'phone', 'id_number', 'plate', 'address']);
    const clean = anonymise(text);
    expect(findPersonalData(clean)).toEqual([]);
    expect(clean).toContain('申请人张某');
    expect(clean).toContain('[电话已删除]');
    expect(clean).not.toMatch(/13812345678|11010519491231002X|浙C12345|人民路10号/);
    // Pseudonyms are what anonymised text holds; a known name is found wherever it is.
    expect(findPersonalData('骑手王某与站长刘某某协商')).toEqual([]);
    expect(findPersonalData('后来王小明又去催要', ['王小明']).map((f) => f.kind)).toEqual(['name']);
  });

  it('refuses to publish a typical case while personal data is left in it, and publishes it once removed', async () => {
    for (const leak of [
      '联系电话13912345678',
      '身份证110105194912310021',
      '车牌苏A8K2J6',
      '骑手赵建国',
      '住在幸福路88号3栋',
    ]) {
      const created = await post('/api/admin/knowledge', supervisor, exampleCase(`${leak}，离职后站点不退押金。`));
      await post(`/api/admin/knowledge/${created.body.id}/submit`, supervisor);
      const refused = await post(`/api/admin/knowledge/${created.body.id}/publish`, supervisor);
      expect({ leak, status: refused.status, code: refused.body.code }).toEqual({
        leak,
        status: 422,
        code: 'PERSONAL_DATA_LEFT',
      });
      expect(refused.body.details.findings[0].field).toBe('case/facts');
      expect(JSON.stringify(refused.body)).not.toContain(leak.slice(-6));
    }
    const created = await post('/api/admin/knowledge', supervisor, exampleCase('骑手赵某离职后站点不退押金。'));
    await post(`/api/admin/knowledge/${created.body.id}/submit`, supervisor);
    expect((await post(`/api/admin/knowledge/${created.body.id}/publish`, supervisor)).status).toBe(200);
  });

  it('makes an anonymised typical-case draft from a closed case, and only from a closed one', async () => {
    const station = (await t.api('GET', '/api/admin/stations', { token: admin })).body.items.find(
      (s: LooseBody) => s.code === 'WZ-COURIER',
    );
    const mediatorAt = (await t.signIn((await t.staff('mediator', station)).username, STAFF_PASSWORD)).accessToken;
    const filed = await t.api('POST', '/api/cases', {
      token: worker,
      body: claim({
        description:
          '我王小明在温州某快递服务有限公司送件，车牌浙C8D123，站长电话13700001111，住鹿城区车站大道100号，十月份工资未发。',
      }),
      headers: { 'idempotency-key': randomUUID() },
    });
    const caseId = filed.body.case.id as string;
    const draftUrl = `/api/admin/knowledge/cases/from-case/${caseId}`;
    expect((await post(draftUrl, supervisor)).body.code).toBe('CASE_NOT_ENDED');
    for (const [action, body] of [
      ['accept', {}],
      ['record_failure', { reason: '公司拒绝调解' }],
      ['close', {}],
    ] as const)
      expect((await post(`/api/admin/cases/${caseId}/actions/${action}`, mediatorAt, body)).status).toBe(200);
    expect((await post(draftUrl, mediator)).status).toBe(403);
    const res = await post(draftUrl, supervisor);
    expect(res.status).toBe(201);
    const facts = res.body.entry.case.facts as string;
    expect(facts).not.toMatch(/王小明|13700001111|浙C8D123|车站大道100号|温州某快递服务有限公司/);
    expect(facts).toContain('王某');
    expect(facts).toContain('某公司');
    expect(res.body.replaced.map((f: LooseBody) => f.kind).sort()).toEqual(['address', 'name', 'phone', 'plate']);
    expect(res.body.remaining).toEqual([]);
    expect(res.body.entry).toMatchObject({
      kind: 'case',
      status: 'draft',
      example: false,
      claimTypes: ['unpaid_wages'],
    });
    const id = res.body.entry.id;
    await post(`/api/admin/knowledge/${id}/submit`, supervisor);
    expect((await post(`/api/admin/knowledge/${id}/publish`, admin)).status).toBe(200);
    expect(
      (await post('/api/admin/knowledge/cases/from-case/00000000-0000-4000-8000-000000000000', admin)).status,
    ).toBe(404);
  });
});

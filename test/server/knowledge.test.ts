import { KnowledgeEntryEntity } from '@gig/server/entities';
import { seedKnowledge, SEED_ARTICLES } from '@gig/server/seed/knowledge';
import { STAFF_PASSWORD, startApp, type LooseBody, type TestApp } from './helpers/app';

/**
 * The knowledge library (issue 13), public side: search with jieba-segmented Chinese and filters,
 * one entry, "cases like mine", and the legal Q&A answering from the library only, every citation
 * an entry that exists, with next steps and the mediator exit.
 */
describe('the knowledge library and the legal Q&A', () => {
  let t: TestApp;
  let byKey: Map<string, KnowledgeEntryEntity>;

  beforeAll(async () => {
    t = await startApp({ QA_RATE_LIMIT_PER_MINUTE: '1000' });
    await t.app.db.transaction((em) => seedKnowledge(em));
    const rows = await t.app.db.getRepository(KnowledgeEntryEntity).find();
    byKey = new Map(rows.map((r) => [r.kind === 'article' ? `${r.law}#${r.article}` : r.title, r]));
  });
  afterAll(() => t.close());

  const search = (qs: string) => t.api('GET', `/api/public/knowledge?${qs}`);
  const ask = (question: string, locale?: string) =>
    t.api('POST', '/api/public/qa', { body: locale ? { question, locale } : { question } });
  const article = (law: string, n: number) => byKey.get(`${law}#${n}`)!;

  it('seeds every article once, published, with its source and version date, verbatim unless marked a summary', async () => {
    expect(byKey.size).toBeGreaterThan(SEED_ARTICLES.length);
    for (const a of SEED_ARTICLES) {
      const row = article(a.law, a.article);
      expect(row.publishedVersion).toBe(1);
      expect(row.published!.source!.versionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(article('工伤保险条例', 17).published!.summary).toBe(true);
    expect(article('劳动合同法', 47).published!.summary).toBe(false);
    // Seeding again adds nothing.
    expect(await t.app.db.transaction((em) => seedKnowledge(em))).toBe(0);
  });

  it('finds entries by segmented Chinese words, best first', async () => {
    const res = await search(`q=${encodeURIComponent('没签劳动合同的二倍工资')}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ kind: 'article', law: '劳动合同法', article: 82 });
    // jieba splits 经济补偿怎么算 into words: the phrase is nowhere verbatim, the words are.
    const comp = await search(`q=${encodeURIComponent('经济补偿怎么算')}`);
    expect(comp.body.items.slice(0, 3).map((h: LooseBody) => h.article)).toContain(47);
    const none = await search(`q=${encodeURIComponent('护照签证')}`);
    expect(none.body).toEqual({ items: [], total: 0 });
  });

  it('filters by kind, industry, claim type and outcome', async () => {
    const cases = await search('kind=case&industry=food_delivery');
    expect(cases.body.total).toBeGreaterThanOrEqual(2);
    for (const h of cases.body.items) {
      expect(h.kind).toBe('case');
      expect(h.industries).toContain('food_delivery');
      expect(h.example).toBe(true);
    }
    const injury = await search(`kind=case&claimType=work_injury&q=${encodeURIComponent('摔伤')}`);
    expect(injury.body.items.map((h: LooseBody) => h.title)).toEqual(['示例：骑手送餐途中摔伤，站点不申请工伤认定']);
    // One article by its law and number, and a law's articles.
    const one = await search(`law=${encodeURIComponent('劳动合同法')}&article=82`);
    expect(one.body.items.map((h: LooseBody) => [h.law, h.article])).toEqual([['劳动合同法', 82]]);
    const law = await search(`law=${encodeURIComponent('劳动法')}&limit=50`);
    expect(law.body.items.map((h: LooseBody) => h.article).sort()).toEqual([41, 44, 72]);
    const dismissed = await search('kind=case&outcome=dismissed');
    expect(dismissed.body.items.map((h: LooseBody) => h.industries)).toEqual([['ride_hailing']]);
    const articles = await search(`kind=article&claimType=overtime&q=${encodeURIComponent('加班')}`);
    expect(articles.body.items.length).toBeGreaterThan(0);
    for (const h of articles.body.items) expect(h.claimTypes).toContain('overtime');
    expect((await search('kind=statute')).status).toBe(400);
  });

  it('reads one published entry, and nothing else', async () => {
    const e = article('人民调解法', 33);
    const res = await t.api('GET', `/api/public/knowledge/${e.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'article', law: '人民调解法', article: 33, summary: false, version: 1 });
    expect(res.body.body).toContain('三十日内共同向人民法院申请司法确认');
    expect(res.body.source).toMatchObject({ title: '中华人民共和国人民调解法', versionDate: '2010-08-28' });
    expect((await t.api('GET', '/api/public/knowledge/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('finds cases like mine from a draft claim, the closest first, with the articles for its claim types', async () => {
    const res = await t.api('POST', '/api/public/knowledge/similar', {
      body: {
        industry: 'food_delivery',
        claimTypes: ['termination_compensation'],
        description: '站长突然说我不用来了',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.cases[0].title).toBe('示例：外卖骑手被站点口头辞退，主张经济补偿');
    for (const c of res.body.cases) expect(c.industries).toContain('food_delivery');
    expect(res.body.articles.map((a: LooseBody) => a.article)).toEqual(expect.arrayContaining([47, 87]));
    const courier = await t.api('POST', '/api/public/knowledge/similar', { body: { claimTypes: ['double_wages'] } });
    expect(courier.body.cases[0].title).toBe('示例：快递员入职半年未签劳动合同，主张二倍工资');
  });

  /** Every citation names an entry that exists, published, and an article that is that entry's. */
  async function expectResolvable(body: LooseBody) {
    for (const c of body.citations) {
      const e = await t.app.db.getRepository(KnowledgeEntryEntity).findOneByOrFail({ id: c.id });
      expect(e.publishedVersion).not.toBeNull();
      expect({ law: e.law, article: e.article, kind: e.kind }).toEqual({
        law: c.law,
        article: c.article,
        kind: c.kind,
      });
    }
    const numbers = new Set(body.citations.map((c: LooseBody) => c.n));
    for (const s of body.statements) {
      expect(s.cites.length).toBeGreaterThan(0);
      for (const n of s.cites) expect(numbers.has(n)).toBe(true);
    }
    for (const m of String(body.answer).matchAll(/\[(\d+)\]/g)) expect(numbers.has(Number(m[1]))).toBe(true);
  }

  it('answers "被辞退能拿多少钱" from 劳动合同法 47 and 87, with the calculator, filing, legal aid and a mediator', async () => {
    const res = await ask('被辞退能拿多少钱');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: 'labour', composer: 'retrieval' });
    const cited = res.body.citations.map((c: LooseBody) => `${c.law}#${c.article}`);
    expect(cited).toEqual(expect.arrayContaining(['劳动合同法#47', '劳动合同法#87']));
    expect(res.body.answer).toContain('《劳动合同法》第四十七条');
    await expectResolvable(res.body);
    expect(res.body.next.map((n: LooseBody) => n.kind)).toEqual(['calculator', 'file_claim', 'legal_aid', 'mediator']);
    expect(res.body.next[0]).toMatchObject({ label: '算一算能主张多少', page: '/sub/calculator/index' });
    expect(res.body.mediator).toMatchObject({ kind: 'mediator', label: '找调解员聊聊' });
    expect(res.body.disclaimer).toContain('不构成法律意见');
  });

  it('answers "外卖骑手算不算劳动关系" with the platform-work policy and a case, examples marked 示例', async () => {
    const res = await ask('外卖骑手算不算劳动关系');
    expect(res.body.scope).toBe('labour');
    const titles = res.body.citations.map((c: LooseBody) => c.title);
    expect(titles).toContain('关于维护新就业形态劳动者劳动保障权益的指导意见');
    expect(res.body.cases.length).toBeGreaterThan(0);
    for (const c of res.body.cases) expect(c.example).toBe(true);
    const caseStatement = res.body.statements.find((s: LooseBody) => s.text.startsWith('相近的典型案例'));
    expect(caseStatement.text).toContain('（示例，非真实案例）');
    await expectResolvable(res.body);
    expect(res.body.next.at(-1).kind).toBe('mediator');
  });

  it('answers "工伤了公司不管怎么办" with 工伤保险条例 17 (the worker applies within a year)', async () => {
    const res = await ask('工伤了公司不管怎么办');
    expect(res.body.scope).toBe('labour');
    const cited = res.body.citations.map((c: LooseBody) => `${c.law}#${c.article}`);
    expect(cited).toContain('工伤保险条例#17');
    expect(res.body.answer).toContain('（摘要）');
    await expectResolvable(res.body);
    expect(res.body.next.map((n: LooseBody) => n.kind)).toContain('calculator');
  });

  it('cites only existing entries across many questions', async () => {
    const questions = [
      '老板拖欠三个月工资不给怎么办',
      '加班不给加班费',
      '入职半年公司一直不签合同',
      '公司不给交社保',
      '平台乱罚款扣钱合法吗',
      '调解协议签了公司不履行',
      '仲裁要交钱吗',
      '仲裁时效是多久',
      '送快递路上被车撞了',
      '网约车司机被封号',
      '家政阿姨国庆加班',
      '对仲裁裁决不服怎么办',
      '我被开除了没有任何补偿',
      '调解不成多久可以申请仲裁',
      '站长说我是众包骑手不算员工',
    ];
    for (const q of questions) {
      const res = await ask(q);
      expect({ q, scope: res.body.scope }).toEqual({ q, scope: 'labour' });
      expect(res.body.citations.length).toBeGreaterThan(0);
      await expectResolvable(res.body);
    }
  });

  it('answers a question outside labour matters with a clear refusal pointing elsewhere', async () => {
    const res = await ask('怎么办护照');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: 'out_of_scope', citations: [], cases: [], statements: [] });
    expect(res.body.answer).toContain('不属于劳动争议');
    expect(res.body.answer).toContain('12345');
    expect(res.body.next).toEqual([{ kind: 'hotline', label: '拨打12345政务服务便民热线', page: null }]);
    const en = await ask('怎么办护照', 'en');
    expect(en.body.next[0].label).toBe('Call the 12345 government service hotline');
  });

  it('keeps no question and removes ID and phone numbers before anything reads it', async () => {
    const res = await ask('我的身份证110105194912310021，电话13912345678，被辞退了能拿多少钱');
    expect(res.body.scope).toBe('labour');
    expect(t.logs()).not.toContain('110105194912310021');
    expect(t.logs()).not.toContain('13912345678');
    expect((await ask('')).status).toBe(400);
    expect((await ask('长'.repeat(501))).status).toBe(400);
  });

  it('keeps the library to editors: a mediator or an anonymous caller gets no editor route', async () => {
    const station = await t.station({ code: 'KN-1' });
    const mediator = (await t.signIn((await t.staff('mediator', station)).username, STAFF_PASSWORD)).accessToken;
    expect((await t.api('GET', '/api/admin/knowledge', { token: mediator })).status).toBe(403);
    expect((await t.api('GET', '/api/admin/knowledge')).status).toBe(401);
  });
});

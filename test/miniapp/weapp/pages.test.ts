import fs from 'node:fs';
import path from 'node:path';
import { CASE_STATUS_LABELS } from '@gig/shared';
import { claim } from '../../factories';
import { describeBuilt, launch } from './harness';
import { CAN_RENDER, NO_RENDER_MESSAGE } from './render';
import { DIST } from './sandbox';
import { COURIER_NAME, startWorld, type World } from './world';
import { t, tn } from './words';

/** The server's library seed (loaded as ./server loads the app: this project does not compile the server). */
const { seedKnowledge } = require(path.resolve(__dirname, '../../../server/src/seed/knowledge')) as {
  seedKnowledge(em: unknown): Promise<number>;
};
type WithDb = { app: { db: { transaction<T>(f: (em: unknown) => Promise<T>): Promise<T> } } };

/**
 * Every page of the WeChat build (app.json's main package and its subpackages) boots in the sandbox
 * as WeChat would run it, for a signed-in worker: app.js with its chunks, the page's script,
 * onLaunch, onLoad(query), onShow, onReady, without an exception or a logged error, and WeChat
 * draws the page's own content from the data Taro sends (rendered by wcc).
 */
jest.setTimeout(60_000);

let world: World;
let storage: () => Map<string, string>;
let caseId: string;
let caseNumber: string;
/** The library's entries the know-your-rights pages open: an article (劳动合同法 art. 47) and a typical case. */
let articleId: string;
let typical: { id: string; title: string };

describeBuilt('every page of the WeChat build', () => {
  beforeAll(async () => {
    world = await startWorld();
    const worker = await world.worker('13900002222');
    const filed = await world.api.api('POST', '/api/cases', {
      token: worker.accessToken,
      headers: { 'idempotency-key': 'f0e1d2c3-b4a5-4678-9abc-def012345678' },
      body: claim({ claimant: { name: '钱师傅', idNumber: '11010519491231002X', phone: '13900002222' } }),
    });
    expect(filed.status).toBe(201);
    caseId = filed.body.case.id;
    caseNumber = filed.body.case.number;
    storage = () => world.signedIn(worker);
    await (world.api as unknown as WithDb).app.db.transaction((em) => seedKnowledge(em));
    const articles = await world.api.api(
      'GET',
      `/api/public/knowledge?q=${encodeURIComponent('劳动合同法')}&kind=article&limit=50`,
    );
    articleId = articles.body.items.find(
      (h: { law: string; article: number }) => h.law === '劳动合同法' && h.article === 47,
    ).id;
    typical = (await world.api.api('GET', '/api/public/knowledge?kind=case&limit=1')).body.items[0];
  });
  afterAll(async () => world?.api.close());

  // Each page, what it is opened with, and words only it shows once it has loaded.
  const pages: [string, Record<string, string>, () => string[], string?][] = [
    ['pages/index/index', {}, () => [t('appName'), COURIER_NAME]],
    ['pages/station/index', { code: 'WZ-COURIER' }, () => [COURIER_NAME, t('start')]],
    ['pages/login/index', {}, () => [t('wechatSignIn'), t('sendCode')]],
    ['pages/cases/index', {}, () => [CASE_STATUS_LABELS.submitted['zh-CN']]],
    // The old case address forwards to the subpackage's case page.
    ['pages/case/index', { id: '<case>' }, () => [CASE_STATUS_LABELS.submitted['zh-CN']], 'sub/case/index'],
    ['pages/me/index', {}, () => [t('signOut'), '139****2222']],
    ['sub/claim/index', {}, () => [t('stepStation'), t('draftSaved')]],
    ['sub/calculator/index', { area: '330302' }, () => [t('calcTitle')]],
    // With what the law says at this stage (the claim was just submitted: 劳动争议调解仲裁法 art. 4 first).
    [
      'sub/case/index',
      { id: '<case>' },
      () => [CASE_STATUS_LABELS.submitted['zh-CN'], caseNumber, tn('stageTitle'), '《劳动争议调解仲裁法》第四条'],
    ],
    ['sub/profile/index', {}, () => ['我的资料', t('idNumber')]],
    ['sub/inbox/index', {}, () => [t('inboxTitle'), '还没有消息']],
    ['sub/worklog/index', {}, () => ['我的工作记录', '记一笔', '向平台要我的数据']],
    // Know your rights: the tab (the question box, the law by claim type, the newest typical cases), and its reading.
    ['pages/rights/index', {}, () => [tn('intro'), tn('askTitle'), tn('lawTitle'), typical.title]],
    ['rights/article/index', { id: '<article>' }, () => ['《劳动合同法》第四十七条', '经济补偿的计算', tn('source')]],
    ['rights/case/index', { id: '<typical>' }, () => [tn('exampleWhy'), typical.title, tn('facts')]],
    ['rights/law/index', { claimType: 'double_wages' }, () => ['《劳动合同法》第八十二条', tn('mediator')]],
  ];

  test('the tests cover every page app.json lists', () => {
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
    const all = [
      ...app.pages,
      ...app.subPackages.flatMap((s: { root: string; pages: string[] }) => s.pages.map((p) => `${s.root}/${p}`)),
    ];
    expect(pages.map(([p]) => p).sort()).toEqual([...all].sort());
  });

  test.each(pages)('%s boots, loads and shows its content', async (route, query, words, lands = route) => {
    const ids: Record<string, string> = { '<case>': caseId, '<article>': articleId, '<typical>': typical.id };
    const q = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, ids[v] ?? v]));
    const s = await launch(world.api.base, route, q, { storage: storage() });
    try {
      expect(s.sb.errors).toEqual([]);
      expect(s.sb.logs.filter((l) => l.level === 'error')).toEqual([]);
      expect(s.page().route).toBe(lands);
      // Taro sent the page's tree to WeChat through setData.
      expect((s.page().data.root as { cn: unknown[] }).cn.length).toBeGreaterThan(0);
      // Every request the page made went to the API and was answered without an error.
      const failed = s.rec.net.calls.filter((c) => c.error || (c.status ?? 0) >= 400);
      expect(failed).toEqual([]);
      if (!CAN_RENDER) return console.warn(NO_RENDER_MESSAGE);
      const text = s.text();
      for (const w of words())
        expect({ route, shows: w, found: text.includes(w) }).toEqual({ route, shows: w, found: true });
    } finally {
      s.close();
    }
  });
});

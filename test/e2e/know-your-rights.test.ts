import path from 'node:path';
import type { Page } from 'playwright-core';
import { useProduct } from './product';
import { expectReadable as readable } from './contrast';
import { courierToItems, phone } from './phone';

/**
 * Know your rights in the worker's H5 app at 360x780, not signed in (issue 13): the tab asks the
 * library in the worker's own words and the answer's article citation opens that article; the
 * typical cases are found by a filter and one opens, 示例 said first; the law for a claim type;
 * the station page's entry leads to the tab. Every page readable (contrast ≥ 4.5:1). With
 * SCREENSHOT_DIR set, each page is kept there as a PNG (one in care mode).
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct(undefined, { timeout: 180_000 });

/**
 * Waits for the page holding `sel` to finish sliding in (a tap during the browser build's page
 * animation is lost): the element at the left edge, in the same place on two polls running.
 */
async function landed(page: Page, sel: string) {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      const w = window as unknown as { lastLeft?: number };
      const left = el ? Math.round(el.getBoundingClientRect().left) : NaN;
      const still = left >= 0 && left < 40 && w.lastLeft === left;
      w.lastLeft = left;
      return still;
    },
    sel,
    { polling: 150 },
  );
}
async function shot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

test('a worker, not signed in, asks, reads the article cited, finds a typical case and the law for a claim type', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/app/#/pages/rights/index`);
  await page.waitForSelector('[data-testid=ask-question]', { timeout: 120_000 });
  // The newest typical cases are there before any search.
  await page.waitForSelector('[data-testid=case-hit]');
  await landed(page, '[data-testid=ask-question]');
  await readable(page, 'tab');
  await shot(page, 'rights-tab');

  // The question in the worker's own words: an answer citing articles, with next steps and the mediator exit.
  await page.fill('[data-testid=ask-question] textarea', '被辞退能拿多少钱');
  await Promise.all([page.waitForResponse('**/api/public/qa'), page.click('[data-testid=ask]')]);
  await page.waitForSelector('[data-testid=answer] [data-testid=statement]');
  // The typical case nearest to the question is among the answer's sources too, 示例 marked.
  await page.waitForSelector('[data-testid=citation-case] [data-testid=example-mark]');
  const cited = page.locator('[data-testid=citation]', { hasText: '《劳动合同法》第四十七条' });
  await expect(cited.count()).resolves.toBe(1);
  await page.waitForSelector('[data-testid=next-calculator]');
  await page.waitForSelector('[data-testid=answer-mediator]:has-text("找调解员聊聊")');
  await readable(page, 'answer');
  await page.locator('[data-testid=answer]').scrollIntoViewIfNeeded();
  await shot(page, 'rights-answer');

  // The citation opens that article: its law and number, its text, its source.
  await cited.click();
  await page.waitForSelector('[data-testid=article-name]:text-is("《劳动合同法》第四十七条")');
  await expect(page.locator('[data-testid=article-body]').innerText()).resolves.toContain('经济补偿');
  await page.waitForSelector('[data-testid=entry-source]');
  await landed(page, '[data-testid=article]');
  await readable(page, 'article');
  await shot(page, 'rights-article');
  await page.goBack();

  // Typical cases by a filter: food delivery, then the case opens with 示例 said first.
  await landed(page, '[data-testid=ask-question]');
  await page.click('[data-testid=filter-industry]');
  await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/api/public/knowledge?') && r.url().includes('industry=food_delivery'),
    ),
    page.click('[data-testid=filter-industry-food_delivery]'),
  ]);
  await page.waitForSelector('[data-testid=filter-industry]:has-text("外卖配送")');
  const hit = page.locator('[data-testid=case-hit]', { hasText: '外卖骑手' }).first();
  await hit.waitFor();
  const title = (await hit.locator('.kn-hit-name').innerText()).trim();
  await readable(page, 'case search');
  await hit.click();
  await page.waitForSelector('[data-testid=case-example]:has-text("示例")');
  await expect(page.locator('[data-testid=case-title]').innerText()).resolves.toBe(title);
  await page.waitForSelector('[data-testid=case-facts]');
  await page.waitForSelector('[data-testid=basis-link]');
  await landed(page, '[data-testid=typical-case]');
  // 示例 is the first thing on the page, above the case's title.
  const [band, head] = await Promise.all(
    ['[data-testid=case-example]', '[data-testid=case-title]'].map((s) =>
      page.locator(s).evaluate((el) => el.getBoundingClientRect().top),
    ),
  );
  expect(band).toBeLessThan(head!);
  await readable(page, 'typical case');
  await shot(page, 'rights-case');
  await page.goBack();
  await landed(page, '[data-testid=ask-question]');

  // The law for a claim type: the articles on double wages, each opening its text.
  await page.click('[data-testid=law-double_wages]');
  await page.waitForSelector('[data-testid=law-heading]:has-text("未签劳动合同二倍工资")');
  const law = page.locator('[data-testid=law-hit]', { hasText: '《劳动合同法》第八十二条' });
  await law.waitFor();
  await landed(page, '[data-testid=law-heading]');
  await readable(page, 'law for a claim type');
  await shot(page, 'rights-law');
  await law.click();
  await page.waitForSelector('[data-testid=article-name]:text-is("《劳动合同法》第八十二条")');

  // The same in care mode: still readable.
  await page.goto(`${app.base}/app/#/pages/me/index`);
  await page.click('[data-testid=me-care]');
  await page.goto(`${app.base}/app/#/pages/rights/index`);
  await page.waitForSelector('.care [data-testid=ask-question]');
  await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((p) => p.scrollTo(0, 0)));
  await page.waitForSelector('[data-testid=case-hit]');
  await landed(page, '[data-testid=ask-question]');
  await readable(page, 'tab in care mode');
  await shot(page, 'rights-tab-care');

  expect(problems).toEqual([]);
  await ctx.close();
});

test('the station page after scanning leads to know your rights', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=station-rights]', { timeout: 120_000 });
  await landed(page, '[data-testid=station-rights]');
  await readable(page, 'station page');
  await shot(page, 'station-rights-entry');
  await page.click('[data-testid=station-rights]');
  await page.waitForSelector('[data-testid=ask-question]');
  expect(problems).toEqual([]);
  await ctx.close();
});

test('beside the claim types in the wizard: the articles for what the worker claims, and cases like it', async () => {
  const { ctx, page, problems } = await phone(browser);
  await courierToItems(app, page, { mobile: '13900007777', name: '吴师傅' });
  await page.click('[data-testid=claim-type-0-double_wages]');
  const art = page.locator('[data-testid=claim-law-article]', { hasText: '《劳动合同法》第八十二条' });
  await art.waitFor();
  await readable(page, 'wizard with the law beside the claim types');
  await art.scrollIntoViewIfNeeded();
  await shot(page, 'claim-law-panel');
  await art.click();
  await page.waitForSelector('[data-testid=article-name]:text-is("《劳动合同法》第八十二条")');
  // Back in the wizard, at the same step, by the title bar's back (the app's own page stack).
  // The browser's back here left the wizard hidden under CI's load (twice; not seen on a quiet
  // machine): see the closing note of 2026-12-02.
  await page.locator('[data-testid=step-title]').waitFor({ state: 'hidden' });
  await page.locator('.taro-navigation-bar-back').waitFor({ state: 'visible' });
  await page.click('.taro-navigation-bar-back');
  await page.waitForSelector('[data-testid=step-title]:text-is("您要什么")');
  expect(problems).toEqual([]);
  await ctx.close();
});

test("a legal class's audio and video are listed with a way to open them", async () => {
  const { accessToken: token } = await app.staff('supervisor');
  const media = [
    { kind: 'audio', url: 'https://media.example.cn/class-1.mp3', title: '被辞退了怎么办（音频）' },
    { kind: 'video', url: 'https://media.example.cn/class-1.mp4' },
  ];
  const created = await app.call('POST', '/api/admin/knowledge', {
    token,
    body: {
      kind: 'class',
      title: '普法课堂：被辞退以后的三件事',
      body: '示例课堂：先保存辞退的证据，再算一算可以主张的补偿，然后到调解站申请调解。',
      summary: false,
      example: false,
      claimTypes: ['termination_compensation'],
      industries: [],
      keywords: [],
      source: { title: '本平台普法课堂' },
      media,
      case: null,
    },
  });
  expect(created.status).toBe(201);
  for (const step of ['submit', 'publish'])
    expect((await app.call('POST', `/api/admin/knowledge/${created.body.id}/${step}`, { token })).status).toBe(200);
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/app/#/rights/article/index?id=${created.body.id}`);
  await page.waitForSelector('[data-testid=entry-media]');
  const listed = await page.locator('[data-testid=entry-media]').innerText();
  expect(listed).toContain('音频：被辞退了怎么办（音频）');
  expect(listed).toContain('视频');
  // The outside address answers here (no network): the browser opens it in a new tab.
  await ctx.route('https://media.example.cn/**', (r) =>
    r.fulfill({ status: 200, contentType: 'audio/mpeg', body: '' }),
  );
  const opened = ctx.waitForEvent('page');
  await page.locator('[data-testid=entry-media-open]').first().click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(media[0]!.url);
  await shot(page, 'rights-class-media');
  await readable(page, 'a class with media');
  expect(problems).toEqual([]);
  await ctx.close();
});

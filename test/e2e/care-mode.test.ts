import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useProduct } from './product';
import { lowContrast } from './contrast';
import { phone, signInByPhone } from './phone';

/**
 * Care mode (关怀模式, MIIT's elder-friendly rules) in the worker's H5 app at 360x780: turned on from
 * the home page, on every page of the worker's path (home, station, sign-in, each claim step, the
 * receipt, my cases, the case page, me, the calculator), in Chinese and English, with it off and on:
 * body text 18 px or more (larger in care mode), line spacing 1.3 or more, every text 4.5:1 or
 * more, and in care mode every control at least 60×60 CSS px and nothing moving. Text follows the
 * browser's font setting. Screenshots of every page go to /tmp/care-shots.
 */
jest.setTimeout(300_000);

const SHOTS = '/tmp/care-shots';
const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' }, { timeout: 180_000 });
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The first page load of a fresh server is slow on a busy machine: warm it up once.
  const { ctx, page } = await phone(browser);
  await page.goto(`${app.base}/app/#/pages/index/index`);
  await page.waitForSelector('[data-testid=start]', { timeout: 120_000 });
  await ctx.close();
}, 180_000);

/** What the worker can tap: buttons, chips, links, list rows, the tab and title bars. */
const TARGETS = [
  'button',
  'a[href]',
  '.btn',
  '.chip',
  '.lang',
  '.link',
  '.link-danger',
  '.tap',
  '.home-case',
  '.calc-pick',
  '.calc-choice',
  '.calc-situation',
  '.calc-line',
  '.checklist-toggle',
  '.checklist-item-tap',
  '.text-toggle',
  '.weui-tabbar__item',
  '.taro-navigation-bar-back',
  '.taro-navigation-bar-home',
].join(',');

interface Measure {
  minFont: number;
  small: string[];
  tight: string[];
  targets: number;
  tinyTargets: string[];
  moving: string[];
}

/** Every visible text node's size and line spacing, every visible control's size, anything that moves. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate((sel) => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const out = { minFont: 1000, small: [] as string[], tight: [] as string[], targets: 0 };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('[aria-hidden="true"], script, style, #boot') || !shown(el)) continue;
      const s = getComputedStyle(el);
      const fs = parseFloat(s.fontSize);
      const lh = s.lineHeight === 'normal' ? 1.2 * fs : parseFloat(s.lineHeight);
      out.minFont = Math.min(out.minFont, fs);
      if (fs < 17.95) out.small.push(`${text.slice(0, 24)} ${fs}px`);
      if (lh / fs < 1.295) out.tight.push(`${text.slice(0, 24)} ${s.lineHeight}/${fs}px`);
    }
    // What the worker types, at the same size.
    for (const el of document.querySelectorAll('input:not([type=file]), textarea')) {
      if (!shown(el)) continue;
      const fs = parseFloat(getComputedStyle(el).fontSize);
      out.minFont = Math.min(out.minFont, fs);
      if (fs < 17.95) out.small.push(`${el.tagName} ${(el as HTMLInputElement).placeholder.slice(0, 16)} ${fs}px`);
    }
    const tinyTargets: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      if (!shown(el) || el.closest('[aria-hidden="true"]')) continue;
      out.targets++;
      const box = el.getBoundingClientRect();
      if (box.width < 59.5 || box.height < 59.5)
        tinyTargets.push(
          `${(el as HTMLElement).innerText?.trim().slice(0, 20) || el.className} ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
    }
    const moving: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      if (t || s.animationName !== 'none') moving.push(`${el.tagName}.${String(el.className).slice(0, 30)}`);
    }
    return { ...out, tinyTargets, moving };
  }, TARGETS);
}

type Lang = 'zh' | 'en';
const STEPS: Record<Lang, string[]> = {
  zh: ['选择调解站', '您的信息', '工作和单位', '您要什么', '发生了什么和证据', '核对并提交'],
  en: ['The station', 'About you', 'Your work', 'What you claim', 'What happened, evidence', 'Check and send'],
};
const step = (page: Page, title: string) => page.waitForSelector(`[data-testid=step-title]:text-is("${title}")`);

/** The smallest text on each page, by pass: care mode must be larger than the default. */
const smallest: Record<string, number> = {};

/** Scrolls the app's own box (it scrolls, not the document) to screen `i`; how many screens it has. */
const toScreen = (page: Page, i: number) =>
  page.evaluate((i) => {
    const el = [...document.querySelectorAll<HTMLElement>('.taro_page, .taro-tabbar__panel')]
      .filter((e) => e.getBoundingClientRect().height > 0 && e.scrollHeight > e.clientHeight + 4)
      .sort((x, y) => y.scrollHeight - x.scrollHeight)[0];
    if (!el) return 0;
    el.scrollTop = i * (el.clientHeight - 60);
    return el.scrollTop;
  }, i);

/** The page from top to bottom, a screen at a time (at most five). */
async function shoot(page: Page, name: string) {
  for (let i = 0, last = -1; i < 5; i++) {
    const top = await toScreen(page, i);
    if (top <= last) break;
    last = top;
    await page.screenshot({ path: `${SHOTS}/${name}-${i + 1}.png` });
  }
  await toScreen(page, 0);
}

/** One page: measured, checked, its screenshot saved. */
async function check(page: Page, lang: Lang, care: boolean, where: string) {
  await page.waitForTimeout(150);
  const m = await measure(page);
  const low = await lowContrast(page);
  const mode = care ? 'care' : 'default';
  await shoot(page, `${lang}-${mode}-${where}`);
  expect({ where, lang, mode, small: m.small, tight: m.tight, low }).toEqual({
    where,
    lang,
    mode,
    small: [],
    tight: [],
    low: [],
  });
  if (care) {
    expect({ where, lang, tiny: m.tinyTargets, moving: m.moving }).toEqual({ where, lang, tiny: [], moving: [] });
    expect(m.targets).toBeGreaterThan(0);
  }
  smallest[`${lang}-${mode}-${where}`] = m.minFont;
}

/** The whole path, in one language and mode, with a new phone number (a claim filed on the way). */
async function walk(lang: Lang, care: boolean, mobile: string) {
  const { ctx, page, problems } = await phone(browser);
  page.setDefaultTimeout(60_000);
  await page.goto(`${app.base}/app/#/pages/index/index`);
  await page.waitForSelector('[data-testid=start]');
  if (lang === 'en') {
    await page.click('[data-testid=lang]');
    await page.waitForSelector('[data-testid=start]:has-text("Start a claim")');
  }
  if (care) {
    // Turned on from the home page: at once, kept on the phone.
    await page.click('[data-testid=care-toggle]');
    await page.waitForSelector(
      `[data-testid=care-toggle]:has-text("${lang === 'zh' ? '退出关怀模式' : 'Leave care mode'}")`,
    );
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
  }
  await check(page, lang, care, '01-home');
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=start-claim]');
  await check(page, lang, care, '02-station');
  await page.click('[data-testid=start-claim]');
  await page.waitForSelector('[data-testid=send-code]');
  await check(page, lang, care, '03-sign-in');
  await signInByPhone(app, page, mobile);
  const titles = STEPS[lang];
  await step(page, titles[0]!);
  await check(page, lang, care, '04-step-station');
  await page.click('[data-testid=next]');
  await step(page, titles[1]!);
  await page.fill('[data-testid=name] input', '孙师傅');
  await page.fill('[data-testid=id-number] input', '11010519491231002X');
  await check(page, lang, care, '05-step-you');
  await page.click('[data-testid=next]');
  await step(page, titles[2]!);
  await page.click('[data-testid=work-mode-outlet]');
  await page.click('[data-testid=area-330302]');
  await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
  await check(page, lang, care, '06-step-work');
  await page.click('[data-testid=next]');
  await step(page, titles[3]!);
  await page.fill('[data-testid=amount-0] input', '3500');
  await check(page, lang, care, '07-step-claim');
  await page.click('[data-testid=next]');
  await step(page, titles[4]!);
  await page.fill('[data-testid=incident-date] input', '2026-10-15');
  await page.fill('[data-testid=description] textarea', '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。');
  await check(page, lang, care, '08-step-story');
  await page.click('[data-testid=next]');
  await step(page, titles[5]!);
  await check(page, lang, care, '09-review');
  await page.click('[data-testid=submit]');
  await page.waitForSelector('[data-testid=receipt]');
  await check(page, lang, care, '10-receipt');
  await page.click('[data-testid=view-case]');
  await page.waitForSelector('[data-testid=status]');
  await check(page, lang, care, '11-case');
  await page.goto(`${app.base}/app/#/pages/cases/index`);
  await page.waitForSelector('[data-testid^=case-]');
  await check(page, lang, care, '12-my-cases');
  await page.goto(`${app.base}/app/#/pages/me/index`);
  await page.waitForSelector('[data-testid=me-care]');
  await check(page, lang, care, '13-me');
  await page.goto(`${app.base}/app/#/sub/calculator/index`);
  await page.waitForSelector('.calc-situation');
  await check(page, lang, care, '14-calculator');
  expect(problems).toEqual([]);
  await ctx.close();
}

test.each([
  ['zh', false, '13900007001'],
  ['zh', true, '13900007002'],
  ['en', false, '13900007003'],
  ['en', true, '13900007004'],
] as const)('the worker’s path in %s, care mode %s: text, spacing, contrast, targets', async (lang, care, mobile) => {
  await walk(lang, care, mobile);
});

test('care mode shows larger text than the default on every page', () => {
  const pages = Object.keys(smallest).filter((k) => k.includes('-default-'));
  expect(pages.length).toBe(28);
  for (const k of pages) {
    const careKey = k.replace('-default-', '-care-');
    expect({ page: k, larger: smallest[careKey]! > smallest[k]! }).toEqual({ page: k, larger: true });
  }
});

test('care mode is kept on the phone, turned off in "me", and nothing moves when the phone asks for less motion', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/app/#/pages/me/index`);
  await page.click('[data-testid=me-care]');
  await page.waitForSelector('[data-testid=me-care]:has-text("退出关怀模式")');
  await page.reload();
  await page.waitForSelector('[data-testid=me-care]:has-text("退出关怀模式")');
  expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
  await page.click('[data-testid=me-care]');
  await page.waitForSelector('[data-testid=me-care]:has-text("关怀模式（大字）")');
  expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${app.base}/app/#/pages/index/index`);
  await page.waitForSelector('[data-testid=start]');
  expect((await measure(page)).moving).toEqual([]);
  expect(problems).toEqual([]);
  await ctx.close();
});

test('text follows the browser’s font setting, in both modes', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/app/#/pages/index/index`);
  await page.waitForSelector('[data-testid=start]');
  const sizes = () =>
    page.evaluate(() =>
      ['.subtitle', '[data-testid=start]', '.hero'].map((s) =>
        parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
      ),
    );
  const plain = await sizes();
  expect(plain).toEqual([18, 18, 26]);
  // A reader who set the browser's text to 125% (20 px instead of 16).
  await page.addStyleTag({ content: 'html { font-size: 125% !important; }' });
  expect(await sizes()).toEqual([22.5, 22.5, 32.5]);
  await page.click('[data-testid=care-toggle]');
  await page.waitForSelector('[data-testid=care-toggle]:has-text("退出关怀模式")');
  const [body] = await sizes();
  expect(body).toBeCloseTo(27, 1);
  expect(problems).toEqual([]);
  await ctx.close();
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { Product } from '../../scripts/lib/product.cjs';

/** What the browser tests of the worker's H5 app share: a phone, and signing in by SMS code. */

/** A small photo (a PNG of 64x48), different for each seed: evidence to upload. */
export function photo(seed = 0): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([40 + seed, 120 + (i % 90), 200, 255], i);
  return PNG.sync.write(png);
}

/** China's calendar day `n` days from today. */
export const chinaDay = (n: number) => new Date(Date.now() + n * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);

/** A cheap phone's screen (360x780, twice the pixels), collecting the page's uncaught errors. */
export async function phone(
  browser: Browser,
  opts: { acceptDownloads?: boolean } = {},
): Promise<{ ctx: BrowserContext; page: Page; problems: string[] }> {
  const ctx = await browser.newContext({
    viewport: { width: 360, height: 780 },
    locale: 'zh-CN',
    deviceScaleFactor: 2,
    ...opts,
  });
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return { ctx, page, problems };
}

/** The sign-in page: the phone number, the SMS code the gateway received, and in. */
export async function signInByPhone(app: Product, page: Page, mobile: string): Promise<void> {
  await page.waitForSelector('[data-testid=phone] input');
  await page.fill('[data-testid=phone] input', mobile);
  const before = app.sms.length;
  // The server answers once the gateway has the text: the code is there when the answer is.
  await Promise.all([page.waitForResponse('**/api/auth/otp/request'), page.click('[data-testid=send-code]')]);
  const code = app.sms.slice(before).find((m) => m.phone === mobile && m.template === 'login_code')?.params.code;
  expect(code).toMatch(/^\d{6}$/);
  await page.fill('[data-testid=code] input', code!);
  await page.click('[data-testid=verify]');
}

/** Waits for the wizard's step with this title. */
export const onStep = (page: Page, title: string) =>
  page.waitForSelector(`[data-testid=step-title]:text-is("${title}")`);

/**
 * A courier from the courier station's QR code through sign-in and the first three steps of the
 * claim (station, who they are, the work and the company), to the step about what they claim.
 */
export async function courierToItems(app: Product, page: Page, who: { mobile: string; name: string }) {
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.click('[data-testid=start-claim]');
  await signInByPhone(app, page, who.mobile);
  await onStep(page, '选择调解站');
  await page.click('[data-testid=next]');
  await page.fill('[data-testid=name] input', who.name);
  await page.fill('[data-testid=id-number] input', '11010519491231002X');
  await page.fill('[data-testid=claim-phone] input', who.mobile);
  await page.click('[data-testid=next]');
  await onStep(page, '工作和单位');
  await page.click('[data-testid=industry-courier]');
  await page.click('[data-testid=work-mode-outlet]');
  await page.click('[data-testid=area-330302]');
  await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
  await page.click('[data-testid=next]');
  await onStep(page, '您要什么');
}

/** How far the wizard is scrolled (the browser build scrolls the page's own box under the title bar). */
export const scrolled = (page: Page) =>
  page.evaluate(() => {
    const own = document.querySelector('[data-testid=step-title]')?.closest('.taro_page');
    return Math.max(window.scrollY, own?.scrollTop ?? 0);
  });

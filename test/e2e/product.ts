import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startProduct, type Product } from '../../scripts/lib/product.cjs';

/** What every browser test file shares: the built product and a browser, and staff signing in to it. */

/**
 * A stand-in for what `started()` returns once the file's product is up: property reads (and method
 * calls, bound to the real object) go through to it, so test bodies use it as they would the object.
 */
function standIn<T extends object>(what: string, started: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const real = started();
      if (!real) throw new Error(`the ${what} is not started yet: use it in a test or a later beforeAll`);
      const value = Reflect.get(real, key, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

/**
 * Starts the product (with this extra environment) and a browser before the file's tests, and stops
 * both after them. `app` and `browser` can be read at once; they are usable from the first test (or
 * from a `beforeAll` registered after this call, which runs after the start).
 */
export function useProduct(
  env?: Record<string, string>,
  opts: { timeout?: number } = {},
): { app: Product; browser: Browser } {
  let app: Product | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startProduct(env);
    browser = await launchBrowser();
  }, opts.timeout);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return { app: standIn('product', () => app), browser: standIn('browser', () => browser) };
}

/** The password every demo staff account has. */
export const STAFF_PASSWORD = 'Demo2026pass';

/**
 * A staff member signed in to the staff page in a new browser context (1440x900 and Chinese unless
 * told), once `ready` (by default the workbench's submitted tile) shows. `locale` also sets the
 * staff page's own language; `problems` collects the page's uncaught errors from the first load.
 */
export async function staffPage(
  browser: Browser,
  app: Product,
  username: string,
  opts: {
    viewport?: { width: number; height: number };
    locale?: 'zh-CN' | 'en';
    ready?: string;
    problems?: string[];
  } = {},
): Promise<Page> {
  const viewport = opts.viewport ?? { width: 1440, height: 900 };
  const ctx = await browser.newContext({
    viewport,
    locale: opts.locale ?? 'zh-CN',
    isMobile: viewport.width < 500,
    acceptDownloads: true,
  });
  if (opts.locale) await ctx.addInitScript((l) => localStorage.setItem('gig.admin.locale', l), opts.locale);
  const page = await ctx.newPage();
  const problems = opts.problems;
  if (problems) page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${app.base}/admin/`);
  await page.fill('input#username', username);
  await page.fill('input#password', STAFF_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForSelector(opts.ready ?? '[data-testid=tile-submitted]');
  return page;
}

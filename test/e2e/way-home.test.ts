import { useProduct } from './product';
import { phone } from './phone';

/**
 * Every page that is not a tab, opened straight from a link in a fresh browser tab (a message, a
 * shared address, a QR code) with no page behind it: the H5 title bar is there with its title and
 * a way home, and home is the home tab; opened over the home page, the browser's back returns to it
 * (the title bar's back, with the app's own page stack, is checked on the case page in worker-path) (issue 17: the case page opened from the receipt had no way home and back led to a blank page).
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct();
let session: unknown;
beforeAll(async () => {
  session = await app.worker('13900007777');
});

const PAGES = [
  '/pages/station/index?code=WZ-COURIER',
  '/sub/claim/index?station=WZ-COURIER',
  '/sub/calculator/index',
  '/sub/inbox/index',
  '/sub/profile/index',
  '/sub/worklog/index',
  `/rights/article/index?law=${encodeURIComponent('劳动合同法')}&article=47`,
  '/rights/law/index?claimType=overtime',
];

test.each(PAGES)('%s opened from a link has a title and a way home', async (url) => {
  const { ctx, page, problems } = await phone(browser);
  // Signed in already, as a worker who comes back from a message is.
  await ctx.addInitScript((s) => localStorage.setItem('gig.session', JSON.stringify({ data: s })), session);
  await page.goto(`${app.base}/app/#${url}`);
  await page.locator('#taro-navigation-bar').waitFor({ state: 'visible' });
  await page.locator('.taro-navigation-bar-home').waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => (document.querySelector('.taro-navigation-bar-title')?.textContent ?? '').trim().length > 0,
  );
  await page.click('.taro-navigation-bar-home');
  await page.waitForSelector('[data-testid=start]');
  expect(problems).toEqual([]);
  await ctx.close();
});

test.each(PAGES)("%s opened over the home page: the browser's back returns to it", async (url) => {
  const { ctx, page, problems } = await phone(browser);
  await ctx.addInitScript((s) => localStorage.setItem('gig.session', JSON.stringify({ data: s })), session);
  await page.goto(`${app.base}/app/#/pages/index/index`);
  await page.waitForSelector('[data-testid=start]');
  // As a link in a message opens it over what is showing.
  await page.evaluate((u) => (window.location.hash = `#${u}`), url);
  await page.locator('[data-testid=start]').waitFor({ state: 'hidden' });
  await page.locator('.taro-navigation-bar-home').waitFor({ state: 'visible' });
  await page.goBack();
  await page.locator('[data-testid=start]').waitFor({ state: 'visible' });
  expect(problems).toEqual([]);
  await ctx.close();
});

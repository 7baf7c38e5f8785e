import { useProduct } from './product';
import { phone } from './phone';

/**
 * The first page a worker sees after scanning, on weak mobile data: when the station's card does
 * not come (no signal, a server error), the page says so in words and tries again on a tap,
 * instead of showing its skeleton for ever.
 */
jest.setTimeout(120_000);

const { app, browser } = useProduct();

test('no answer for the station card: the page says so, and "try again" brings the card', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.route('**/api/public/stations/WZ-COURIER', (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=station-failed]');
  expect(await page.locator('[data-testid=station-failed]').innerText()).toContain('网络');
  await page.unroute('**/api/public/stations/WZ-COURIER');
  await page.click('[data-testid=station-retry]');
  await page.waitForSelector('[data-testid=start-claim]');
  expect(await page.locator('body').innerText()).toContain('温州市快递行业协会调解站');
  expect(problems).toEqual([]);
  await ctx.close();
});

import { randomUUID } from 'node:crypto';
import { useProduct } from './product';

/**
 * The /docs page in Chromium under its own content-security policy (the API's stays as strict):
 * nothing refused, the operations drawn, and the examples it offers are ones the server takes.
 * And the service's icon on the staff page, the worker's H5 app and the bare origin.
 */
jest.setTimeout(120_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

/** The body Swagger UI puts in "Try it out" for an operation (its example). */
async function tryItOut(page: import('playwright-core').Page, id: string): Promise<unknown> {
  const op = page.locator(`#${id}`);
  await op.locator('.opblock-summary').click();
  await op.locator('button.try-out__btn').click();
  return JSON.parse(await op.locator('textarea.body-param__text').inputValue());
}

test('the docs page works under its policy, and its examples are accepted', async () => {
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  page.on('pageerror', (e) => refused.push(e.message));
  const res = (await page.goto(`${app.base}/docs`))!;
  const policy = res.headers()['content-security-policy']!;
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('upgrade-insecure-requests');
  await page.waitForSelector('.opblock');
  expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
  // The API keeps its own, stricter policy.
  const api = (await page.request.get(`${app.base}/api/public/stations`)).headers()['content-security-policy']!;
  expect(api).toContain("default-src 'self'");
  expect(api).toContain("connect-src 'self' blob:");
  expect(api).not.toBe(policy);

  // "Try it out" on sign-in and on filing: the examples are valid as they stand.
  const otp = await tryItOut(page, 'operations-auth-post_api_auth_otp_request');
  expect((await app.call('POST', '/api/auth/otp/request', { body: otp })).status).toBe(200);
  const claim = await tryItOut(page, 'operations-cases-post_api_cases');
  const worker = await app.worker('13900006666');
  const filed = await app.call('POST', '/api/cases', {
    token: worker.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim,
  });
  expect({ status: filed.status, body: filed.status === 201 ? 'filed' : filed.body }).toEqual({
    status: 201,
    body: 'filed',
  });
  expect(refused).toEqual([]);
  await page.close();
});

test('the service has an icon on the staff page, in the H5 app and at /favicon.ico', async () => {
  const page = await browser.newPage();
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  for (const path of ['/admin/', '/app/']) {
    await page.goto(`${app.base}${path}`);
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    expect(href).toBeTruthy();
    if (!href!.startsWith('data:'))
      expect((await page.request.get(new URL(href!, page.url()).href)).status()).toBe(200);
  }
  const ico = await page.request.get(`${app.base}/favicon.ico`);
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toContain('image/svg+xml');
  expect(missing).toEqual([]);
  await page.close();
});

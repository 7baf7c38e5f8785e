import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { staffPage, useProduct } from './product';
import { claim } from '../factories';
import { pdfText } from '../server/stats-pdf';
import { chinaDay, phone, signInByPhone } from './phone';
import { lowContrast } from './contrast';

/**
 * My work record (issue 17 point 5) in the H5 app at 360x780: two entries in a few taps (today's
 * date by default), the week's summary with the hourly pay after the penalty, the week attached to
 * the worker's case, and the mediator seeing it among the evidence with its SHA-256, the PDF
 * listing each entry's hash.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

/** A small PNG, as a screenshot from the platform's app. */
function screenshot(): Buffer {
  const png = new PNG({ width: 48, height: 96 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([230, 60 + (i % 120), 40, 255], i);
  return PNG.sync.write(png);
}

/** The page's parts, each scrolled into view (the H5 page scrolls its own box). */
async function shots(page: Page, name: string) {
  for (const part of ['form', 'summary', 'entries', 'attach', 'letter']) {
    await page.locator(`[data-testid=worklog-${part}]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/worker-worklog-${part}-${name}.png` });
  }
}

test('a courier logs a shift and a penalty, sees the real hourly pay, and attaches the week to the case', async () => {
  const mobile = '13900007777';
  const filer = await app.worker(mobile);
  const filed = await app.call('POST', '/api/cases', {
    token: filer.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({ claimant: { name: '郑师傅', idNumber: '11010519491231002X', phone: mobile } }),
  });
  expect(filed.status).toBe(201);
  const { id: caseId, number } = filed.body.case as { id: string; number: string };

  const { ctx, page, problems } = await phone(browser, { acceptDownloads: true });
  await page.goto(`${app.base}/app/#/sub/worklog/index`);
  await signInByPhone(app, page, mobile);
  await page.waitForSelector('[data-testid=worklog-form]');
  // The date is today's (China) unless changed.
  await expect(page.locator('[data-testid=worklog-date] input').inputValue()).resolves.toBe(chinaDay(0));

  const save = async () => {
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/work-log') && r.request().method() === 'POST'),
      page.click('[data-testid=worklog-save]'),
    ]);
    expect({ status: res.status(), body: res.status() === 201 ? null : await res.text() }).toEqual({
      status: 201,
      body: null,
    });
  };
  // A shift: the kind is preset, two numbers.
  await page.fill('[data-testid=worklog-hours] input', '10');
  await page.fill('[data-testid=worklog-orders] input', '36');
  await save();
  await page.waitForSelector('[data-testid=worklog-entry-1]');
  // Income of the day, then a penalty with its reason.
  await page.click('[data-testid=worklog-kind-income]');
  await page.fill('[data-testid=worklog-amount] input', '320');
  await save();
  await page.waitForSelector('[data-testid=worklog-entry-2]');
  await page.click('[data-testid=worklog-kind-penalty]');
  // Saving without the amount says what is missing.
  await page.click('[data-testid=worklog-save]');
  await page.waitForSelector('[data-testid=worklog-form] .error');
  await page.fill('[data-testid=worklog-amount] input', '50');
  await page.fill('[data-testid=worklog-note] input', '超时罚款');
  // With a screenshot of the penalty, through the photo picker.
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid=worklog-shot]');
  await (await chooser).setFiles({ name: '罚款截图.png', mimeType: 'image/png', buffer: screenshot() });
  await page.waitForSelector('[data-testid=worklog-form] >> text=已添加 1 张截图');
  await save();
  await page.waitForSelector('[data-testid=worklog-entry-3]');

  // The week: 320 − 50 = 270 yuan over 10 hours = 27 yuan an hour.
  const summary = page.locator('[data-testid=worklog-summary]');
  await expect(summary.innerText()).resolves.toContain('27.00 元/小时');
  await expect(summary.innerText()).resolves.toContain('270.00 元');
  await expect(page.locator('[data-testid=worklog-intact]').innerText()).resolves.toContain('记录完整');
  // No hashes shown to the worker; every text readable.
  await expect(page.locator('[data-testid=worklog-page]').innerText()).resolves.not.toMatch(/[0-9a-f]{64}/);
  expect(await lowContrast(page)).toEqual([]);
  await shots(page, 'zh');

  // Attach this week to the case.
  await page.click(`[data-testid=worklog-case-${number}]`);
  const [attached] = await Promise.all([
    page.waitForResponse(`**/api/cases/${caseId}/work-log`),
    page.click('[data-testid=worklog-attach-now]'),
  ]);
  expect(attached.status()).toBe(201);

  // The letter to the platform, downloaded: PIPL arts 45 and 24, the worker's phone, the platform typed.
  await page.fill('[data-testid=worklog-letter-platform] input', '某快递平台');
  const [letter] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=worklog-letter-get]')]);
  const words = pdfText(fs.readFileSync((await letter.path())!)).join('');
  for (const w of ['个人信息查阅、复制请求函', '某快递平台', mobile, '第四十五条', '第二十四条'])
    expect(words).toContain(w);

  // The mediator sees it among the case's evidence with its hash; the PDF lists each entry's hash.
  const mediator = (await app.staff('courier.mediator')).accessToken;
  const seen = await app.call('GET', `/api/admin/cases/${caseId}`, { token: mediator });
  const ev = seen.body.evidence.find((e: { category: string }) => e.category === 'work_record');
  expect(ev).toMatchObject({ kind: 'pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const res = await fetch(`${app.base}/api/evidence/${ev.id}/content`, {
    headers: { authorization: `Bearer ${mediator}` },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(ev.sha256);
  const log = await app.call('GET', '/api/me/work-log', { token: filer.accessToken });
  const text = pdfText(bytes).join('');
  expect(log.body.items).toHaveLength(3);
  for (const e of log.body.items) expect(text).toContain(e.sha256);
  const fined = log.body.items.find((e: { kind: string }) => e.kind === 'penalty');
  expect(fined.evidence).toHaveLength(1);
  expect(text).toContain(fined.evidence[0].sha256);

  // On the staff page at 1440x900 the file is there with its SHA-256.
  const staff = await staffPage(browser, app, 'courier.mediator');
  await staff.goto(`${app.base}/admin/#/cases/${caseId}`);
  await staff.locator(`text=SHA-256 ${ev.sha256}`).scrollIntoViewIfNeeded();
  await staff.screenshot({ path: 'screenshots/staff-worklog-evidence.png' });
  await staff.context().close();

  // In English, and in care mode, the same page reads in full.
  // Reached from "me" (loaded afresh, so the page opened above is not behind it).
  await page.goto(`${app.base}/app/#/pages/me/index`);
  await page.reload();
  await page.click('[data-testid=me-lang]');
  await page.click('[data-testid=me-care]');
  await page.click('[data-testid=me-worklog]');
  await page.waitForSelector('[data-testid=worklog-entry-3]');
  await expect(summary.innerText()).resolves.toContain('¥27.00 an hour');
  expect(await lowContrast(page)).toEqual([]);
  await shots(page, 'en-care');

  // The whole record erased on request (PIPL art 47), after a question that says what stays.
  await page.click('[data-testid=worklog-erase]');
  await page.waitForSelector('.taro-modal__content:has-text("stays with that case")');
  await page.click('.taro-model__confirm');
  await page.waitForSelector('[data-testid=worklog-entry-1]', { state: 'detached' });
  await page.waitForSelector('[data-testid=worklog-erase]', { state: 'detached' });
  expect(problems).toEqual([]);
  await ctx.close();
});

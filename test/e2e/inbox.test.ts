import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { useProduct } from './product';
import { lowContrast } from './contrast';
import { phone, signInByPhone } from './phone';
import { claim } from '../factories';

/**
 * The inbox (issue 17 point 7) in the H5 app at 360x780: notices made by the station's work (it
 * accepts the case, schedules a session, writes to the worker) show as an unread count on the
 * cases tab; the inbox lists them all newest first a page at a time, unread ones marked in words;
 * a tap opens the case and marks it read; "mark all read" clears the count. The case page hands
 * out the application as filed, as a PDF.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

test('the unread count on the cases tab, the inbox page, read one, read all, and the application PDF', async () => {
  const mobile = '13900006666';
  const filer = await app.worker(mobile);
  const filed = await app.call('POST', '/api/cases', {
    token: filer.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({ claimant: { name: '周师傅', idNumber: '11010519491231002X', phone: mobile } }),
  });
  expect(filed.status).toBe(201);
  const caseId = filed.body.case.id as string;
  const number = filed.body.case.number as string;
  const mediator = (await app.staff('courier.mediator')).accessToken;
  const act = async (action: string, body: Record<string, unknown> = {}) => {
    const r = await app.call('POST', `/api/admin/cases/${caseId}/actions/${action}`, { token: mediator, body });
    expect([action, r.status]).toEqual([action, 200]);
  };
  await act('accept');
  await act('start_mediation');
  await act('schedule_session', {
    startsAt: new Date(Date.now() + 2 * 86400e3).toISOString(),
    mode: 'on_site',
    address: '温州市鹿城区人民路88号调解室',
    attendees: [{ side: 'worker', name: '周师傅' }],
  });
  // More than a page of the inbox: the station writes to the worker, each message a notice.
  for (let i = 1; i <= 20; i++) {
    const r = await app.call('POST', `/api/admin/cases/${caseId}/messages`, {
      token: mediator,
      body: { clientId: randomUUID(), body: `第${i}条：请补充工资流水。` },
    });
    expect(r.status).toBe(201);
  }
  const token = filer.accessToken;
  const all = await app.call('GET', '/api/inbox?limit=100', { token });
  const total = all.body.items.length as number;
  expect(total).toBeGreaterThan(20);
  expect(all.body.unread).toBe(total);

  const { ctx, page, problems } = await phone(browser, { acceptDownloads: true });
  await page.goto(`${app.base}/app/#/pages/cases/index`);
  await page.click('.btn-primary:has-text("登录")');
  await signInByPhone(app, page, mobile);
  // The cases tab: the entry with the count, and the latest two, marked unread in words.
  await page.waitForSelector('[data-testid=inbox-entry]');
  expect(await page.locator('[data-testid=inbox-entry]').innerText()).toContain(`${total} 条未读`);
  expect(await page.locator('[data-testid^=notice-]').count()).toBe(2);
  expect(await page.locator('[data-testid^=notice-] [data-testid=unread]').first().innerText()).toBe('未读');
  expect({ where: 'cases tab', low: await lowContrast(page) }).toEqual({ where: 'cases tab', low: [] });

  // The inbox: a page of 20, newest first, each unread; "older" brings the rest.
  await page.click('[data-testid=inbox-entry]');
  await page.waitForSelector('[data-testid=inbox-page] [data-testid^=notice-]');
  const rows = page.locator('[data-testid=inbox-page] [data-testid^=notice-]');
  expect(await rows.count()).toBe(20);
  expect(await page.locator('[data-testid=inbox-page] [data-unread=yes]').count()).toBe(20);
  const ids = all.body.items.map((n: { id: string }) => `notice-${n.id}`) as string[];
  expect(await rows.first().getAttribute('data-testid')).toBe(ids[0]);
  await expect(rows.first().innerText()).resolves.toContain('调解站给您发来消息');
  expect({ where: 'inbox', low: await lowContrast(page) }).toEqual({ where: 'inbox', low: [] });
  await page.click('[data-testid=inbox-more]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=inbox-page] [data-testid^=notice-]').length === n,
    total,
  );
  await page.waitForSelector('[data-testid=inbox-more]', { state: 'detached' });
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(ids);
  // The oldest: the station took the case.
  await expect(rows.last().innerText()).resolves.toContain(number);

  // A tap marks it read and opens its case; back, it shows read, the count one less.
  const first = await rows.first().getAttribute('data-testid');
  await Promise.all([page.waitForResponse('**/api/inbox/*/read'), rows.first().click()]);
  await page.waitForSelector('[data-testid=claim-filed]');
  const read = (await app.call('GET', '/api/inbox?limit=100', { token })).body;
  expect(read.unread).toBe(total - 1);
  expect(read.items.find((n: { id: string }) => `notice-${n.id}` === first).readAt).not.toBeNull();

  // The application as filed downloads from the case page.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=application-pdf]')]);
  expect(pdf.suggestedFilename()).toBe(`application-${number}.pdf`);
  expect(
    fs
      .readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  await page.goBack();
  await page.waitForSelector(`[data-testid=${first}][data-unread=no]`);
  expect(await page.locator('[data-testid=inbox-unread]').innerText()).toContain(`${total - 1} 条未读`);

  // Mark all read: the count goes, the words say so, and the cases tab has no count either.
  await page.click('[data-testid=read-all]');
  await page.waitForSelector('[data-testid=read-all]', { state: 'detached' });
  expect(await page.locator('[data-testid=inbox-page] [data-unread=yes]').count()).toBe(0);
  expect(await page.locator('[data-testid=inbox-unread]').innerText()).toBe('没有未读消息');
  expect((await app.call('GET', '/api/inbox?limit=1', { token })).body.unread).toBe(0);
  await page.goto(`${app.base}/app/#/pages/cases/index`);
  await page.waitForSelector('[data-testid=inbox-entry]');
  // The tab page is kept, and reloads its count when shown again: wait for that answer.
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=inbox-entry]')?.textContent?.includes('未读'),
    undefined,
    { timeout: 10_000 },
  );

  // In English the inbox says the same in English (the notices come in the app's language).
  await page.goto(`${app.base}/app/#/sub/inbox/index`);
  await page.waitForSelector('[data-testid=inbox-unread]');
  await page.click('.lang');
  await page.waitForSelector('[data-testid=inbox-unread]:text-is("Nothing unread")');
  expect(problems).toEqual([]);
  await ctx.close();
});

test('a worker with no notices sees the inbox say so in words', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/app/#/sub/inbox/index`);
  await signInByPhone(app, page, '13900007777');
  await page.waitForSelector('[data-testid=inbox-empty]');
  expect(await page.locator('[data-testid=inbox-empty]').innerText()).toContain('还没有消息');
  expect(await lowContrast(page)).toEqual([]);
  expect(await page.locator('[data-testid=read-all]').count()).toBe(0);
  expect(problems).toEqual([]);
  await ctx.close();
});

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { STAFF_NOTICE_TEXT } from '@gig/shared';
import { launchBrowser, startProduct, type Product } from '../../scripts/lib/product.cjs';
import { agreement, claim, today } from '../factories';

/**
 * The statistics issue's "done when": a city supervisor is told of a cluster against one employer
 * without looking for it. In headless Chromium against the real built server (SQLite, demo city)
 * with the maintenance sweep every minute (its first round 12.5 s after boot): four workers file
 * claims against one courier company under four spellings (an outlet in full- and half-width
 * brackets, spaces, 有限责任公司), two more against another company (below the bar). The sweep
 * raises one warning; the supervisor signs in, the bell in the header counts it, and opening it
 * opens the respondent page with every claim, its outcome and amounts, in Chinese. A later round,
 * which raises another company's warning, tells no one of the first again. SCREENSHOT_DIR=dir
 * saves the respondent page.
 */
jest.setTimeout(300_000);

const KEY = '温州某某快递服务';
const OTHER_KEY = '温州某某同城配送';
const WARNING_TEXT = STAFF_NOTICE_TEXT.early_warning['zh-CN'];

let app: Product;
let browser: Browser;
let supervisor: string;

interface Notice {
  id: string;
  kind: string;
  caseNumber: string;
  respondentKey: string | null;
  readAt: string | null;
}

/** Files a claim against `name` as the worker with `phone`, then moves it with the courier mediator. */
async function file(
  phone: string,
  name: string,
  amountYuan: string,
  actions: [string, Record<string, unknown>][] = [],
): Promise<string> {
  const w = await app.worker(phone);
  const filed = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    body: claim({
      claimant: { name: '测试骑手', idNumber: '11010519491231002X', phone },
      respondent: { name },
      items: [{ type: 'unpaid_wages', amountYuan }],
    }),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(filed.status).toBe(201);
  const staff = await app.staff('courier.mediator');
  for (const [action, body] of actions) {
    const res = await app.call('POST', `/api/admin/cases/${filed.body.case.id}/actions/${action}`, {
      token: staff.accessToken,
      body,
    });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return filed.body.case.number as string;
}

const notices = async (): Promise<Notice[]> => {
  const res = await app.call('GET', '/api/admin/notices', { token: supervisor });
  expect(res.status).toBe(200);
  return (res.body.items as Notice[]).filter((n) => n.kind === 'early_warning');
};
const warningTexts = () => app.sms.filter((m) => m.template === 'case_update' && m.params.kind === 'early_warning');

/** Waits (checking every quarter second) for the server's timer to have done something. */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 150_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${app.logs()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The bell's unread count once it reads `n` (antd's badge carries it as its title). */
const badge = (page: Page, n: number) =>
  page.waitForSelector(`[data-testid=notices-unread] .ant-badge-count[title="${n}"]`);

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A table's body rows as their cells' text. */
const rows = (page: Page) =>
  page
    .locator('[data-testid=respondent-cases] tbody tr.ant-table-row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));

beforeAll(async () => {
  app = await startProduct({ MAINTENANCE_SWEEP_MINUTES: '1', EARLY_WARNING_MIN_CASES: '3', EARLY_WARNING_DAYS: '30' });
  browser = await launchBrowser();
  // The supervisor has a phone for the text, set by the system admin.
  const sup = await app.staff('supervisor');
  supervisor = sup.accessToken;
  const set = await app.call('PATCH', `/api/admin/staff/${sup.user.id}`, {
    token: (await app.staff('admin')).accessToken,
    body: { phone: '13900002222' },
  });
  expect(set.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the early warning', () => {
  it('reaches the supervisor on the staff page, once, and opens every claim against the employer', async () => {
    const numbers = {
      paid: await file('13700003001', '温州某某快递服务有限公司', '3600', [
        ['accept', {}],
        ['start_mediation', {}],
        ['record_agreement', agreement('3000')],
        ['record_performance', { paidYuan: '3000', paidOn: today() }],
      ]),
      defaulted: await file('13700003002', '温州某某快递服务有限公司（五马网点）', '1000', [
        ['accept', {}],
        ['start_mediation', {}],
        ['record_agreement', agreement('800')],
        ['record_default', { reason: '逾期未付' }],
      ]),
      rejected: await file('13700003003', '温州某某快递服务有限公司(五马网点)', '500', [
        ['reject', { reason: '不属于劳动争议' }],
      ]),
      open: await file('13700003004', ' 温州 某某快递服务 有限责任公司 ', '1200'),
    };
    // Two workers against another company: below the bar, no warning.
    await file('13700003005', '温州另一家物流有限公司', '1000');
    await file('13700003006', '温州另一家物流有限公司', '1000');

    // The sweep (the server's own timer) raises one warning: a notice in the supervisor's inbox and a text.
    const [raised] = await until('the warning', async () => {
      const items = await notices();
      return items.length ? items : undefined;
    });
    expect(raised).toMatchObject({ respondentKey: KEY, readAt: null });
    await until('the text', async () => (warningTexts().length ? true : undefined));
    expect(warningTexts()).toEqual([
      expect.objectContaining({ phone: '13900002222', params: expect.objectContaining({ title: '劳动争议预警' }) }),
    ]);

    // The supervisor signs in (a browser in English, no choice made: the page is in Chinese) and,
    // where the page opens, the bell counts the warning.
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto(`${app.base}/admin/`);
    await page.fill('input#username', 'supervisor');
    await page.fill('input#password', 'Demo2026pass');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=tile-submitted]');
    await badge(page, 1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getAttribute('[data-testid=notices]', 'aria-label')).toBe('通知');

    // Opening the bell shows the warning in words; clicking it opens the respondent's page.
    await page.click('[data-testid=notices]');
    const item = page.locator(`[data-testid=notice-${raised!.caseNumber}]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(WARNING_TEXT);
    await item.click();
    await page.waitForSelector('[data-testid=respondent-cases] tbody tr.ant-table-row');
    expect(decodeURIComponent(page.url())).toContain(`#/respondents/${KEY}`);
    // Read now: the bell counts nothing.
    await page.waitForSelector('[data-testid=notices-unread] .ant-badge-count', { state: 'detached' });

    // Every claim against the employer, every spelling, with its outcome and amounts.
    expect(await page.textContent('.ant-page-header-heading-title')).toContain('被申请人：');
    const names = (await page.textContent('.ant-page-header-content'))!;
    for (const n of ['温州某某快递服务有限公司', '（五马网点）', '(五马网点)', '有限责任公司'])
      expect(names).toContain(n);
    expect(names).not.toContain('另一家');
    const byNumber = new Map((await rows(page)).map((r) => [r[0], r]));
    expect([...byNumber.keys()].sort()).toEqual(Object.values(numbers).sort());
    expect(byNumber.get(numbers.paid)).toEqual(
      expect.arrayContaining(['温州某某快递服务有限公司', '协议已履行', '3,600.00', '3,000.00']),
    );
    expect(byNumber.get(numbers.defaulted)).toEqual(
      expect.arrayContaining(['温州某某快递服务有限公司（五马网点）', '协议未履行', '1,000.00', '800.00']),
    );
    expect(byNumber.get(numbers.rejected)).toEqual(
      expect.arrayContaining(['温州某某快递服务有限公司(五马网点)', '不予受理', '500.00', '—']),
    );
    expect(byNumber.get(numbers.open)).toEqual(expect.arrayContaining(['已提交，待受理', '1,200.00', '—']));
    const figure = async (id: string) =>
      (await page.textContent(`[data-testid=${id}] .ant-statistic-content-value`))?.trim();
    expect(await figure('rp-claims')).toBe('4');
    expect(await figure('rp-workers')).toBe('4');
    expect(await figure('rp-claimed')).toBe('6,300.00');
    expect(await figure('rp-agreed')).toBe('3,800.00');
    expect(await figure('rp-paid')).toBe('3,000.00');
    const warnings = page.locator('.ant-card:has(.ant-card-head-title:has-text("预警记录")) .ant-tag-red');
    expect(await warnings.count()).toBe(1);
    await shot(page, 'early-warning-respondent');

    // Raised once: a fifth worker against the same company, and three against another; the next
    // round warns of the other (so it has run) and tells no one of the first again.
    await file('13700003007', '温州某某快递服务股份有限公司', '700');
    for (const phone of ['13700003011', '13700003012', '13700003013'])
      await file(phone, '温州某某同城配送有限公司', '900');
    const after = await until('the next round', async () => {
      const items = await notices();
      return items.some((n) => n.respondentKey === OTHER_KEY) ? items : undefined;
    });
    expect(after.filter((n) => n.respondentKey === KEY)).toEqual([
      expect.objectContaining({ id: raised!.id, readAt: expect.any(String) }),
    ]);
    expect(after).toHaveLength(2);
    await until('the second text', async () => (warningTexts().length > 1 ? true : undefined));
    expect(warningTexts()).toHaveLength(2);
    expect(String(warningTexts()[1]!.params.text)).toContain('温州某某同城配送有限公司');

    // On the page: back to the warnings, the bell counts only the new one, and lists each once.
    await page.click('.ant-page-header-heading-extra a');
    await page.waitForFunction(() => location.hash === '#/warnings');
    await badge(page, 1);
    await page.click('[data-testid=notices]');
    await page.locator('[data-testid=notice-list] .ant-list-item').nth(1).waitFor();
    const listed = await page.locator('[data-testid=notice-list] .ant-list-item').allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed.every((t) => t.includes(WARNING_TEXT))).toBe(true);
    await ctx.close();
  });
});

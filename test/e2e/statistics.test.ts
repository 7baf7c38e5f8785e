import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { staffPage, useProduct } from './product';
import { agreement, claim, today } from '../factories';

/**
 * The statistics page in headless Chromium against the real built server (SQLite, demo city), over
 * cases made in this test through the API: four at the courier association station (an agreement
 * paid, a failed mediation, a rejection, one still open) and one at the food-delivery station (an
 * agreement). A supervisor reads the city's figures, each chart agrees with its table, a filter
 * changes them, and the Excel export holds the filtered figures (the workers' names only when
 * revealed with a reason); the courier station's admin sees their station only. SCREENSHOT_DIR=dir also saves the page in Chinese and English.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct();

type Courier = 'courier' | 'food_delivery';

/** Files a claim as a new worker, then moves it with the station's staff through `actions`. */
async function caseWith(
  industry: Courier,
  phone: string,
  amountYuan: string,
  actions: [string, Record<string, unknown>][],
): Promise<void> {
  const w = await app.worker(phone);
  const filed = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    body: claim({
      claimant: { name: '测试骑手', idNumber: '11010519491231002X', phone },
      industry,
      respondent: { name: industry === 'courier' ? '温州某快递服务有限公司' : '温州某某餐饮配送有限公司' },
      items: [{ type: 'unpaid_wages', amountYuan }],
      stationCode: industry === 'courier' ? 'WZ-COURIER' : 'WZ-DELIVERY',
    }),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(filed.status).toBe(201);
  const staff = await app.staff(industry === 'courier' ? 'courier.mediator' : 'delivery.mediator');
  for (const [action, body] of actions) {
    const res = await app.call('POST', `/api/admin/cases/${filed.body.case.id}/actions/${action}`, {
      token: staff.accessToken,
      body,
    });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Opens the statistics page from the menu and waits for its figures. */
async function openStats(page: Page): Promise<void> {
  await page.click('.ant-pro-sider a:has-text("统计分析"), .ant-pro-sider a:has-text("Statistics")');
  await ready(page);
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=stats-body][data-state=ready] [data-testid=stats-summary]');
}

const stat = async (page: Page, figure: string) =>
  (await page.textContent(`[data-testid=stat-${figure}] .ant-statistic-content-value`))?.trim();

/** A table's body rows as their cells' text. */
async function rows(page: Page, testId: string): Promise<string[][]> {
  return page
    .locator(`[data-testid=table-${testId}] tbody tr.ant-table-row`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

/** The words an SVG chart draws (axis names, labels, legend). */
async function chartTexts(page: Page, testId: string): Promise<string[]> {
  return page
    .locator(`[data-testid=chart-${testId}] svg text`)
    .evaluateAll((ts) => ts.map((t) => t.textContent?.trim() ?? '').filter(Boolean));
}

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  const paid = agreement('3000');
  await caseWith('courier', '13700002001', '3600', [
    ['accept', {}],
    ['start_mediation', {}],
    ['record_agreement', paid],
    ['record_performance', { paidYuan: '3000', paidOn: today() }],
  ]);
  await caseWith('courier', '13700002002', '1000', [
    ['accept', {}],
    ['start_mediation', {}],
    ['record_failure', { reason: '双方差距过大' }],
  ]);
  await caseWith('courier', '13700002003', '1000', [['reject', { reason: '不属于劳动争议' }]]);
  await caseWith('courier', '13700002004', '1000', [['accept', {}]]);
  await caseWith('food_delivery', '13700002005', '2000', [
    ['accept', {}],
    ['start_mediation', {}],
    ['record_agreement', agreement('1500', { payer: '温州某某餐饮配送有限公司' })],
  ]);
});

describe('the statistics page', () => {
  it("a supervisor reads the city's figures, each chart with its table, filters them and exports them", async () => {
    const page = await staffPage(browser, app, 'supervisor');
    await openStats(page);
    expect(await stat(page, 'filed')).toBe('5');
    expect(await stat(page, 'accepted')).toBe('4');
    expect(await stat(page, 'rejected')).toBe('1');
    expect(await stat(page, 'agreements')).toBe('2');
    expect(await stat(page, 'failures')).toBe('1');
    expect(await stat(page, 'successRate')).toBe('66.7%');
    expect(await stat(page, 'claimedFen')).toBe('8,600.00');
    expect(await stat(page, 'agreedFen')).toBe('4,500.00');
    expect(await stat(page, 'paidFen')).toBe('3,000.00');
    // How the success rate is counted, in words, from the contract's definitions.
    expect(await page.textContent('[data-testid=success-definition]')).toContain(
      '调解成功数 ÷（调解成功数 + 调解不成数）',
    );

    // Volume by month: this month's bars carry the table's numbers; six months, the last one this.
    const months = await rows(page, 'volume');
    expect(months).toHaveLength(6);
    const month = months.at(-1)!;
    expect(month.slice(0, 3)).toEqual([`${today().slice(0, 4)}年${today().slice(5, 7)}月`, '5', '4']);
    const volume = await chartTexts(page, 'volume');
    expect(volume).toEqual(expect.arrayContaining([month[0], '5', '4']));

    // The success rate by station: one bar per station, labelled as its table row.
    const stations = await rows(page, 'rate-station');
    expect(stations).toEqual([
      ['温州市快递行业协会调解站', '1', '1', '50.0%'],
      ['温州市外卖配送行业调解站', '1', '0', '100.0%'],
    ]);
    const rate = await chartTexts(page, 'rate-station');
    expect(rate).toEqual(expect.arrayContaining(['50%', '100%']));
    expect(rate.some((t) => t.startsWith('温州市快递'))).toBe(true);

    // The outcome mix: the ring's labels are the table's counts.
    const outcomes = await rows(page, 'outcome');
    expect(outcomes.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
      ['调解成功数', '2'],
      ['调解不成数', '1'],
      ['撤回数', '0'],
      ['不予受理数', '1'],
    ]);
    const ring = (await chartTexts(page, 'outcome')).join(' ');
    expect(ring).toContain('调解成功数');
    expect(ring).toContain('不予受理数');

    // The network: the two stations' load in the tree and in its table.
    const network = await rows(page, 'network');
    expect(network).toEqual(
      expect.arrayContaining([
        ['温州市快递行业协会调解站', '4', expect.any(String), '50.0%'],
        ['温州市外卖配送行业调解站', '1', expect.any(String), '100.0%'],
      ]),
    );
    const tree = (await chartTexts(page, 'network')).join(' ');
    expect(tree).toMatch(/4 \/ \d+\s+温州市快递/);
    await shot(page, 'statistics-zh');

    // The industry filter: food delivery only.
    await page.click('.ant-select:has(#stats-industry)');
    await page.click('.ant-select-dropdown:visible .ant-select-item-option:has-text("外卖配送")');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=stat-filed] .ant-statistic-content-value')?.textContent === '1',
    );
    await ready(page);
    expect(await stat(page, 'agreements')).toBe('1');
    expect(await stat(page, 'successRate')).toBe('100.0%');
    expect(await stat(page, 'claimedFen')).toBe('2,000.00');
    expect((await rows(page, 'rate-station')).map((r) => r[0])).toEqual(['温州市外卖配送行业调解站']);

    // The Excel export holds the filtered figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=stats-export]')]);
    expect(download.suggestedFilename()).toMatch(/^stats-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('统计指标')!;
    const valueOf = (name: string) => {
      let v: unknown;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === name) v = r.getCell(2).value;
      });
      return v;
    };
    expect(valueOf('收案数')).toBe(1);
    expect(valueOf('调解成功数')).toBe(1);
    expect(valueOf('请求金额（元）')).toBe(2000);
    const header = (w: ExcelJS.Workbook) => w.getWorksheet('案件清单')!.getRow(1).values as unknown[];
    expect(header(wb)).not.toContain('申请人姓名');

    // With personal data: only with a reason (asked for in a modal), then the names and phones are in.
    await page.click('[data-testid=stats-export-reveal]');
    const modal = page.locator('.ant-modal:visible');
    await page.locator('#stats-reveal-reason').waitFor();
    // Pressing export with no reason is refused in words. Under load ProForm can attach its form a
    // moment after the modal shows, and a press before that is lost, so press again until it answers.
    const refusal = modal.locator('.ant-form-item-explain-error:has-text("请填写原因")');
    for (let attempt = 0; !(await refusal.isVisible()); attempt++) {
      if (attempt === 5) throw new Error('the empty reason was never refused');
      await modal.locator('.ant-btn-primary').click();
      await refusal.waitFor({ timeout: 5000 }).catch(() => undefined);
    }
    await page.fill('#stats-reveal-reason', '人社局专项核查');
    const [revealed] = await Promise.all([page.waitForEvent('download'), modal.locator('.ant-btn-primary').click()]);
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(fs.readFileSync((await revealed.path())!) as unknown as ExcelJS.Buffer);
    expect(header(full)).toEqual(expect.arrayContaining(['申请人姓名', '联系电话']));
    const listed = full.getWorksheet('案件清单')!.getRow(2).values as unknown[];
    expect(listed).toEqual(expect.arrayContaining(['测试骑手', '13700002005']));

    // This month's report for the bureau, as a PDF.
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=stats-report]')]);
    expect(report.suggestedFilename()).toBe(`stats-report-${today().slice(0, 7)}.pdf`);
    expect(
      fs
        .readFileSync((await report.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.context().close();
  });

  it('in English, the same figures with English names', async () => {
    const page = await staffPage(browser, app, 'supervisor', { locale: 'en' });
    await openStats(page);
    expect(await stat(page, 'filed')).toBe('5');
    expect(await page.textContent('[data-testid=success-definition]')).toContain(
      'Agreements ÷ (agreements + failures)',
    );
    expect((await rows(page, 'rate-station')).map((r) => r[0])).toEqual([
      'Wenzhou Courier Association Mediation Station',
      'Wenzhou Food Delivery Association Mediation Station',
    ]);
    await shot(page, 'statistics-en');

    // Grouped by station: days and money per station, and every figure per station.
    await page.click('[data-testid=stats-group-by] .ant-segmented-item:has-text("Station")');
    await page.waitForSelector('[data-testid=card-breakdown] .ant-card-head:has-text("Station")');
    await ready(page);
    expect((await rows(page, 'money')).map((r) => r.slice(1))).toEqual([
      ['6,600.00', '3,000.00', '3,000.00'],
      ['2,000.00', '1,500.00', '0.00'],
    ]);
    expect((await rows(page, 'breakdown')).map((r) => r[0])).toEqual([
      'Wenzhou Courier Association Mediation Station',
      'Wenzhou Food Delivery Association Mediation Station',
    ]);
    await shot(page, 'statistics-en-by-station');
    await page.context().close();
  });

  it("a station admin sees their station's figures only", async () => {
    const page = await staffPage(browser, app, 'courier.admin');
    await openStats(page);
    expect(await stat(page, 'filed')).toBe('4');
    expect(await stat(page, 'agreements')).toBe('1');
    expect(await stat(page, 'successRate')).toBe('50.0%');
    expect(await stat(page, 'claimedFen')).toBe('6,600.00');
    expect((await rows(page, 'rate-station')).map((r) => r[0])).toEqual(['温州市快递行业协会调解站']);
    // The tree is their station and its outlets; the station filter offers no other.
    const network = (await rows(page, 'network')).map((r) => r[0]);
    expect(network).toContain('温州市快递行业协会调解站');
    expect(network.join()).not.toContain('外卖');
    await page.click('.ant-select:has(#stats-station)');
    const titles = page.locator('.ant-select-dropdown:visible .ant-select-tree-title');
    await titles.first().waitFor();
    const offered = await titles.allTextContents();
    expect(offered).toContain('温州市快递行业协会调解站');
    expect(offered.join()).not.toContain('外卖');
    await page.keyboard.press('Escape');
    await shot(page, 'statistics-station-admin');

    // Nothing to count is said in words; so is a period the API refuses (over ten years).
    await page.click('.ant-select:has(#stats-claim-type)');
    await page.click('.ant-select-dropdown:visible .ant-select-item-option:has-text("加班费")');
    await page.waitForSelector('[data-testid=stats-empty]:has-text("所选期间和条件下没有案件")');
    const [from, to] = [page.locator('#stats-range'), page.locator('.ant-picker-range input').nth(1)];
    await from.click();
    await from.fill('2010-01-01');
    await page.keyboard.press('Enter');
    await to.fill('2026-01-31');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=stats-error]:has-text("日期范围过长，请缩短到十年以内")');
    expect(await page.locator('[data-testid=stats-summary], [data-testid=stats-empty]').count()).toBe(0);
    await page.click('.ant-page-header-heading-title');
    await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
    await shot(page, 'statistics-error');
    await page.context().close();
  });
});

import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Download } from 'playwright-core';
import { staffPage, useProduct } from './product';
import { act, caseStatus } from './staff-actions';
import { chinaDay } from './phone';
import { claim } from '../factories';

/**
 * The arbitration stage in headless Chromium against the real built product (SQLite, demo city):
 * a Lucheng courier's failed mediation goes to the Lucheng institution, whose arbitrator accepts
 * it, schedules the hearing and records an award through the staff page, item by item final or
 * not (12 × a 2,540-yuan minimum wage = 30,480); the worker's phone shows the institution, the
 * hearing, each item and the last day to sue, and both sides download the application PDF.
 */
jest.setTimeout(180_000);

const { app, browser } = useProduct();
const problems: string[] = [];

async function isPdf(d: Download) {
  expect(
    fs
      .readFileSync((await d.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
}

test('an arbitrator works a failed mediation to an award in the staff page, and the worker follows it on the phone', async () => {
  // A Lucheng courier's claim, mediated without result; the worker applies for arbitration.
  const phone = '13700002001';
  const worker = await app.worker(phone);
  const filed = await app.call('POST', '/api/cases', {
    token: worker.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '王小明', idNumber: '11010519491231002X', phone },
      items: [
        { type: 'unpaid_wages', amountYuan: '36000' },
        { type: 'termination_compensation', amountYuan: '42000' },
      ],
    }),
  });
  expect(filed.status).toBe(201);
  const { id, number } = filed.body.case as { id: string; number: string };
  const mediator = (await app.staff('courier.mediator')).accessToken;
  for (const [action, body] of [
    ['accept', {}],
    ['start_mediation', {}],
    ['record_failure', { reason: '用人单位拒绝调解' }],
  ] as const)
    expect((await app.call('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body })).status).toBe(
      200,
    );
  const applied = await app.call('POST', `/api/cases/${id}/actions/request_arbitration`, {
    token: worker.accessToken,
    body: {},
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(applied.body.station.code).toBe('WZ-ARB-LC');

  // The institution's arbitrator, in the staff page.
  const page = await staffPage(browser, app, 'lucheng.arbitrator', { problems });
  await page.goto(`${app.base}/admin/#/cases/${id}`);
  const card = page.locator('[data-testid=arbitration]');
  await card.waitFor();
  await expect(card.innerText()).resolves.toMatch(/温州市鹿城区劳动人事争议仲裁院[\s\S]*劳动合同履行地[\s\S]*第21条/);

  await act(page, 'accept_arbitration', caseStatus('仲裁已立案受理'), () =>
    page.fill('#arbitrationNumber', '温鹿劳人仲案字〔2026〕8号'),
  );
  await act(page, 'schedule_hearing', caseStatus('已排期开庭'), async () => {
    // The form says what the law asks: 5 days' written notice, and from which day.
    await expect(page.locator('[data-testid=arb-note]').innerText()).resolves.toContain(
      `第35条）。最早可排在：${chinaDay(5)}`,
    );
    await page.click('#startsAt');
    await page.fill('#startsAt', `${chinaDay(8)} 09:30`);
    await page.keyboard.press('Enter');
    await page.fill('#tribunal', '独任仲裁员 周某');
  });
  // Typed and shown as China's time, whatever the browser's zone.
  await expect(page.locator('[data-testid=arbitration-hearing]').innerText()).resolves.toContain(
    `${chinaDay(8).replace(/-/g, '/')} 09:30`,
  );

  await act(page, 'record_award', caseStatus('已作出仲裁裁决'), async () => {
    await page.fill('#documentNumber', '温鹿劳人仲裁字〔2026〕8号');
    await page.fill('#minimumWageYuan', '2540');
    await page.fill('#items_0_awardedYuan', '30480');
    await page.fill('#items_1_awardedYuan', '30481');
    await expect(page.locator('[data-testid=finality-preview]').innerText()).resolves.toMatch(
      /30,480\.00[\s\S]*拖欠工资（报酬） 终局[\s\S]*解除劳动关系补偿\/赔偿 非终局/,
    );
  });
  const award = page.locator('[data-testid=award]');
  await expect(award.innerText()).resolves.toMatch(/部分终局、部分非终局[\s\S]*¥30,480\.00/);
  await expect(award.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/拖欠工资[\s\S]*30,480\.00[\s\S]*终局[\s\S]*第47条第1项/),
    expect.stringMatching(/解除劳动关系[\s\S]*30,481\.00[\s\S]*非终局[\s\S]*第47条、第50条/),
  ]);
  const [staffCopy] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=arbitration-pdf]')]);
  expect(staffCopy.suggestedFilename()).toBe(`arbitration-application-${number}.pdf`);
  await isPdf(staffCopy);
  await page.context().close();

  // The worker's phone.
  const suit = (await app.call('GET', `/api/cases/${id}`, { token: worker.accessToken })).body.deadlines.find(
    (d: { kind: string }) => d.kind === 'worker_suit',
  );
  const phoneCtx = await browser.newContext({
    viewport: { width: 360, height: 780 },
    locale: 'zh-CN',
    deviceScaleFactor: 2,
    acceptDownloads: true,
  });
  const wp = await phoneCtx.newPage();
  wp.on('pageerror', (e) => problems.push(e.message));
  await wp.goto(`${app.base}/app/#/pages/index/index`);
  // Taro keeps storage as {"data": value}.
  await wp.evaluate((s) => localStorage.setItem('gig.session', JSON.stringify({ data: s })), {
    accessToken: worker.accessToken,
    refreshToken: worker.refreshToken,
    user: worker.user,
  });
  await wp.goto(`${app.base}/app/#/sub/case/index?id=${id}`);
  const arb = wp.locator('[data-testid=arbitration]');
  await arb.waitFor();
  await expect(arb.innerText()).resolves.toMatch(/温州市鹿城区劳动人事争议仲裁院[\s\S]*0577-88960032/);
  await expect(wp.locator('[data-testid=arb-hearing]').innerText()).resolves.toMatch(/09:30[\s\S]*独任仲裁员 周某/);
  await expect(wp.locator('[data-testid=award-finality]').allInnerTexts()).resolves.toEqual(['终局裁决', '非终局裁决']);
  await expect(wp.locator('[data-testid=arb-suit]').innerText()).resolves.toMatch(
    new RegExp(`${suit.due}[\\s\\S]*第48、50条`),
  );
  // The next deadline is the worker's own, not the mediation window that ended with the transfer.
  await expect(wp.locator('[data-testid=next-deadline]').innerText()).resolves.toContain('劳动者向法院起诉的期限');
  await expect(wp.locator('[data-testid=deadline-mediation_window]').count()).resolves.toBe(0);
  const [workerCopy] = await Promise.all([wp.waitForEvent('download'), wp.click('[data-testid=arbitration-pdf]')]);
  expect(workerCopy.suggestedFilename()).toBe(`arbitration-application-${number}.pdf`);
  await isPdf(workerCopy);
  await phoneCtx.close();
  expect(problems).toEqual([]);
});

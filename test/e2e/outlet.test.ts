import { randomUUID } from 'node:crypto';
import { OUTLET_SHARING_CONSENT } from '@gig/shared';
import { staffPage, useProduct } from './product';
import { act, caseStatus } from './staff-actions';
import { chinaDay } from './phone';
import { claim } from '../factories';

/**
 * The respondent's outlet on the staff page, in headless Chromium against the built product
 * (SQLite, demo city): the courier association's mediator dispatches a consenting rider's wage
 * claim against ZTO to the ZTO outlet (the only outlet offered: the SF one answers for another
 * company); the ZTO outlet's manager signs in on a phone, is told by the bell, opens the case
 * from the notice, sees only the outlet's part, answers and offers a settlement; the worker's
 * own view of the case then shows the answer and the offer, item by item, to accept or decline.
 */
jest.setTimeout(180_000);

const { app, browser } = useProduct();

test('the ZTO outlet’s manager answers a dispatched claim and offers a settlement from a phone; the worker sees the offer', async () => {
  // A Longwan rider's claim against ZTO, consenting to the outlet, filed at the courier association.
  const phone = '13700004001';
  const worker = await app.worker(phone);
  const filed = await app.call('POST', '/api/cases', {
    token: worker.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '王小明', idNumber: '11010519491231002X', phone },
      areaCode: '330303',
      respondent: { name: '温州中通快递有限公司', outletName: '中通龙湾网点' },
      items: [
        { type: 'unpaid_wages', amountYuan: '3600' },
        { type: 'overtime', amountYuan: '800' },
      ],
      outletConsent: OUTLET_SHARING_CONSENT.version,
    }),
  });
  expect(filed.status).toBe(201);
  const { id, number } = filed.body.case as { id: string; number: string };

  // The association's mediator accepts it and dispatches it: only ZTO's own outlet is offered.
  const desk = await staffPage(browser, app, 'courier.mediator');
  await desk.goto(`${app.base}/admin/#/cases/${id}`);
  await act(desk, 'accept', caseStatus('已受理'));
  await act(desk, 'dispatch', caseStatus('已分派至企业网点'), async () => {
    const modal = desk.locator('.ant-modal:visible').last();
    await modal.locator('.ant-select-selection-item:has-text("中通快递龙湾网点")').waitFor();
    await modal.locator('.ant-select:has(#outletId)').click();
    const option = desk.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await option.first().waitFor();
    expect(await desk.locator('.ant-select-dropdown .ant-select-item-option').allTextContents()).toEqual([
      '中通快递龙湾网点',
    ]);
    await option.first().click();
  });
  expect(await desk.textContent('[data-testid=outlet-card]')).toContain('中通快递龙湾网点');
  await desk.context().close();

  // The ZTO manager on a phone: the case list first, the bell with one unread notice.
  const page = await staffPage(browser, app, 'zto.manager', {
    viewport: { width: 390, height: 844 },
    ready: `[data-testid=case-link-${number}]`,
  });
  expect(page.url()).toContain('#/cases');
  await page.waitForSelector('[data-testid=notices] .ant-badge-count:has-text("1")');
  await page.click('[data-testid=notices]');
  await page.click(`[data-testid=notice-${number}]`);
  await page.waitForSelector(`[data-testid=case-number]:has-text("${number}")`);
  // Opened from the notice: it is read now.
  await page.waitForSelector('[data-testid=notices] .ant-badge-count', { state: 'detached' });

  // The outlet's part only: its three actions, the claim masked, no thread, notes or reveals.
  await page.waitForSelector('[data-testid=action-outlet_reply]');
  const actions = await page
    .locator('[data-testid=actions] [data-testid^=action-]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(actions.sort()).toEqual(['action-outlet_propose', 'action-outlet_reply', 'action-outlet_return']);
  expect(await page.locator('[data-testid=message-input], [data-testid=note-input]').count()).toBe(0);
  expect(await page.locator('[data-testid^=reveal-]').count()).toBe(0);
  expect(await page.textContent('body')).toContain('1101**********002X');
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const account = '该骑手十月出勤22天，工资因平台罚款被扣，同意核实后补发。';
  await act(page, 'outlet_reply', `[data-testid=outlet-reply]:has-text("出勤22天")`, async () => {
    await page.fill('textarea#account', account);
  });

  // The offer: wages in full, overtime cut to 400; pay within ten days by WeChat Pay.
  const payBy = chinaDay(10);
  await act(page, 'outlet_propose', '[data-testid=proposal-total]:has-text("4,000.00")', async () => {
    await page.fill('input[id$="items_1_amountYuan"]', '400');
    await page.waitForSelector('[data-testid=offer-total]:has-text("4,000.00")');
    await page.click('#dueDate');
    await page.fill('#dueDate', payBy);
    await page.keyboard.press('Enter');
    await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
    await page.locator('.ant-select:has(#paymentMethod)').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option:has-text("微信支付")').click();
    await page.waitForSelector('.ant-select:has(#paymentMethod) .ant-select-selection-item:has-text("微信支付")');
    await page.fill('textarea#note', '加班费按实际记录核算');
  });
  expect(await page.textContent('[data-testid=proposal]')).toContain(payBy);

  // The worker's own view: the outlet's answer and the offer, to accept or decline.
  const seen = await app.call('GET', `/api/cases/${id}`, { token: worker.accessToken });
  expect(seen.body.status).toBe('dispatched');
  expect(seen.body.outletReply.account).toBe(account);
  expect(seen.body.proposal).toMatchObject({
    items: [
      { type: 'unpaid_wages', amountFen: 360_000 },
      { type: 'overtime', amountFen: 40_000 },
    ],
    totalFen: 400_000,
    dueDate: payBy,
    paymentMethod: 'wechat_pay',
    note: '加班费按实际记录核算',
  });
  expect(seen.body.allowedActions).toEqual(expect.arrayContaining(['accept_proposal', 'decline_proposal']));
  const inbox = await app.call('GET', '/api/inbox', { token: worker.accessToken });
  expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(
    expect.arrayContaining(['case_dispatched', 'outlet_replied', 'settlement_proposed']),
  );
  await page.context().close();
});

test('an outlet with no account: its respondent opens the texted link on a phone, enters the code and answers that one case', async () => {
  // A delivery rider's claim against an Ele.me partner; the Ele.me depot (WZ-ELM-LC) has no account.
  const phone = '13700004002';
  const boss = '13955550002';
  const worker = await app.worker(phone);
  const filed = await app.call('POST', '/api/cases', {
    token: worker.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '李骑手', idNumber: '11010519491231002X', phone },
      industry: 'food_delivery',
      workMode: 'platform_app',
      stationCode: 'WZ-DELIVERY',
      respondent: { name: '温州某某配送有限公司', partnerName: '饿了么', contactPhone: boss },
      outletConsent: OUTLET_SHARING_CONSENT.version,
    }),
  });
  expect(filed.status).toBe(201);
  const { id } = filed.body.case as { id: string };
  const mediator = await app.staff('delivery.mediator');
  const stations = await app.call('GET', '/api/admin/stations', { token: mediator.accessToken });
  const elm = (stations.body.items as { id: string; code: string }[]).find((s) => s.code === 'WZ-ELM-LC')!;
  const staffAct = (action: string, body: object) =>
    app.call('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator.accessToken, body });
  expect((await staffAct('accept', {})).status).toBe(200);
  expect((await staffAct('dispatch', { outletId: elm.id })).status).toBe(200);

  // The text arrives (the outbox job sends it), with the link.
  let token: string | undefined;
  for (let i = 0; i < 100 && !token; i++) {
    const text = app.sms.find(
      (m: { phone: string; template: string }) => m.phone === boss && m.template === 'case_update',
    );
    token = /\/r\/([A-Za-z0-9_-]+)/.exec(String(text?.params.text ?? ''))?.[1];
    if (!token) await new Promise((r) => setTimeout(r, 100));
  }
  expect(token).toBeTruthy();

  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
  const page = await ctx.newPage();
  await page.goto(`${app.base}/r/${token}`);
  await page.waitForSelector('[data-testid=code-sent]:has-text("139****0002")');
  const code = [...app.sms]
    .reverse()
    .find((m: { phone: string; template: string }) => m.phone === boss && m.template === 'login_code')!.params
    .code as string;
  await page.fill('[data-testid=respond-code]', code);
  await page.click('[data-testid=respond-open]');
  // That one case, with the outlet's part to answer.
  await page.waitForSelector('[data-testid=action-outlet_reply]');
  expect(page.url()).toContain(`#/cases/${id}`);
  await act(page, 'outlet_reply', '[data-testid=outlet-reply]:has-text("合作商员工")', async () => {
    await page.fill('textarea#account', '该骑手为合作商员工，我司正在核实出勤记录，三日内答复。');
  });
  const seen = await app.call('GET', `/api/cases/${id}`, { token: worker.accessToken });
  expect(seen.body.outletReply.account).toContain('合作商员工');
  await ctx.close();
});

import { randomUUID } from 'node:crypto';
import { staffPage, useProduct } from './product';
import { chinaDay } from './phone';
import { claim } from '../factories';

/**
 * The fairness check beside the offer, in the staff page (headless Chromium at 1440x900 against
 * the built product on SQLite with the demo city). A courier claims economic compensation and a
 * month's wages; the mediator drafts the agreement: with the wage and the dates of service
 * entered, the statutory baseline (LCL art 47: 3 years 5 months at ¥6,000 is ¥21,000) stands
 * beside the offer of ¥5,000 (23.8%), the wages' baseline is the amount claimed and says so, and
 * a confidentiality clause in the terms is pointed out; each warning gives its basis. Nothing is
 * blocked: the agreement is recorded as drafted, without the panel's facts.
 */
jest.setTimeout(180_000);

const { app, browser } = useProduct();

test('an offer far below the statutory baseline and a confidentiality clause both warn, with their basis, and the agreement is still recorded', async () => {
  const mobile = '13700002001';
  const w = await app.worker(mobile);
  const filed = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '周师傅', idNumber: '11010519491231002X', phone: mobile },
      respondent: { name: '温州中通快递有限公司' },
      items: [
        { type: 'termination_compensation', amountYuan: '30000' },
        { type: 'unpaid_wages', amountYuan: '3600' },
      ],
      incidentDate: chinaDay(-20),
      employmentEndedOn: chinaDay(-20),
    }),
  });
  expect(filed.status).toBe(201);
  const id = filed.body.case.id as string;
  const mediator = (await app.staff('courier.mediator')).accessToken;
  for (const action of ['accept', 'start_mediation']) {
    const r = await app.call('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body: {} });
    expect([action, r.status]).toEqual([action, 200]);
  }

  const problems: string[] = [];
  const page = await staffPage(browser, app, 'courier.mediator', { problems });
  await page.goto(`${app.base}/admin/#/cases/${id}`);
  await page.click('[data-testid=action-record_agreement]');
  const modal = page.locator('.ant-modal:visible').last();
  const panel = modal.locator('[data-testid=fairness]');
  await panel.waitFor();

  // Before any fact is entered, each item's baseline is the amount claimed, and it says so.
  const items = panel.locator('[data-testid=fairness-items]');
  await expect(items.innerText()).resolves.toMatch(
    /解除劳动关系补偿\/赔偿\s+30,000\.00\s+30,000\.00\s+请求金额\s+30,000\.00\s+100%/,
  );
  await modal.locator('[data-testid=fairness-ok]').waitFor();

  // The offer: ¥5,000 for the compensation; the facts for its baseline; a confidentiality clause in the terms.
  await modal.locator('input[id="items_0_amountYuan"]').fill('5000');
  await modal.locator('input[id="fairness_wageYuan"]').fill('6000');
  for (const [field, value] of [
    ['fairness_start', '2022-01-01'],
    ['fairness_end', '2025-05-31'],
  ] as const) {
    await modal.locator(`input[id="${field}"]`).click();
    await modal.locator(`input[id="${field}"]`).fill(value);
    await page.keyboard.press('Enter');
  }
  await modal
    .locator('textarea[id="facts"]')
    .fill('双方确认劳动关系已解除。双方对本协议内容保密，申请人不得向任何第三方透露协议金额。');

  const far = modal.locator('[data-testid=fairness-offer_far_below_baseline]');
  await far.waitFor();
  const farText = await far.innerText();
  expect(farText).toContain('协议金额¥5000.00仅为基准金额¥21000.00（法定标准，按录入的事实计算）的23.8%');
  expect(farText).toContain('本产品提示阈值（非法定标准）');
  expect(farText).toContain('法释〔2020〕26号）》第35条');
  expect(farText).toContain('《劳动合同法》第47条');
  await expect(items.innerText()).resolves.toMatch(/21,000\.00\s+法定标准\s+5,000\.00\s+23\.8%/);
  await expect(
    modal.locator('[data-testid=fairness-ratio-termination_compensation]').evaluate((e) => getComputedStyle(e).color),
  ).resolves.toBe('rgb(207, 19, 34)');

  const secrecy = modal.locator('[data-testid=fairness-confidentiality_clause]');
  await secrecy.waitFor();
  const secrecyText = await secrecy.innerText();
  expect(secrecyText).toContain('条款含保密约定');
  expect(secrecyText).toContain('“双方对本协议内容保密，申请人不得向任何第三方透露协议金额”');
  expect(secrecyText).toContain('第35条');
  // The wages are offered in full: no warning of their own.
  await expect(modal.locator('[data-testid=fairness-warnings] .ant-alert').count()).resolves.toBe(2);

  // It warns and never blocks: the agreement is recorded as drafted (the panel's facts are not sent).
  await modal.locator('input[id="dueDate"]').click();
  await modal.locator('input[id="dueDate"]').fill(chinaDay(10));
  await page.keyboard.press('Enter');
  await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.waitForSelector('[data-testid=case-status]:has-text("已达成调解协议")');
  const seen = await app.call('GET', `/api/admin/cases/${id}`, { token: mediator });
  expect(seen.body.agreement.items.map((i: { type: string; amountFen: number }) => [i.type, i.amountFen])).toEqual([
    ['termination_compensation', 500_000],
    ['unpaid_wages', 360_000],
  ]);
  expect(seen.body.agreement.facts).toContain('双方对本协议内容保密');
  expect(problems).toEqual([]);
  await page.context().close();
});

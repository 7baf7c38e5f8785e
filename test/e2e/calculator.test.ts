import type { Page } from 'playwright-core';
import { useProduct } from './product';
import { phone, signInByPhone } from './phone';

/**
 * The "what may I claim?" calculator in the worker's H5 app at 360x780 against the real built
 * server (SQLite, demo city, whose local figures are examples): opened from a station's QR page
 * without signing in, a dismissed courier's compensation worked out with its articles, put into
 * the claim, then sign-in and the wizard with the amount filled in.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

const onStep = (page: Page, title: string) => page.waitForSelector(`[data-testid=step-title]:text-is("${title}")`);
const text = (page: Page, testid: string) => page.locator(`[data-testid=${testid}]`).innerText();

test('a dismissed courier works out the compensation without signing in, puts it in the claim, signs in and finds it filled in', async () => {
  const { ctx, page, problems } = await phone(browser);

  // The station's QR page offers the calculator; nobody is signed in.
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.click('[data-testid=station-calculator]');
  await page.waitForSelector('[data-testid=calc-situation-dismissed]');
  expect(await page.evaluate(() => localStorage.getItem('gig.session'))).toBeNull();

  // What happened: dismissed (and nothing else), then only what the calculator needs.
  await page.click('[data-testid=calc-situation-dismissed]');
  await page.click('[data-testid=calc-next]');
  await page.waitForSelector('[data-testid=calc-area-330300].chip-on');
  await page.click('[data-testid=calc-compute]');
  await page.waitForSelector('text=请填写这一项');
  await page.fill('[data-testid=calc-wageYuan] input', '6000');
  await page.fill('[data-testid=calc-startDate] input', '2022-01-01');
  await page.fill('[data-testid=calc-endDate] input', '2025-05-31');
  await page.click('[data-testid=calc-reason-redundancy]');
  await page.click('[data-testid=calc-compute]');

  // 3 years 5 months at 6,000 → 3.5 months = 21,000, an estimate, with its articles.
  await page.waitForSelector('[data-testid=calc-estimate]');
  await expect(text(page, 'calc-amount-dismissed-economicCompensation')).resolves.toContain('¥21000.00');
  const result = await text(page, 'calc-result-dismissed');
  expect(result).toContain('《劳动合同法》第47条');
  expect(result).toContain('《劳动合同法实施条例》第27条');
  await expect(text(page, 'calc-estimate')).resolves.toContain('仲裁或法院');
  // The demo city's figures are examples: said next to the amount and the figures.
  expect(await page.locator('[data-testid=calc-result-dismissed] [data-testid=example-tag]').count()).toBeGreaterThan(
    1,
  );
  // A step opens its article's words when tapped.
  const step = page.locator('[data-testid=calc-step]:has-text("应支付月数")');
  await step.click();
  await expect(step.locator('[data-testid=calc-rule]').innerText()).resolves.toContain('每满一年支付一个月工资');
  await expect(text(page, 'calc-total')).resolves.toContain('¥21000.00');

  // Into the claim: sign-in first, then the wizard, the draft intact.
  await page.click('[data-testid=calc-write]');
  await signInByPhone(app, page, '13900002222');
  await onStep(page, '选择调解站');
  await page.waitForSelector('[data-testid=claim-station]:has-text("温州市快递行业协会调解站")');
  await page.click('[data-testid=next]');
  await onStep(page, '您的信息');
  await page.fill('[data-testid=name] input', '钱师傅');
  await page.fill('[data-testid=id-number] input', '11010519491231002X');
  await page.fill('[data-testid=claim-phone] input', '13900002222');
  await page.click('[data-testid=next]');
  await onStep(page, '工作和单位');
  await page.click('[data-testid=industry-courier]');
  await page.click('[data-testid=work-mode-outlet]');
  await page.click('[data-testid=area-330302]');
  await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
  await page.click('[data-testid=next]');

  // What you claim: the calculated item, its type and amount filled in, said to come from the calculator.
  await onStep(page, '您要什么');
  await expect(page.locator('[data-testid=amount-0] input').inputValue()).resolves.toBe('21000.00');
  await page.waitForSelector('[data-testid=claim-type-0-termination_compensation].chip-on');
  await expect(text(page, 'calculated-0')).resolves.toContain('经济补偿');
  expect(await page.locator('[data-testid^=amount-]').count()).toBe(1);
  const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('gig.claim.draft')!).data);
  expect(draft.body.items).toEqual([
    expect.objectContaining({
      type: 'termination_compensation',
      amountYuan: '21000.00',
      periodFrom: '2022-01-01',
      periodTo: '2025-05-31',
      calculation: { calculator: 'economicCompensation', figureIds: expect.any(Array) },
    }),
  ]);
  expect(draft.body.items[0].calculation.figureIds).toHaveLength(2);

  // The review says the amount was calculated.
  await page.click('[data-testid=next]');
  await onStep(page, '发生了什么和证据');
  await page.fill('[data-testid=incident-date] input', '2025-05-31');
  await page.fill('[data-testid=description] textarea', '公司说裁员，让我第二天不用来了，没有给任何补偿。');
  await page.click('[data-testid=next]');
  await onStep(page, '核对并提交');
  await expect(text(page, 'review-item-0')).resolves.toContain('计算器算出');

  // Filed, the case records which calculator and which figure versions stand behind the amount.
  await page.click('[data-testid=submit]');
  await page.waitForSelector('[data-testid=receipt]');
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('gig.session')!).data.accessToken as string);
  const mine = await app.call('GET', '/api/cases', { token });
  const filed = await app.call('GET', `/api/cases/${mine.body.items[0].id}`, { token });
  expect(filed.body.items).toEqual([
    expect.objectContaining({
      amountFen: 2_100_000,
      calculation: { calculator: 'economicCompensation', figureIds: draft.body.items[0].calculation.figureIds },
    }),
  ]);
  expect(problems).toEqual([]);
  await ctx.close();
});

import { randomUUID } from 'node:crypto';
import { staffPage, useProduct } from './product';
import { act, caseStatus } from './staff-actions';
import { chinaDay } from './phone';
import { claim } from '../factories';

/**
 * The local figures page, the workbench's holiday-notice banner and the case page's expired
 * limitation, in the staff page (headless Chromium at 1440x900, the built product on SQLite with
 * the demo city). The system admin sees the demo city's example figures, is told under the field
 * what the API refused, enters a published minimum wage that takes over from the example, and
 * corrects it from its row (the next version of that day, the first marked corrected); a mediator
 * reads the same tables without the form. The workbench warns of a missing holiday notice; a claim
 * filed after its limitation ran out says so on its case page and can still be accepted.
 */
jest.setTimeout(180_000);

const { app, browser } = useProduct();

const minimum = '[data-testid=figures-minimum_monthly_wage-330300]';
const row = (version: number, day: string) => `${minimum} [data-testid=figure-v${version}-${day}]`;

test('the system admin enters a new minimum wage and sees it in force; a correction the same day is the next version', async () => {
  const page = await staffPage(browser, app, 'admin');
  await page.click('.ant-pro-sider a:has-text("本地标准数据")');
  await page.waitForSelector(`${minimum} .ant-table-row`);
  // The demo city's figure is an example, in force today, marked in red.
  const seeded = page.locator(row(1, '2025-01-01'));
  await expect(seeded.getAttribute('data-state')).resolves.toBe('in_force');
  await expect(seeded.locator('[data-testid=figure-example]').innerText()).resolves.toBe('示例（非公布来源）');
  await expect(seeded.innerText()).resolves.toContain('¥2,490.00');

  // An amount the API refuses (zero) is explained under its own field.
  const day = chinaDay(-1);
  await page.click('[data-testid=figure-new]');
  const form = page.locator('.ant-modal:visible [data-testid=figure-form]');
  const submit = page.locator('.ant-modal:visible [data-testid=figure-submit]');
  await form.locator('input#amountYuan').fill('0');
  await form.locator('input#effectiveFrom').click();
  await form.locator('input#effectiveFrom').fill(day);
  await page.keyboard.press('Enter');
  await form.locator('textarea#source').fill('浙江省人民政府公布的最低工资标准（端到端测试录入）');
  await form.locator('input#sourceUrl').fill('https://example.gov.cn/minimum-wage');
  await submit.click();
  await page.waitForSelector('#amountYuan_help:has-text("请填大于0的金额，最多两位小数")');

  // A real amount: entered as version 1 of that day, in force today; the example is replaced.
  await form.locator('input#amountYuan').fill('2,690');
  await submit.click();
  await page.waitForSelector('.ant-message:has-text("已录入第1版")');
  await page.waitForSelector(`${row(1, day)}[data-state=in_force]`);
  const entered = page.locator(row(1, day));
  await expect(entered.innerText()).resolves.toContain('¥2,690.00');
  await expect(entered.locator('[data-testid=figure-example]').count()).resolves.toBe(0);
  await expect(entered.locator('a[href="https://example.gov.cn/minimum-wage"]').count()).resolves.toBe(1);
  await expect(seeded.getAttribute('data-state')).resolves.toBe('replaced');

  // Correcting it opens the form on the same area, kind and day: said before sending, then version 2 is in force.
  await form.waitFor({ state: 'hidden' });
  await entered.locator('[data-testid=figure-correct]').click();
  await page.waitForSelector('[data-testid=figure-correction]:has-text("本次录入为第2版（更正）")');
  await form.locator('input#amountYuan').fill('2700');
  await form.locator('textarea#source').fill('浙江省人民政府公布的最低工资标准（更正）');
  await submit.click();
  await page.waitForSelector(`${row(2, day)}[data-state=in_force]`);
  await expect(page.locator(row(1, day)).getAttribute('data-state')).resolves.toBe('corrected');
  const listed = await app.call('GET', '/api/admin/figures', { token: (await app.staff('admin')).accessToken });
  const versions = listed.body.items.filter((f: { kind: string; effectiveFrom: string }) => f.effectiveFrom === day);
  expect(versions.map((f: { version: number; value: number }) => [f.version, f.value]).sort()).toEqual([
    [1, 269_000],
    [2, 270_000],
  ]);
  await page.context().close();
});

test('a mediator reads the figures without the form; the workbench warns of each year deadlines reach whose holiday notice is missing', async () => {
  const page = await staffPage(browser, app, 'courier.mediator');
  // The years the clock knows (this year and the next two): a banner for this year or the next without its notice.
  const years = (
    await app.call('GET', '/api/admin/holidays', { token: (await app.staff('courier.mediator')).accessToken })
  ).body.years as { year: number; noticeConfigured: boolean }[];
  const reach = years.filter((y) => y.year <= years[0]!.year + 1);
  for (const y of reach) {
    const banner = page.locator(`[data-testid=holiday-notice-${y.year}]`);
    if (y.noticeConfigured) await expect(banner.count()).resolves.toBe(0);
    else
      await expect(banner.innerText()).resolves.toBe(
        `${y.year}年国务院节假日安排通知尚未录入：期限只按法定节日计算，调休与补班未计入；请系统管理员在 CLOCK_RULES_JSON 中录入`,
      );
  }
  // A year deadlines cannot reach yet is not warned about.
  await expect(page.locator(`[data-testid=holiday-notice-${years[2]!.year}]`).count()).resolves.toBe(0);

  await page.click('.ant-pro-sider a:has-text("本地标准数据")');
  await page.waitForSelector(`${minimum} .ant-table-row`);
  await expect(page.locator('[data-testid=figures-average_monthly_wage-330300]').innerText()).resolves.toContain(
    '¥8,000.00',
  );
  // No form to open, and no version to correct.
  await expect(page.locator('[data-testid=figure-new]').count()).resolves.toBe(0);
  await expect(page.locator('[data-testid=figure-correct]').count()).resolves.toBe(0);
  await page.context().close();
});

test('a claim filed after its limitation period ran out says so on the case page, as a defence, and can still be accepted', async () => {
  const mobile = '13700003001';
  const w = await app.worker(mobile);
  // Dismissed well over a year ago: the year ran out before this filing (LDMAL art 27).
  const filed = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '吴师傅', idNumber: '11010519491231002X', phone: mobile },
      items: [{ type: 'termination_compensation', amountYuan: '12000' }],
      incidentDate: chinaDay(-500),
      employmentEndedOn: chinaDay(-500),
    }),
  });
  expect(filed.status).toBe(201);
  const limitation = (filed.body.case.deadlines as { kind: string; due: string }[]).find(
    (d) => d.kind === 'limitation',
  );
  expect(limitation!.due < chinaDay(0)).toBe(true);
  const page = await staffPage(browser, app, 'courier.mediator');
  await page.goto(`${app.base}/admin/#/cases/${filed.body.case.id}`);
  const banner = page.locator('[data-testid=limitation-expired]');
  await expect(banner.innerText()).resolves.toBe(
    `仲裁时效可能已于${limitation!.due}届满，早于申请日${chinaDay(0)}。时效届满是被申请人可以提出的抗辩（《劳动争议调解仲裁法》第27条；《民法典》第192条），不是拒绝受理的理由。`,
  );
  await act(page, 'accept', caseStatus('已受理'));
  await page.context().close();
});

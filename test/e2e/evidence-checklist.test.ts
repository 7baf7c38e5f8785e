import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { staffPage, useProduct } from './product';
import { claim } from '../factories';
import { chinaDay, courierToItems, onStep, phone, photo } from './phone';

/**
 * The evidence checklist in the browsers (the shared evidenceChecklist): a courier at 360x780 sees
 * what proves the employment and the wage claim in the wizard's evidence step, taps the missing pay
 * item, uploads, and sees it ticked; the case page shows the same list and files a tapped item under
 * its kind; the station's case page at 1440x900 shows the list with what the files provide.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

const item = (id: string) => `[data-testid="checklist-item-${id}"]`;
const provided = (page: Page, id: string) => page.locator(item(id)).first().getAttribute('data-provided');

/** Taps a checklist item and gives the file chooser it opens a picture. */
async function addThrough(page: Page, selector: string, name: string, seed: number) {
  const chooser = page.waitForEvent('filechooser');
  await page.click(selector);
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: photo(seed) });
}

test('a courier sees the checklist in the evidence step, taps the missing pay item, uploads, and sees it ticked; the case page shows the same', async () => {
  const { ctx, page, problems } = await phone(browser);
  const mobile = '13900003333';
  await courierToItems(app, page, { mobile, name: '孙师傅' });
  await page.fill('[data-testid=amount-0] input', '4100');
  await page.click('[data-testid=next]');
  await onStep(page, '发生了什么和证据');

  // The list for a courier's wage claim: the employment relationship first, then the claim.
  const list = page.locator('[data-testid=evidence-checklist]');
  await list.waitFor();
  await expect(
    list.locator('[data-testid^=checklist-group-]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
  ).resolves.toEqual(['checklist-group-employment', 'checklist-group-unpaid_wages']);
  await expect(list.innerText()).resolves.toContain('快递员App里的揽收、派件记录');
  await expect(page.locator('[data-testid=checklist-notice]').innerText()).resolves.toContain(
    '材料不全也可以先提交申请',
  );
  await expect(page.locator('[data-testid=checklist-count]').innerText()).resolves.toContain('0/6');
  expect(await provided(page, 'employment.courier.pay')).toBe('no');

  // Readable outdoors: big rows, dark hint text, nothing wider than the phone.
  const row = (await page.locator(item('employment.courier.pay')).boundingBox())!;
  expect(row.height).toBeGreaterThanOrEqual(48);
  expect(row.x + row.width).toBeLessThanOrEqual(360);
  const hint = page.locator(`${item('employment.courier.pay')} .checklist-hint`);
  expect(await hint.evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(134, 144, 156)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Tapping the missing pay item opens the picker with "payslip" chosen; once uploaded it is ticked.
  await addThrough(page, item('employment.courier.pay'), 'wage-transfer.png', 1);
  await page.waitForSelector('[data-testid=evidence-item]:has-text("wage-transfer.png") >> text=已上传');
  await page.waitForSelector(`${item('employment.courier.pay')}[data-provided=yes]`);
  expect(await provided(page, 'unpaid_wages.paid_so_far')).toBe('yes');
  expect(await provided(page, 'employment.courier.app_records')).toBe('no');
  await expect(page.locator('[data-testid=evidence-item]').innerText()).resolves.toContain('工资条、收入或结算记录');
  await expect(page.locator('[data-testid=evidence-category-pay_record]').getAttribute('class')).resolves.toContain(
    'chip-on',
  );
  await expect(page.locator('[data-testid=checklist-count]').innerText()).resolves.toContain('2/6');

  // The helpful items and the rule behind them open on a tap; English on the switch.
  await page.click('[data-testid=checklist-more]');
  await page.waitForSelector(item('employment.courier.uniform'));
  await expect(list.innerText()).resolves.toContain('劳社部发〔2005〕12号第二条');
  await page.click('.lang >> visible=true');
  await page.waitForSelector('[data-testid=checklist-notice]:has-text("Missing evidence does not stop you filing")');
  await expect(list.innerText()).resolves.toContain('Pick-up and delivery records in the courier app');
  await page.click('.lang >> visible=true');

  await page.fill('[data-testid=incident-date] input', chinaDay(-5));
  await page.fill('[data-testid=description] textarea', '十月份工资至今未发，网点负责人说等总部结算，多次催要无果。');
  await page.click('[data-testid=next]');
  await onStep(page, '核对并提交');
  await page.click('[data-testid=submit]');
  await page.waitForSelector('[data-testid=receipt]');
  await page.click('[data-testid=view-case]');
  await page.waitForSelector('[data-testid=status]');

  // The case page: the same list, pay ticked from the filed evidence's category.
  await page.waitForSelector(`[data-testid=evidence] ${item('employment.courier.pay')}[data-provided=yes]`);
  expect(await provided(page, 'employment.courier.group_chat')).toBe('no');
  // A missing item tapped here is filed under its kind (a chat screenshot), and ticks on return.
  await addThrough(page, item('employment.courier.group_chat'), 'outlet-group.png', 2);
  await page.waitForSelector(`${item('employment.courier.group_chat')}[data-provided=yes]`);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('gig.session')!).data.accessToken as string);
  const mine = await app.call('GET', '/api/cases', { token });
  const detail = await app.call('GET', `/api/cases/${mine.body.items[0].id}`, { token });
  expect(detail.body.evidence.map((e: { category: string }) => e.category).sort()).toEqual(['chat', 'pay_record']);
  expect(problems).toEqual([]);
  await ctx.close();
});

test('the station’s case page lists the evidence, with what the files provide and what the employer must produce', async () => {
  const mobile = '13900004444';
  const w = await app.worker(mobile);
  const form = new FormData();
  form.append('category', 'pay_record');
  form.append('file', new Blob([new Uint8Array(photo(3))], { type: 'image/png' }), '工资转账.png');
  const up = await fetch(`${app.base}/api/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.accessToken}` },
    body: form,
  });
  expect(up.status).toBe(201);
  const evidenceId = ((await up.json()) as { id: string }).id;
  const filed = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '周师傅', idNumber: '11010519491231002X', phone: mobile },
      items: [
        { type: 'unpaid_wages', amountYuan: '3600' },
        { type: 'platform_penalties', amountYuan: '200' },
      ],
      incidentDate: chinaDay(-10),
      evidenceIds: [evidenceId],
    }),
  });
  expect(filed.status).toBe(201);

  const page = await staffPage(browser, app, 'courier.mediator');
  await page.goto(`${app.base}/admin/#/cases/${filed.body.case.id}`);
  const list = page.locator('[data-testid=evidence-checklist]');
  await list.waitFor();
  await expect(
    list.locator('[data-testid^=checklist-group-]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
  ).resolves.toEqual([
    'checklist-group-employment',
    'checklist-group-unpaid_wages',
    'checklist-group-platform_penalties',
  ]);
  expect(await provided(page, 'employment.courier.pay')).toBe('yes');
  expect(await provided(page, 'platform_penalties.records')).toBe('yes');
  expect(await provided(page, 'employment.courier.app_records')).toBe('no');
  await expect(page.locator(item('employment.courier.app_records')).innerText()).resolves.toContain(
    '单位掌握，应由单位提供',
  );
  await expect(list.innerText()).resolves.toContain('材料不全也可以先提交申请');
  await expect(list.innerText()).resolves.toContain('劳社部发〔2005〕12号第二条');
  await page.context().close();
});

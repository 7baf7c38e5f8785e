import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { DEFAULT_CLOCK_RULES, periodEnd } from '@gig/shared';
import { useProduct } from './product';
import { chinaDay, phone, signInByPhone } from './phone';
import { claim } from '../factories';

/**
 * The worker reads and signs the mediation agreement on the phone (H5 build, headless Chromium at
 * 360x780, the real built product on SQLite with the demo city). The station drafts it to be
 * signed by everyone; the worker opens the case from its link, signs in, reads the whole text —
 * what was claimed next to what is agreed, the total in capitals — and downloads the PDF before
 * signing; the station changes the terms while the pad is open, so the first signature is refused
 * and the phone shows the new text to read again; the worker signs that. Then the respondent's
 * paper signature is recorded and the mediator signs for the body: the phone shows it in effect
 * from today, and the 30-day window for judicial confirmation counting from it.
 */
jest.setTimeout(180_000);

// No resend wait: the worker signs in over the API to file, then again on the phone.
const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

/** A small PNG: the scan of the page the respondent signed on paper. */
function scan(): Blob {
  const png = new PNG({ width: 48, height: 64 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([240, 240, 230 - (i % 50), 255], i);
  return new Blob([new Uint8Array(PNG.sync.write(png))], { type: 'image/png' });
}

test('the worker reads the whole agreement, signs the current text on the phone, and sees it in effect with its 30-day window', async () => {
  const mobile = '13900007777';
  const payer = '温州某某快递服务有限公司';
  // A courier's 3,500-yuan wage claim, accepted and mediated at the courier association.
  const filer = await app.worker(mobile);
  const filed = await app.call('POST', '/api/cases', {
    token: filer.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({
      claimant: { name: '赵师傅', idNumber: '11010519491231002X', phone: mobile },
      respondent: { name: payer },
      items: [{ type: 'unpaid_wages', amountYuan: '3500' }],
    }),
  });
  expect(filed.status).toBe(201);
  const caseId = filed.body.case.id as string;
  const mediator = (await app.staff('courier.mediator')).accessToken;
  const staff = async (action: string, body: Record<string, unknown> = {}) => {
    const r = await app.call('POST', `/api/admin/cases/${caseId}/actions/${action}`, { token: mediator, body });
    expect([action, r.status]).toEqual([action, 200]);
    return r.body;
  };
  await staff('accept');
  await staff('start_mediation');
  // Drafted at the station for everyone to sign: no effectiveOn (that would mean all signed on paper).
  const drafted = await staff('record_agreement', {
    items: [{ type: 'unpaid_wages', amountYuan: '3200', payer }],
    dueDate: chinaDay(10),
    paymentMethod: 'bank_transfer',
  });
  expect(drafted.agreement.effectiveOn).toBeNull();

  // The worker opens the case's link on the phone: sign-in first, then back to the case.
  const { ctx, page, problems } = await phone(browser, { acceptDownloads: true });
  await page.goto(`${app.base}/app/#/sub/case/index?id=${caseId}`);
  await signInByPhone(app, page, mobile);
  await page.waitForSelector('[data-testid=agreement-stage]:text-is("等您签字")');

  // The whole text, paragraph by paragraph, as the server hashed it; the amount in capitals; claimed next to agreed.
  const text = page.locator('[data-testid=agreement-text]');
  const shown = await text.innerText();
  for (const paragraph of drafted.agreementText as string[]) expect(shown).toContain(paragraph);
  expect(shown).toContain('大写：人民币叁仟贰佰元整');
  expect(shown).toContain('支付拖欠工资（报酬）人民币3200.00元（申请人原请求3500.00元）');
  const item = await page.locator('[data-testid=compare-item]').innerText();
  expect(item).toMatch(/您要求\s*¥3500\.00[\s\S]*协议给\s*¥3200\.00[\s\S]*比您要求的少 ¥300\.00/);
  // Who still has to sign: everyone.
  for (const side of ['worker', 'respondent', 'mediator'])
    await expect(page.locator(`[data-testid=signature-${side}]`).innerText()).resolves.toContain('还没签');

  // The PDF can be downloaded before signing.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=agreement-pdf]')]);
  expect(pdf.suggestedFilename()).toBe(`agreement-${filed.body.case.number}.pdf`);
  expect(
    fs
      .readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // The worker opens the pad and writes their name; meanwhile the station changes the terms.
  await page.click('[data-testid=sign]');
  await page.waitForSelector('.sig-pad-ready');
  const pad = page.locator('[data-testid=sig-pad] canvas, canvas[data-testid=sig-pad]').first();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 40);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + 40 + (i % 2 ? 40 : 0), { steps: 2 });
  await page.mouse.up();
  const amended = await staff('amend_agreement', {
    items: [{ type: 'unpaid_wages', amountYuan: '3300', payer }],
    dueDate: chinaDay(10),
    paymentMethod: 'bank_transfer',
    reason: '双方同意增加100元交通费',
  });
  expect(amended.agreement.textSha256).not.toBe(drafted.agreement.textSha256);

  // Signing the text the worker read is refused: the phone says so in words and shows the new text.
  await page.click('[data-testid=confirm-sign]');
  await page.waitForSelector('.taro-modal__title:has-text("协议内容已经修改，请重新阅读后再签字")');
  await page.click('.taro-model__confirm');
  await page.waitForSelector('[data-testid=text-changed]:has-text("请重新阅读下面的新全文")');
  await page.waitForSelector('[data-testid=agreement-text]:has-text("大写：人民币叁仟叁佰元整")');
  await expect(text.innerText()).resolves.toContain('人民币3300.00元（申请人原请求3500.00元）');
  const before = await app.call('GET', `/api/cases/${caseId}`, { token: filer.accessToken });
  expect(before.body.agreement.signatures).toEqual([]);

  // Read again, signed again (the drawn name is optional): on the new text.
  await page.click('[data-testid=sign]');
  await page.waitForSelector('.sig-pad-ready');
  await page.click('[data-testid=confirm-sign]');
  await page.waitForSelector('[data-testid=signed]');
  await page.waitForSelector('[data-testid=agreement-stage]:text-is("您已签字，等其他方签字")');
  const signed = await app.call('GET', `/api/cases/${caseId}`, { token: filer.accessToken });
  const textSha256 = signed.body.agreement.textSha256 as string;
  expect(textSha256).toBe(amended.agreement.textSha256);
  expect(signed.body.agreement.signatures).toEqual([
    expect.objectContaining({ side: 'worker', name: '赵师傅', textSha256, onPaper: false }),
  ]);
  expect(signed.body.agreement.effectiveOn).toBeNull();

  // The respondent signed a paper copy (the station records it with the scan); the mediator signs for the body.
  const form = new FormData();
  form.append('file', scan(), '被申请人签字页.png');
  const uploaded = await fetch(`${app.base}/api/admin/cases/${caseId}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mediator}` },
    body: form,
  });
  expect(uploaded.status).toBeLessThan(300);
  const evidenceId = ((await uploaded.json()) as { id: string }).id;
  await staff('record_signature', { side: 'respondent', name: '网点负责人 孙', evidenceId, textSha256 });
  const effective = await staff('confirm_agreement', { textSha256 });
  const today = chinaDay(0);
  expect(effective.agreement.effectiveOn).toBe(today);

  // The phone shows it in effect from today, and the last day to ask a court to confirm it (30 days from today).
  await page.reload();
  await page.waitForSelector('[data-testid=agreement-stage]:text-is("已生效")');
  await expect(page.locator('[data-testid=in-effect]').innerText()).resolves.toContain(`生效日期：${today}`);
  const window = await page.locator('[data-testid=window-judicial_confirmation]').innerText();
  expect(window).toContain('申请司法确认的期限');
  expect(window).toContain(`最晚 ${periodEnd(today, 30, DEFAULT_CLOCK_RULES)}`);
  for (const side of ['worker', 'respondent', 'mediator'])
    await expect(page.locator(`[data-testid=signature-${side}]`).innerText()).resolves.not.toContain('还没签');
  await expect(page.locator('[data-testid=signature-respondent]').innerText()).resolves.toContain('已在纸上签字');
  expect(problems).toEqual([]);
  await ctx.close();
});

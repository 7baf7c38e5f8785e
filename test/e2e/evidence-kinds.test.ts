import { randomUUID } from 'node:crypto';
import { useProduct } from './product';
import { courierToItems, onStep, phone, signInByPhone } from './phone';
import { claim } from '../factories';

/**
 * Evidence as workers have it (issue 17 point 4), in the H5 app at 360x780: a PDF picked from the
 * phone and a voice recording made in the app, each filed under its kind and seen by staff; and an
 * upload cut off by a closed page, named on reopening so the worker picks it again.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

test('after filing, a PDF contract and a voice recording are added from the case page and staff see both', async () => {
  const mobile = '13900006666';
  const filer = await app.worker(mobile);
  const filed = await app.call('POST', '/api/cases', {
    token: filer.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: claim({ claimant: { name: '周师傅', idNumber: '11010519491231002X', phone: mobile } }),
  });
  const caseId = filed.body.case.id as string;
  const { ctx, page, problems } = await phone(browser);
  await ctx.grantPermissions(['microphone'], { origin: app.base });
  await page.goto(`${app.base}/app/#/sub/case/index?id=${caseId}`);
  await signInByPhone(app, page, mobile);
  await page.waitForSelector('[data-testid=add-evidence-file]');

  // A PDF, filed under the kind chosen.
  await page.click('[data-testid=case-evidence-category-contract]');
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid=add-evidence-file]');
  await (await chooser).setFiles({ name: '劳务协议.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForSelector('[data-testid=case-evidence-file]:has-text("劳务协议.pdf")');

  // A recording: its running time, then stop and add.
  await page.click('[data-testid=add-evidence-record]');
  await page.waitForSelector('[data-testid=add-evidence-record-running]');
  await page.waitForTimeout(2500);
  await page.click('[data-testid=add-evidence-record-stop]');
  await page.waitForSelector('[data-testid=case-evidence-file]:has-text("录音")');

  const mediator = (await app.staff('courier.mediator')).accessToken;
  const seen = await app.call('GET', `/api/admin/cases/${caseId}`, { token: mediator });
  const kinds = seen.body.evidence.map((e: { kind: string; category: string; sha256: string }) => [e.kind, e.category]);
  expect(kinds).toEqual(
    expect.arrayContaining([
      ['pdf', 'contract'],
      ['audio', 'audio'],
    ]),
  );
  for (const e of seen.body.evidence) expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(problems).toEqual([]);
  await ctx.close();
});

test('an upload cut off by closing the page is named on reopening, and does not hold the claim back', async () => {
  const { ctx, page, problems } = await phone(browser);
  await courierToItems(app, page, { mobile: '13900008888', name: '吴师傅' });
  await page.fill('[data-testid=amount-0] input', '1800');
  await page.click('[data-testid=next]');
  await onStep(page, '发生了什么和证据');
  // The upload never gets an answer: the page is closed while it is going up.
  await page.route('**/api/evidence', () => undefined);
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid=add-file]');
  await (await chooser).setFiles({ name: '工资单.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForSelector('#uploading');
  await page.unroute('**/api/evidence');
  await page.reload();
  await onStep(page, '发生了什么和证据');
  // Named to pick again, or (when Chrome has not yet let go of the picked file, which happens after
  // a quick reload) read and sent again: either way the file is not silently lost.
  await page.waitForSelector(
    '[data-testid=evidence-item]:has-text("请删除后重新选择"), [data-testid=evidence-item]:has-text("已上传")',
  );
  await page.fill('[data-testid=incident-date] input', '2026-10-20');
  await page.fill('[data-testid=description] textarea', '十月份工资至今没有发放，多次催要没有结果。');
  await page.click('[data-testid=next]');
  await onStep(page, '核对并提交');
  expect(problems).toEqual([]);
  await ctx.close();
});

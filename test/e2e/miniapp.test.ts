import type { Page } from 'playwright-core';
import { useProduct } from './product';
import { phone, photo, signInByPhone } from './phone';

/**
 * The worker's H5 mini-program in headless Chromium at phone size against the real built server
 * (SQLite, demo city): from a station's QR address through sign-in and every step of the claim,
 * a reload in the middle, an upload that fails then succeeds, a submission whose answer is lost
 * and is sent again, then the station's actions seen on the phone and the agreement signed.
 */
jest.setTimeout(240_000);

// No resend wait, so one phone can sign in twice within a test.
const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

/** Waits until the wizard shows the step with this title. */
const onStep = (page: Page, title: string) => page.waitForSelector(`[data-testid=step-title]:text-is("${title}")`);

test('a worker scans, signs in, files with evidence, survives a reload, a failed upload and a lost answer, then follows and signs', async () => {
  const { ctx, page, problems } = await phone(browser);
  const mobile = '13900001111';

  // The QR address opens the station's card.
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=start-claim]');
  await expect(page.locator('[data-testid=station-card]').innerText()).resolves.toContain('温州市快递行业协会调解站');
  await page.click('[data-testid=start-claim]');

  // Sign-in comes first, then back to the claim.
  await page.waitForSelector('[data-testid=send-code]');
  // The button's words can be read (Taro's H5 button once painted them white on white).
  expect(await page.locator('[data-testid=send-code]').evaluate((e) => getComputedStyle(e).color)).toBe(
    'rgb(31, 78, 156)',
  );
  await signInByPhone(app, page, mobile);
  await onStep(page, '选择调解站');
  await page.waitForSelector('[data-testid=claim-station]:has-text("温州市快递行业协会调解站")');
  await page.click('[data-testid=next]');

  // About you: a wrong ID number is refused inline, with the server's rule.
  await onStep(page, '您的信息');
  await page.fill('[data-testid=name] input', '赵师傅');
  await page.fill('[data-testid=id-number] input', '110105194912310021');
  await page.fill('[data-testid=claim-phone] input', mobile);
  await page.click('[data-testid=next]');
  await page.waitForSelector('text=号码有误，请核对');
  await page.fill('[data-testid=id-number] input', '11010519491231002X');
  await page.click('[data-testid=next]');

  // Your work.
  await onStep(page, '工作和单位');
  await page.click('[data-testid=industry-courier]');
  await page.click('[data-testid=work-mode-outlet]');
  await page.click('[data-testid=area-330302]');
  await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
  await page.click('[data-testid=outlet-consent]');
  await page.click('[data-testid=next]');

  // What you claim.
  await onStep(page, '您要什么');
  await page.fill('[data-testid=amount-0] input', '3500');
  await page.click('[data-testid=next]');
  await onStep(page, '发生了什么和证据');

  // The phone reloads (the app was closed, or it crashed): the draft is all there, at this step.
  await page.reload();
  await onStep(page, '发生了什么和证据');
  await page.click('[data-testid=back]');
  await expect(page.locator('[data-testid=amount-0] input').inputValue()).resolves.toBe('3500');
  await page.click('[data-testid=next]');

  await page.fill('[data-testid=incident-date] input', '2026-10-15');
  await page.fill('[data-testid=description] textarea', '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。');

  // The first upload meets a server error; the worker taps it to try again and it goes through.
  let failed = 0;
  await page.route('**/api/evidence', async (route) => {
    failed++;
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ statusCode: 503, code: 'UPSTREAM_UNAVAILABLE', message: 'down' }),
    });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid=add-photos]');
  await (await chooser).setFiles({ name: 'wage-slip.png', mimeType: 'image/png', buffer: photo() });
  await page.waitForSelector('[data-testid=evidence-item] >> text=上传失败，点此重试');
  expect(failed).toBe(1);
  await page.unroute('**/api/evidence');
  await page.click('[data-testid=evidence-item]');
  await page.waitForSelector('[data-testid=evidence-item] >> text=已上传');

  // A medical record is sensitive: it goes up only after the worker's separate consent.
  await page.click('[data-testid=evidence-category-medical]');
  await page.click('[data-testid=add-photos]');
  await page.waitForSelector('text=敏感个人信息');
  const medical = page.waitForEvent('filechooser');
  await page.click('text=同意上传');
  await (await medical).setFiles({ name: 'diagnosis.png', mimeType: 'image/png', buffer: photo(1) });
  await page.waitForSelector('[data-testid=evidence-item]:has-text("diagnosis.png") >> text=已上传');
  await page.click('[data-testid=next]');

  // Review, then a submission whose answer is lost on the way back: the case was filed.
  await onStep(page, '核对并提交');
  await expect(page.locator('[data-testid=review]').innerText()).resolves.toContain('3500');
  let lost = 0;
  await page.route('**/api/cases', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fetch();
    lost++;
    await route.abort('connectionreset');
  });
  await page.click('[data-testid=submit]');
  await page.waitForSelector('text=网络不好或已断开');
  expect(lost).toBe(1);
  await page.unroute('**/api/cases');

  // Sending again files nothing new: the same case comes back.
  await page.click('[data-testid=submit]');
  await page.waitForSelector('[data-testid=receipt]');
  const number = (await page.locator('[data-testid=case-number]').innerText()).trim();
  expect(number).toMatch(/^LD\d{4}-\d{6}$/);
  // The phone's own session (asking for another code now would hit the resend wait).
  const worker = {
    accessToken: await page.evaluate(() => JSON.parse(localStorage.getItem('gig.session')!).data.accessToken as string),
  };
  const mine = await app.call('GET', '/api/cases', { token: worker.accessToken });
  expect(mine.body.items).toHaveLength(1);
  expect(mine.body.items[0].number).toBe(number);
  const caseId: string = mine.body.items[0].id;
  const detail = await app.call('GET', `/api/cases/${caseId}`, { token: worker.accessToken });
  expect(detail.body.evidence.map((e: { category: string; sensitive: boolean }) => [e.category, e.sensitive])).toEqual(
    expect.arrayContaining([
      ['pay_record', false],
      ['medical', true],
    ]),
  );
  expect(detail.body.evidence).toHaveLength(2);
  expect(detail.body.station.code).toBe('WZ-COURIER');
  expect(detail.body.outletConsent).toMatchObject({ version: 'outlet-sharing-v1' });

  // The receipt opens the case.
  await page.click('[data-testid=view-case]');
  await page.waitForSelector('[data-testid=status]');
  await expect(page.locator('[data-testid=status]').innerText()).resolves.toBe('已提交，待受理');

  // The station works it; the phone sees each change when the worker comes back to the page.
  const mediator = (await app.staff('courier.mediator')).accessToken;
  const act = async (action: string, body: Record<string, unknown> = {}) => {
    const r = await app.call('POST', `/api/admin/cases/${caseId}/actions/${action}`, { token: mediator, body });
    expect(r.status).toBe(200);
  };
  await act('accept');
  await page.reload();
  await page.waitForSelector('[data-testid=status]:has-text("已受理")');

  await act('start_mediation');
  await act('schedule_session', {
    startsAt: new Date(Date.now() + 2 * 86400e3).toISOString(),
    mode: 'on_site',
    address: '温州市鹿城区人民路88号调解室',
    attendees: [{ side: 'worker', name: '赵师傅' }],
  });
  await page.reload();
  await page.waitForSelector('[data-testid=session]:has-text("人民路88号")');

  // The agreement is drafted at the station, to be signed by everyone (no effectiveOn: nobody has signed yet).
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  await act('record_agreement', {
    items: [{ type: 'unpaid_wages', amountYuan: '3200', payer: '温州某某快递服务有限公司' }],
    dueDate: today,
    paymentMethod: 'bank_transfer',
  });
  await page.reload();
  await page.waitForSelector('[data-testid=agreement]:has-text("3200.00")');
  await page.waitForSelector('[data-testid=agreement-text]:has-text("劳动争议调解协议书")');

  // The worker reads the whole text and signs it on the pad.
  await page.click('[data-testid=sign]');
  await page.waitForSelector('.sig-pad-ready');
  const pad = page.locator('[data-testid=sig-pad] canvas, canvas[data-testid=sig-pad]').first();
  await pad.waitFor();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 40);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 18, box.y + 40 + (i % 2 ? 50 : 0), { steps: 2 });
  await page.mouse.up();
  await page.click('[data-testid=confirm-sign]');
  await page.waitForSelector('[data-testid=signed]');

  const after = await app.call('GET', `/api/cases/${caseId}`, { token: worker.accessToken });
  expect(after.body.workerSignature).toBeTruthy();
  // The signature is on the text the worker was shown.
  expect(after.body.agreement.signatures).toEqual([
    expect.objectContaining({ side: 'worker', textSha256: after.body.agreement.textSha256, onPaper: false }),
  ]);

  // A message to the station, and its answer seen on return to the page.
  await page.fill('[data-testid=message] textarea', '请问什么时候付款？');
  await page.click('[data-testid=send-message]');
  await page.waitForSelector('.bubble-mine:has-text("请问什么时候付款？")');
  const reply = await app.call('POST', `/api/admin/cases/${caseId}/messages`, {
    token: mediator,
    body: { clientId: '0c5a7f57-9d1e-4e53-9a38-5a0c1c4f2b10', body: '单位承诺本周五前转账。', internal: false },
  });
  expect(reply.status).toBeLessThan(300);
  await page.reload();
  await page.waitForSelector('.bubble:has-text("单位承诺本周五前转账。")');
  await page.waitForSelector('[data-testid=next-deadline]');
  expect(problems).toEqual([]);
  await ctx.close();
});

test('an unknown station code says so and offers the stations', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/s/NO-SUCH-STATION`);
  await page.waitForSelector('[data-testid=unknown-station]');
  await expect(page.locator('[data-testid=unknown-station]').innerText()).resolves.toContain('没有找到这个调解站');
  // The English switch.
  await page.click('text=English');
  await page.waitForSelector('[data-testid=unknown-station]:has-text("We could not find this station")');
  await page.click('text=中文');
  await page.click('text=温州市外卖配送行业调解站');
  await page.waitForSelector('[data-testid=start-claim]');
  expect(problems).toEqual([]);
  await ctx.close();
});

test('a session that cannot be refreshed goes to sign-in and back, keeping the draft', async () => {
  const { ctx, page, problems } = await phone(browser);
  const mobile = '13900002222';
  await page.goto(`${app.base}/s/WZ-DELIVERY`);
  await page.click('[data-testid=start-claim]');
  await signInByPhone(app, page, mobile);
  // The scanned station can be changed.
  await page.click('[data-testid=change-station]');
  await page.click('[data-testid=choose-WZ-EAST]');
  await page.waitForSelector('[data-testid=claim-station]:has-text("东部新业态劳动纠纷调解站")');
  await page.click('[data-testid=next]');
  await page.fill('[data-testid=name] input', '钱师傅');
  // The session is signed out elsewhere and the access token has expired: nothing can refresh it.
  const stored = await page.evaluate(
    () => JSON.parse(localStorage.getItem('gig.session')!).data as { refreshToken: string },
  );
  expect(
    (await app.call('POST', '/api/auth/logout', { body: { refreshToken: stored.refreshToken } })).status,
  ).toBeLessThan(300);
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('gig.session')!);
    s.data.accessToken = 'expired.access.token';
    localStorage.setItem('gig.session', JSON.stringify(s));
  });
  await page.reload();
  await page.waitForSelector('[data-testid=phone] input');
  await signInByPhone(app, page, mobile);
  await onStep(page, '您的信息');
  await expect(page.locator('[data-testid=name] input').inputValue()).resolves.toBe('钱师傅');
  expect(problems).toEqual([]);
  await ctx.close();
});

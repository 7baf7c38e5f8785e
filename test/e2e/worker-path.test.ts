import { startProduct } from '../../scripts/lib/product.cjs';
import { useProduct } from './product';
import { expectReadable as readable, lowContrast } from './contrast';
import { onStep, phone, photo, scrolled, signInByPhone } from './phone';

/**
 * The worker's H5 app at 360x780 as a courier uses it: the courier station's QR code and the
 * defaults kept end at the courier station (the scanned station decides the presets; a change of
 * station is said in words at the step where it happens); the verified number prefilled; every
 * step from its title; an upload in view and "next" saying why it waits; the review labelled in
 * full; no hashes; every text readable (contrast ≥ 4.5:1); the receipt in English; the case page
 * with a title bar, what was claimed, and back and home that lead somewhere.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

test('a courier who scans the courier station and keeps the defaults files with the courier station', async () => {
  const { ctx, page, problems } = await phone(browser);
  const mobile = '13900003333';
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=start-claim]');
  await readable(page, 'station page');
  await page.click('[data-testid=start-claim]');
  await page.waitForSelector('[data-testid=send-code]');
  // The check below finds grey text: #86909c on white is 3.2:1.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    probe.textContent = '灰色提示';
    probe.style.cssText = 'color:#86909c;background:#fff';
    document.body.appendChild(probe);
  });
  expect((await lowContrast(page)).map((x) => x.text)).toEqual(['灰色提示']);
  await page.evaluate(() => document.getElementById('probe')?.remove());
  await readable(page, 'sign-in');
  await signInByPhone(app, page, mobile);
  await onStep(page, '选择调解站');
  await page.waitForSelector('[data-testid=claim-station]:has-text("温州市快递行业协会调解站")');
  await readable(page, 'step 1');
  await page.click('[data-testid=next]');

  // The number verified at sign-in is there, and can be changed.
  await onStep(page, '您的信息');
  await expect(page.locator('[data-testid=claim-phone] input').inputValue()).resolves.toBe(mobile);
  await page.fill('[data-testid=name] input', '孙师傅');
  await page.fill('[data-testid=id-number] input', '11010519491231002X');
  await page.click('[data-testid=next]');

  // The courier station presets the courier trade, and says so; where it goes is said in words.
  await onStep(page, '工作和单位');
  expect(await page.locator('[data-testid=industry-courier]').getAttribute('class')).toMatch(/chip-on/);
  expect(await page.locator('.chip-on[data-testid^=industry-]').count()).toBe(1);
  await page.waitForSelector('[data-testid=preset-from]:has-text("温州市快递行业协会调解站")');
  // How the work comes and the district are the worker's to say: nothing is lit yet.
  expect(await page.locator('.chip-on[data-testid^=work-mode-]').count()).toBe(0);
  expect(await page.locator('.chip-on[data-testid^=area-]').count()).toBe(0);
  await page.click('[data-testid=work-mode-outlet]');
  await page.click('[data-testid=area-330302]');
  await page.waitForSelector('[data-testid=route-station]:has-text("温州市快递行业协会调解站")');
  expect(await page.locator('[data-testid=route-changed]').count()).toBe(0);
  // Another trade sends it elsewhere: said here, naming both stations.
  await page.click('[data-testid=industry-food_delivery]');
  await page.waitForSelector('[data-testid=route-changed]:has-text("温州市快递行业协会调解站")');
  await expect(page.locator('[data-testid=route-changed]').innerText()).resolves.toContain('外卖');
  await readable(page, 'step 3, station changed');
  await page.click('[data-testid=industry-courier]');
  await page.waitForSelector('[data-testid=route-changed]', { state: 'detached' });
  await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
  await page.fill('[data-testid=outlet-name] input', '鹿城网点');
  await readable(page, 'step 3');
  // Scrolled down to the button: the next step opens at its title.
  await page.locator('[data-testid=next]').scrollIntoViewIfNeeded();
  expect(await scrolled(page)).toBeGreaterThan(0);
  await page.click('[data-testid=next]');
  await onStep(page, '您要什么');
  await page.waitForFunction(() => {
    const own = document.querySelector('[data-testid=step-title]')?.closest('.taro_page');
    return window.scrollY === 0 && (own?.scrollTop ?? 0) === 0;
  });
  // A number-only field is not hinted with words.
  const hint = await page.locator('[data-testid=amount-0] input').getAttribute('placeholder');
  expect(hint).not.toContain('工资');
  await page.fill('[data-testid=amount-0] input', '3500');
  await page.click('[data-testid=next]');

  await onStep(page, '发生了什么和证据');
  await page.fill('[data-testid=incident-date] input', '2026-10-15');
  await page.fill('[data-testid=description] textarea', '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。');
  // A slow upload: the photo going up is on screen, and "next" says why it waits.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/evidence', async (route) => {
    await held;
    await route.continue();
  });
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid=add-photos]');
  await (await chooser).setFiles({ name: 'wage-slip.png', mimeType: 'image/png', buffer: photo() });
  await page.waitForSelector('#uploading');
  // Brought on screen as it starts going up (within a moment, not left below or above the view).
  await page.waitForFunction(
    () => {
      const r = document.querySelector('#uploading')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    },
    undefined,
    { timeout: 5_000 },
  );
  await page.click('[data-testid=next]');
  await page.waitForSelector('text=照片还在上传');
  expect((await page.locator('[data-testid=step-title]').innerText()).trim()).toBe('发生了什么和证据');
  release();
  await page.waitForSelector('[data-testid=evidence-item] >> text=已上传');
  await page.unroute('**/api/evidence');
  // The file's hash is the staff's record: the worker is not shown it.
  expect(await page.locator('body').innerText()).not.toContain('SHA-256');
  await readable(page, 'step 5');
  await page.click('[data-testid=next]');

  // The review: every line labelled, the ID masked, outlet, consent, legal aid and the total.
  await onStep(page, '核对并提交');
  const review = await page.locator('[data-testid=review]').innerText();
  for (const words of [
    '申请人',
    '孙师傅',
    '1101**********002X',
    '网点/站点',
    '鹿城网点',
    '先交网点协商',
    '法律援助',
    '不申请',
    '合计',
    '¥3500.00',
  ])
    expect(review).toContain(words);
  expect(review).not.toContain('11010519491231002X');
  await page.waitForSelector('[data-testid=route-station]:has-text("温州市快递行业协会调解站")');
  await readable(page, 'review');
  await page.click('[data-testid=submit]');

  // The receipt, in English on request (the station by its English name).
  await page.waitForSelector('[data-testid=receipt]');
  await page.click('[data-testid=receipt-language]');
  await page.waitForSelector('[data-testid=receipt]:has-text("Your claim was sent")');
  await page.waitForSelector('[data-testid=receipt]:has-text("Wenzhou Courier Association Mediation Station")');
  await readable(page, 'receipt (English)');
  await page.click('[data-testid=receipt-language]');
  const number = (await page.locator('[data-testid=case-number]').innerText()).trim();
  const worker = await page.evaluate(() => JSON.parse(localStorage.getItem('gig.session')!).data.accessToken as string);
  const mine = await app.call('GET', '/api/cases', { token: worker });
  expect(mine.body.items[0]).toMatchObject({ number, station: expect.objectContaining({ code: 'WZ-COURIER' }) });
  const detail = await app.call('GET', `/api/cases/${mine.body.items[0].id}`, { token: worker });
  expect(detail.body).toMatchObject({ industry: 'courier', workMode: 'outlet', areaCode: '330302' });
  expect(detail.body.claimant.phoneMasked).toBe('139****3333');

  // The case from the receipt: a title bar, what was claimed, and back to my cases (not the
  // station page, not an empty page).
  await page.click('[data-testid=view-case]');
  await page.waitForSelector('[data-testid=status]');
  await page.locator('#taro-navigation-bar').waitFor({ state: 'visible' });
  expect((await page.locator('.taro-navigation-bar-title').innerText()).trim()).toBe('案件详情');
  const claimed = page.locator('[data-testid=claim-filed]');
  expect(await claimed.innerText()).toContain('温州某某快递服务有限公司');
  expect(await claimed.innerText()).toContain('拖欠工资');
  expect(await claimed.innerText()).toContain('3500.00');
  expect(await claimed.innerText()).toContain('网点负责人以罚款为由拒付');
  expect(await page.locator('body').innerText()).not.toContain('SHA-256');
  await readable(page, 'case page');
  // A file added now is filed under the kind the worker picks.
  await page.click('[data-testid=case-evidence-category-work_record]');
  const more = page.waitForEvent('filechooser');
  await page.click('[data-testid=add-evidence]');
  await (await more).setFiles({ name: 'clock-in.png', mimeType: 'image/png', buffer: photo(1) });
  await page.waitForSelector('[data-testid=case-evidence-file]:has-text("clock-in.png")');
  const after = await app.call('GET', `/api/cases/${mine.body.items[0].id}`, { token: worker });
  expect(after.body.evidence.find((e: { name: string }) => e.name === 'clock-in.png')?.category).toBe('work_record');

  await page.goBack();
  await page.waitForSelector(`[data-testid=case-${number}]`);
  await readable(page, 'my cases');
  // Back in, then the title bar's own back, then the way home at the foot of the page.
  await page.click(`[data-testid=case-${number}]`);
  await page.waitForSelector('[data-testid=status]');
  await page.click('.taro-navigation-bar-back');
  await page.waitForSelector(`[data-testid=case-${number}]`);
  await page.click(`[data-testid=case-${number}]`);
  await page.click('[data-testid=to-home]');
  await page.waitForSelector('[data-testid=start]');
  expect(problems).toEqual([]);
  await ctx.close();
});

test('in English: station names in English, the apostrophe without a gap, the page language set', async () => {
  const { ctx, page, problems } = await phone(browser);
  await page.goto(`${app.base}/s/WZ-COURIER`);
  await page.waitForSelector('[data-testid=start-claim]');
  await page.click('text=English');
  await page.waitForSelector('[data-testid=station-card]:has-text("Wenzhou Courier Association Mediation Station")');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // A CJK face draws ’ a full em wide ("people’ s"); the English text takes a Latin face first.
  const quoteWidth = () =>
    page.evaluate(() => {
      const s = document.createElement('span');
      s.textContent = '’';
      s.style.fontSize = '20px';
      document.querySelector('[data-testid=station-card]')!.appendChild(s);
      const w = s.getBoundingClientRect().width;
      s.remove();
      return w;
    });
  expect(await quoteWidth()).toBeLessThan(10);
  await readable(page, 'station page (English)');
  await page.click('text=中文');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  // The measure tells the two apart: in the Chinese face the mark is a full em.
  expect(await quoteWidth()).toBeGreaterThanOrEqual(18);
  expect(problems).toEqual([]);
  await ctx.close();
});

test('"60秒后可重发" stays on one line, the button as tall as before', async () => {
  // The product as deployed: a minute before a code can be sent again.
  const waiting = await startProduct();
  const { ctx, page, problems } = await phone(browser);
  try {
    const mobile = '13900005555';
    await page.goto(`${waiting.base}/app/#/pages/login/index`);
    await page.waitForSelector('[data-testid=send-code]');
    // "60秒后可重发" stays on one line, and the button as tall as before.
    await page.fill('[data-testid=phone] input', mobile);
    const before = (await page.locator('[data-testid=send-code]').boundingBox())!.height;
    await Promise.all([page.waitForResponse('**/api/auth/otp/request'), page.click('[data-testid=send-code]')]);
    await page.waitForSelector('[data-testid=send-code]:has-text("秒后可重发")');
    const countdown = await page.locator('[data-testid=send-code]').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { lines: lines.size, height: el.getBoundingClientRect().height };
    });
    expect(countdown).toEqual({ lines: 1, height: before });
    expect(problems).toEqual([]);
  } finally {
    await ctx.close();
    await waiting.stop();
  }
});

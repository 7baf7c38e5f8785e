#!/usr/bin/env node
// Screenshots of the pages people see, for a human to look at: `node scripts/screenshots.mjs`.
// Starts the built product itself on a fresh SQLite file with the demo city (npm run build first),
// files claims through the API, works one of them, and captures the staff page at 1440x900 in
// Chinese and English into screenshots/. Needs Debian's chromium and fonts-noto-cjk.
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { randomUUID } from 'node:crypto';
import product from './lib/product.cjs';
import { fileStaffCases, shootFigureForm, shootStaffCases } from './lib/staff-shots.mjs';

const { launchBrowser, startProduct } = product;

const out = 'screenshots';

/** A small generated picture to upload as evidence. */
function photo() {
  const png = new PNG({ width: 320, height: 240 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([230, 200 + ((i >> 6) % 40), 170, 255], i);
  return PNG.sync.write(png);
}
mkdirSync(out, { recursive: true });
// No SMS resend wait: the script signs the same demo workers in more than once.
const app = await startProduct({ OTP_RESEND_SECONDS: '0' });
const browser = await launchBrowser();
try {
  // Demo data: three claims against one courier company (an early warning), one worked to an agreement.
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  const ids = [];
  for (const [i, phone] of ['13800138001', '13800138002', '13800138003'].entries()) {
    const w = await app.worker(phone);
    const res = await app.call('POST', '/api/cases', {
      token: w.accessToken,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        claimant: { name: ['王小明', '李大力', '陈师傅'][i], idNumber: '11010519491231002X', phone },
        industry: 'courier',
        workMode: 'outlet',
        areaCode: '330302',
        respondent: {
          name: '温州某某快递服务有限公司',
          creditCode: '91350100M000100Y43',
          outletName: '鹿城五马网点',
          partnerName: '某快递品牌',
        },
        items: [
          {
            type: 'unpaid_wages',
            amountYuan: ['3500', '4200.50', '2800'][i],
            periodFrom: '2026-09-01',
            periodTo: '2026-09-30',
          },
          ...(i === 0 ? [{ type: 'platform_penalties', amountYuan: '300' }] : []),
        ],
        incidentDate: '2026-10-15',
        description: '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。',
        stationCode: 'WZ-COURIER',
        legalAid: i === 2,
      },
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    ids.push(res.body.case.id);
  }
  const mediator = (await app.staff('courier.mediator')).accessToken;
  const act = (id, action, body = {}) =>
    app.call('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body });
  await act(ids[0], 'accept');
  await act(ids[0], 'start_mediation');
  await act(ids[0], 'schedule_session', {
    startsAt: new Date(Date.now() + 2 * 86400e3).toISOString(),
    mode: 'on_site',
    address: '温州市鹿城区人民路88号调解室',
    attendees: [
      { side: 'worker', name: '王小明' },
      { side: 'respondent', name: '网点负责人' },
    ],
  });
  await act(ids[0], 'record_agreement', {
    items: [{ type: 'unpaid_wages', amountYuan: '3500', payer: '温州某某快递服务有限公司' }],
    effectiveOn: today,
    dueDate: today,
    paymentMethod: 'bank_transfer',
  });
  const extra = await fileStaffCases(app, act);
  await app.call('POST', `/api/admin/cases/${ids[0]}/messages`, {
    token: mediator,
    body: { clientId: randomUUID(), body: '协议已达成，请在手机上签字确认。', internal: false },
  });

  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: lang === 'en' ? 'en-US' : 'zh-CN',
    });
    await page.addInitScript((l) => localStorage.setItem('gig.admin.locale', l), lang === 'en' ? 'en' : 'zh-CN');
    const shot = async (name) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      await page.screenshot({
        path: `${out}/admin-${name}-${lang}.png`,
        fullPage: name === 'case-detail' || name === 'figures',
      });
      console.log(`${out}/admin-${name}-${lang}.png`);
    };
    await page.goto(`${app.base}/admin/`);
    await page.waitForSelector('input#username');
    await shot('login');
    await page.fill('input#username', 'courier.mediator');
    await page.fill('input#password', 'Demo2026pass');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=tile-submitted]');
    await shot('workbench');
    await page.goto(`${app.base}/admin/#/cases`);
    await page.waitForSelector('[data-testid^=case-link-]');
    await shot('queue');
    await page.goto(`${app.base}/admin/#/cases/${ids[0]}`);
    await page.waitForSelector('[data-testid=case-number]');
    await shot('case-detail');
    await page.goto(`${app.base}/admin/#/cases/${ids[1]}`);
    await page.waitForSelector('[data-testid=action-accept]');
    await page.click('[data-testid=action-transfer]');
    await page.waitForSelector('.ant-modal');
    await shot('action-form');
    await shootStaffCases(page, app.base, extra, shot);
    await page.goto(`${app.base}/admin/#/warnings`);
    await page.waitForSelector('.ant-card');
    await shot('warnings');
    await page.goto(`${app.base}/admin/#/stations`);
    await page.waitForSelector('[data-testid=qr-image]');
    await shot('stations');
    // The station admin's and the supervisor's pages.
    await page.evaluate(() => localStorage.removeItem('gig.admin.session'));
    for (const [user, pages] of [
      ['courier.admin', ['staff']],
      ['supervisor', ['audit']],
      ['admin', ['figures']],
    ]) {
      await page.goto(`${app.base}/admin/#/login`);
      await page.waitForSelector('input#username');
      await page.fill('input#username', user);
      await page.fill('input#password', 'Demo2026pass');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=tile-submitted]');
      for (const p of pages) {
        await page.goto(`${app.base}/admin/#/${p}`);
        await page.waitForSelector('.ant-table-row');
        await shot(p);
      }
      if (user === 'admin') await shootFigureForm(page, today, shot);
      await page.evaluate(() => localStorage.removeItem('gig.admin.session'));
    }
    await page.close();
  }

  // The worker's mini-program (H5) at 360x780, every page, in Chinese and English.
  for (const lang of ['zh', 'en']) {
    const ctx = await browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: lang === 'en' ? 'en-US' : 'zh-CN',
      deviceScaleFactor: 2,
    });
    const page = await ctx.newPage();
    // Taro keeps storage as {"data": value}.
    await page.addInitScript(
      (l) => localStorage.setItem('gig.lang', JSON.stringify({ data: l })),
      lang === 'en' ? 'en' : 'zh-CN',
    );
    const shot = async (name, fullPage = false) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/app-${name}-${lang}.png`, fullPage });
      console.log(`${out}/app-${name}-${lang}.png`);
    };
    await page.goto(`${app.base}/s/WZ-COURIER`);
    await page.waitForSelector('[data-testid=start-claim]');
    await shot('station');
    await page.goto(`${app.base}/s/NO-SUCH-CODE`);
    await page.waitForSelector('[data-testid=unknown-station]');
    await shot('station-unknown');
    await page.goto(`${app.base}/app/#/pages/index/index`);
    await page.waitForSelector('[data-testid=home-station]');
    await shot('home', true);
    await page.goto(`${app.base}/app/#/pages/login/index`);
    await page.waitForSelector('[data-testid=phone]');
    await shot('login');

    // The calculator from a station's page, before signing in: a dismissal with no reason given
    // (compensation or damages), and overtime over the monthly limit.
    await page.goto(`${app.base}/s/WZ-COURIER`);
    await page.click('[data-testid=station-calculator]');
    await page.click('[data-testid=calc-situation-dismissed]');
    await page.click('[data-testid=calc-situation-overtime]');
    await shot('calc-1-what', true);
    await page.click('[data-testid=calc-next]');
    await page.fill('[data-testid=calc-wageYuan] input', '6000');
    await page.fill('[data-testid=calc-startDate] input', '2022-01-01');
    await page.fill('[data-testid=calc-endDate] input', '2025-05-31');
    await page.click('[data-testid=calc-reason-none]');
    await page.fill('[data-testid=calc-overtimeFrom] input', '2025-03-01');
    await page.fill('[data-testid=calc-overtimeTo] input', '2025-05-31');
    await page.fill('[data-testid=calc-hoursWorkday] input', '90');
    await page.fill('[data-testid=calc-hoursRestDay] input', '40');
    await shot('calc-2-ask', true);
    await page.click('[data-testid=calc-compute]');
    await page.waitForSelector('[data-testid=calc-estimate]');
    await shot('calc-3-result');
    await page.click('[data-testid=calc-pick-dismissed-unlawfulTerminationDamages]');
    await shot('calc-4-result-all', true);

    // Signed in as the demo worker whose case reached an agreement.
    const w = await app.worker('13800138001');
    await page.evaluate((s) => localStorage.setItem('gig.session', JSON.stringify({ data: s })), {
      accessToken: w.accessToken,
      refreshToken: w.refreshToken,
      user: w.user,
    });
    await page.evaluate(() => localStorage.removeItem('gig.claim.draft'));
    await page.goto(`${app.base}/s/WZ-COURIER`);
    await page.click('[data-testid=start-claim]');
    const step = async (name, fill) => {
      await page.waitForSelector('[data-testid=step-title]');
      await fill();
      await shot(`claim-${name}`, true);
      await page.click('[data-testid=next]');
    };
    await step('1-station', async () =>
      page.click('[data-testid=channel-government]').then(() => page.click('[data-testid=mediation-type-union]')),
    );
    await step('2-you', async () => {
      await page.fill('[data-testid=name] input', '王小明');
      await page.fill('[data-testid=id-number] input', '11010519491231002X');
      await page.fill('[data-testid=claim-phone] input', '13800138001');
    });
    await step('3-work', async () => {
      await page.click('[data-testid=industry-courier]');
      await page.click('[data-testid=work-mode-outlet]');
      await page.click('[data-testid=area-330302]');
      await page.fill('[data-testid=respondent] input', '温州某某快递服务有限公司');
    });
    await step('4-claim', async () => page.fill('[data-testid=amount-0] input', '3500'));
    await step('5-story', async () => {
      await page.fill('[data-testid=incident-date] input', '2026-10-15');
      await page.fill(
        '[data-testid=description] textarea',
        '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。',
      );
      const chooser = page.waitForEvent('filechooser');
      await page.click('[data-testid=add-photos]');
      await (await chooser).setFiles({ name: 'wage-slip.png', mimeType: 'image/png', buffer: photo() });
      await page.waitForSelector('[data-testid=evidence-item] >> text=SHA-256');
    });
    await page.waitForSelector('[data-testid=submit]');
    await shot('claim-6-review', true);
    await page.click('[data-testid=submit]');
    await page.waitForSelector('[data-testid=receipt]');
    await shot('receipt', true);
    await page.goto(`${app.base}/app/#/pages/cases/index`);
    await page.waitForSelector('[data-testid^=case-LD]');
    await shot('cases', true);
    await page.goto(`${app.base}/app/#/sub/case/index?id=${ids[0]}`);
    await page.waitForSelector('[data-testid=agreement]');
    await shot('case', true);
    await page.click('[data-testid=sign]');
    await page.waitForSelector('[data-testid=sig-pad]');
    await page.locator('[data-testid=sig-pad]').scrollIntoViewIfNeeded();
    await shot('case-sign');
    await page.goto(`${app.base}/app/#/pages/me/index`);
    await page.waitForSelector('[data-testid=sign-out]');
    await shot('me');
    await ctx.close();
  }
} finally {
  await browser.close();
  await app.stop();
}

#!/usr/bin/env node
// Screenshots of the pages people see, for a human to look at: `node scripts/screenshots.mjs`.
// Starts the built product itself on a fresh SQLite file with the demo city (npm run build first),
// files claims through the API, works one of them, and captures the staff page at 1440x900 in
// Chinese and English into screenshots/. Needs Debian's chromium and fonts-noto-cjk.
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import product from './lib/product.cjs';

const { launchBrowser, startProduct } = product;

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const app = await startProduct();
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
        respondent: { name: '温州某某快递服务有限公司', creditCode: '91350100M000100Y43', outletName: '鹿城五马网点', partnerName: '某快递品牌' },
        items: [{ type: 'unpaid_wages', amountYuan: ['3500', '4200.50', '2800'][i], periodFrom: '2026-09-01', periodTo: '2026-09-30' }, ...(i === 0 ? [{ type: 'platform_penalties', amountYuan: '300' }] : [])],
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
  const act = (id, action, body = {}) => app.call('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body });
  await act(ids[0], 'accept');
  await act(ids[0], 'start_mediation');
  await act(ids[0], 'schedule_session', { startsAt: new Date(Date.now() + 2 * 86400e3).toISOString(), mode: 'on_site', address: '温州市鹿城区人民路88号调解室', attendees: [{ side: 'worker', name: '王小明' }, { side: 'respondent', name: '网点负责人' }] });
  await act(ids[0], 'record_agreement', { items: [{ type: 'unpaid_wages', amountYuan: '3500', payer: '温州某某快递服务有限公司' }], effectiveOn: today, dueDate: today, paymentMethod: 'bank_transfer' });
  await app.call('POST', `/api/admin/cases/${ids[0]}/messages`, { token: mediator, body: { clientId: randomUUID(), body: '协议已达成，请在手机上签字确认。', internal: false } });

  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    await page.addInitScript((l) => localStorage.setItem('gig.admin.locale', l), lang === 'en' ? 'en' : 'zh-CN');
    const shot = async (name) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/admin-${name}-${lang}.png`, fullPage: name === 'case-detail' });
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
    await page.goto(`${app.base}/admin/#/warnings`);
    await page.waitForSelector('.ant-card');
    await shot('warnings');
    await page.goto(`${app.base}/admin/#/stations`);
    await page.waitForSelector('[data-testid=qr-image]');
    await shot('stations');
    // The station admin's and the supervisor's pages.
    await page.evaluate(() => localStorage.removeItem('gig.admin.session'));
    for (const [user, pages] of [['courier.admin', ['staff']], ['supervisor', ['audit']]]) {
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
      await page.evaluate(() => localStorage.removeItem('gig.admin.session'));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
}

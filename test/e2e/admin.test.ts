import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { OUTLET_SHARING_CONSENT } from '@gig/shared';
import { staffPage, useProduct } from './product';
import { act, caseStatus, settled, submitAction } from './staff-actions';
import { claim } from '../factories';

/**
 * The staff page in headless Chromium against the real built server (SQLite, demo city): a
 * mediator works a claim against ZTO filed through the API from the queue to performance — to
 * ZTO's own outlet and back, a session, the agreement signed and sealed by the mediator (the
 * parties still to sign), its PDF; another station's mediator cannot open it, by URL either; a
 * supervisor sees both stations; a station admin downloads the QR and it decodes to the
 * station's address.
 */
jest.setTimeout(180_000);

const { app, browser } = useProduct();

const claimOf = (industry: 'courier' | 'food_delivery', phone: string, name: string) =>
  claim({
    claimant: { name, idNumber: '11010519491231002X', phone },
    industry,
    // The courier claim is against ZTO, whose outlet under the courier association answers for it.
    respondent: industry === 'courier' ? { name: '温州中通快递有限公司' } : { name: '温州某某餐饮配送有限公司' },
    items: [{ type: 'unpaid_wages', amountYuan: '3600' }],
    incidentDate: '2026-10-20',
    stationCode: industry === 'courier' ? 'WZ-COURIER' : 'WZ-DELIVERY',
    outletConsent: OUTLET_SHARING_CONSENT.version,
  });

async function file(
  industry: 'courier' | 'food_delivery',
  phone: string,
  name: string,
): Promise<{ id: string; number: string; token: string }> {
  const w = await app.worker(phone);
  const res = await app.call('POST', '/api/cases', {
    token: w.accessToken,
    body: claimOf(industry, phone, name),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.status).toBe(201);
  return { id: res.body.case.id, number: res.body.case.number, token: w.accessToken };
}

/** Picks the first option of the antd select with this field id. */
async function pickFirst(page: Page, id: string) {
  // The select itself: a value already picked covers its search input.
  await page.locator(`.ant-select:has(#${id})`).click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor();
  await option.click();
}

async function typeDate(page: Page, id: string, value: string) {
  await page.click(`#${id}`);
  await page.fill(`#${id}`, value);
  await page.keyboard.press('Enter');
}

describe('the staff page', () => {
  let courierCase: { id: string; number: string; token: string };
  let deliveryCase: { id: string; number: string };

  beforeAll(async () => {
    courierCase = await file('courier', '13700001001', '王小明');
    deliveryCase = await file('food_delivery', '13700001002', '李骑手');
  });

  it('a mediator works a claim from the queue to performance, and downloads the agreement PDF', async () => {
    const page = await staffPage(browser, app, 'courier.mediator');
    // The counts arrive after the tiles: wait for the number, not the skeleton.
    await page.waitForSelector('[data-testid=tile-submitted] .ant-statistic-content-value');
    expect(await page.textContent('[data-testid=tile-submitted]')).toContain('1');
    await page.click('[data-testid=tile-submitted]');
    await page.click(`[data-testid=case-link-${courierCase.number}]`);
    await page.waitForSelector(`[data-testid=case-number]:has-text("${courierCase.number}")`);
    // Masked in the page; the other station's claim is not in this queue.
    expect(await page.textContent('body')).toContain('1101**********002X');
    expect(await page.textContent('body')).not.toContain('11010519491231002X');

    await act(page, 'accept', caseStatus('已受理'));
    // Only the respondent's own outlet is offered (not SF's, under the same association).
    await act(page, 'dispatch', caseStatus('已分派至企业网点'), async () => {
      await page.waitForSelector('.ant-modal:visible .ant-select-selection-item:has-text("中通快递龙湾网点")');
      await pickFirst(page, 'outletId');
    });
    await act(page, 'take_back', caseStatus('已受理'), async (m) => m.locator('textarea').fill('网点未能和解'));
    await act(page, 'start_mediation', caseStatus('调解中'));
    const when = new Date(Date.now() + 2 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    await act(page, 'schedule_session', caseStatus('调解中'), async () => {
      await typeDate(page, 'startsAt', `${when} 10:00`);
      await page.fill('input[id$="attendees_0_name"]', '王小明');
    });
    await page.waitForSelector('[data-testid=event-schedule_session]');
    const due = new Date(Date.now() + 10 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    await act(page, 'record_agreement', caseStatus('已达成调解协议'), async () => typeDate(page, 'dueDate', due));
    // Drafted, not yet in effect: the whole text, claimed beside agreed, everyone still to sign.
    expect(await page.textContent('[data-testid=agreement-effective]')).toContain('尚未生效');
    expect(await page.textContent('[data-testid=agreement-text]')).toContain('劳动争议调解协议书');
    expect(await page.textContent('[data-testid=agreement-items]')).toContain('3,600.00');
    // The mediator signs and seals the text; the two parties remain.
    await act(page, 'confirm_agreement', caseStatus('已达成调解协议'));
    await page.waitForSelector('[data-testid=agreement-signatures]:has-text("调解员")');
    expect(await page.textContent('[data-testid=agreement-missing]')).toBe('待签字：申请人（劳动者）、被申请人');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=agreement-pdf]')]);
    expect(download.suggestedFilename()).toBe(`agreement-${courierCase.number}.pdf`);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);

    // The two parties sign in their apps (the worker's; the ZTO outlet's manager, the respondent's side
    // since the dispatch): then it is in effect, and its performance can be recorded.
    const seen = await app.call('GET', `/api/admin/cases/${courierCase.id}`, {
      token: (await app.staff('courier.mediator')).accessToken,
    });
    const textSha256 = seen.body.agreement.textSha256 as string;
    const signed = await app.call('POST', `/api/cases/${courierCase.id}/actions/sign_agreement`, {
      token: courierCase.token,
      body: { textSha256 },
    });
    expect(signed.status).toBe(200);
    const zto = await app.staff('zto.manager');
    const last = await app.call('POST', `/api/admin/cases/${courierCase.id}/actions/sign_agreement`, {
      token: zto.accessToken,
      body: { textSha256 },
    });
    expect(last.body.agreement.effectiveOn).not.toBeNull();
    await page.reload();
    await page.waitForSelector('[data-testid=agreement-effective]:has-text("已生效")');
    await act(page, 'record_performance', caseStatus('协议已履行'));
    // The worker was told along the way (inbox + SMS, delivered by the dispatcher).
    const inbox = await app.call('GET', '/api/inbox', { token: courierCase.token });
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['case_accepted', 'session_scheduled', 'agreement_to_sign']),
    );
    await page.context().close();
  });

  it('a page left open while someone else moved the case explains the conflict and reloads', async () => {
    const other = await file('courier', '13700001003', '赵师傅');
    const page = await staffPage(browser, app, 'courier.mediator');
    await page.goto(`${app.base}/admin/#/cases/${other.id}`);
    await page.waitForSelector('[data-testid=action-accept]');
    // Meanwhile a colleague accepts it through the API.
    const colleague = await app.staff('courier.admin');
    expect(
      (
        await app.call('POST', `/api/admin/cases/${other.id}/actions/accept`, {
          token: colleague.accessToken,
          body: {},
        })
      ).status,
    ).toBe(200);
    await page.click('[data-testid=action-reject]');
    const modal = await settled(page, '.ant-modal');
    await modal.locator('textarea').fill('材料不全');
    await submitAction(page, modal, 'reject');
    await page.waitForSelector('.ant-message-warning');
    expect(await page.textContent('.ant-message')).toContain('已被他人更新');
    await page.waitForSelector(caseStatus('已受理'));
    await page.context().close();
  });

  it('a mediator of another station cannot open the case, by URL either', async () => {
    const page = await staffPage(browser, app, 'delivery.mediator');
    await page.goto(`${app.base}/admin/#/cases`);
    await page.waitForSelector(`[data-testid=case-link-${deliveryCase.number}]`);
    expect(await page.locator(`[data-testid=case-link-${courierCase.number}]`).count()).toBe(0);
    await page.goto(`${app.base}/admin/#/cases/${courierCase.id}`);
    await page.waitForSelector('[data-testid=case-error]');
    expect(await page.textContent('[data-testid=case-error]')).toContain('无权查看');
    await page.context().close();
  });

  it('a supervisor sees both stations’ cases', async () => {
    const page = await staffPage(browser, app, 'supervisor');
    await page.goto(`${app.base}/admin/#/cases`);
    await page.waitForSelector(`[data-testid=case-link-${courierCase.number}]`);
    await page.waitForSelector(`[data-testid=case-link-${deliveryCase.number}]`);
    await page.context().close();
  });

  it('a station admin downloads the poster as PNG and its QR decodes to the station’s address; and as a PDF', async () => {
    const page = await staffPage(browser, app, 'courier.admin');
    await page.goto(`${app.base}/admin/#/stations`);
    await page.waitForSelector('[data-testid=qr-image]');
    expect(await page.textContent('[data-testid=station-card]')).toContain('WZ-COURIER');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-qr]')]);
    expect(png.suggestedFilename()).toBe('poster-WZ-COURIER.png');
    // The whole poster (name, QR, instructions): its QR still decodes.
    const image = PNG.sync.read(fs.readFileSync((await png.path())!));
    expect([image.width, image.height]).toEqual([1240, 1754]);
    const qr = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(qr?.data).toBe(`${app.base}/s/WZ-COURIER`);
    const [poster] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-poster]')]);
    expect(poster.suggestedFilename()).toBe('poster-WZ-COURIER.pdf');
    expect(
      fs
        .readFileSync((await poster.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.context().close();
  });

  it('a wrong password is refused with words, and the language switch turns the page to English', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${app.base}/admin/#/cases`);
    await page.waitForSelector('input#username');
    await page.fill('input#username', 'courier.mediator');
    await page.fill('input#password', 'wrong-password-1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=login-error]');
    expect(await page.textContent('[data-testid=login-error]')).toContain('用户名或密码错误');
    await page.click('[data-testid=lang]');
    await page.fill('input#password', 'Demo2026pass');
    await page.keyboard.press('Enter');
    // Back where the user was going, in English.
    await page.waitForSelector('text=Case number');
    expect(page.url()).toContain('#/cases');
    await ctx.close();
  });
});

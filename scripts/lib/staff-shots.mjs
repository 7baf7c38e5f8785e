// The staff page's screenshots of the fairness check beside an agreement's offer, a claim filed
// after its limitation period ran out, and the local figures' form (for scripts/screenshots.mjs).
import { randomUUID } from 'node:crypto';

const day = (n) => new Date(Date.now() + (n * 86400 + 8 * 3600) * 1e3).toISOString().slice(0, 10);

/**
 * Files a claim for compensation and wages, accepted and in mediation (to draft an agreement on),
 * and one filed after its limitation period had run out (dismissed 500 days ago).
 */
export async function fileStaffCases(app, act) {
  const file = async (phone, name, items, incidentDate) => {
    const w = await app.worker(phone);
    const res = await app.call('POST', '/api/cases', {
      token: w.accessToken,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        claimant: { name, idNumber: '11010519491231002X', phone },
        industry: 'courier',
        workMode: 'outlet',
        areaCode: '330302',
        respondent: { name: '温州中通快递有限公司' },
        items,
        incidentDate,
        employmentEndedOn: incidentDate,
        description: '网点以业务调整为由辞退，未支付经济补偿，十月工资也未结清。',
        stationCode: 'WZ-COURIER',
        legalAid: false,
      },
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.case.id;
  };
  const fairId = await file(
    '13800138004',
    '周师傅',
    [
      { type: 'termination_compensation', amountYuan: '30000' },
      { type: 'unpaid_wages', amountYuan: '3600' },
    ],
    day(-20),
  );
  await act(fairId, 'accept');
  await act(fairId, 'start_mediation');
  const lateId = await file(
    '13800138005',
    '吴师傅',
    [{ type: 'termination_compensation', amountYuan: '12000' }],
    day(-500),
  );
  return { fairId, lateId };
}

/**
 * The agreement form with the fairness check (an offer far below the statutory baseline and a
 * confidentiality clause), and the case page of the claim filed too late.
 */
export async function shootStaffCases(page, base, { fairId, lateId }, shot) {
  await page.goto(`${base}/admin/#/cases/${fairId}`);
  await page.click('[data-testid=action-record_agreement]');
  const modal = page.locator('.ant-modal:visible').last();
  await modal.locator('[data-testid=fairness]').waitFor();
  await modal.locator('input[id="items_0_amountYuan"]').fill('5000');
  await modal.locator('input[id="fairness_wageYuan"]').fill('6000');
  for (const [field, value] of [
    ['fairness_start', '2022-01-01'],
    ['fairness_end', '2025-05-31'],
  ]) {
    await modal.locator(`input[id="${field}"]`).click();
    await modal.locator(`input[id="${field}"]`).fill(value);
    await page.keyboard.press('Enter');
  }
  await modal
    .locator('textarea[id="facts"]')
    .fill('双方确认劳动关系已解除。双方对本协议内容保密，申请人不得向任何第三方透露协议金额。');
  await modal.locator('[data-testid=fairness-warnings]').scrollIntoViewIfNeeded();
  await shot('agreement-fairness');
  await page.goto(`${base}/admin/#/cases/${lateId}`);
  await page.waitForSelector('[data-testid=limitation-expired]');
  await shot('case-limitation');
}

/** The system admin's form for a new version, with the API's refusal of a zero amount under its field. */
export async function shootFigureForm(page, today, shot) {
  await page.click('[data-testid=figure-new]');
  await page.fill('.ant-modal:visible input#amountYuan', '0');
  await page.click('.ant-modal:visible input#effectiveFrom');
  await page.fill('.ant-modal:visible input#effectiveFrom', today);
  await page.keyboard.press('Enter');
  await page.fill('.ant-modal:visible textarea#source', '浙江省人民政府公布的最低工资标准（截图用示例）');
  await page.click('.ant-modal:visible [data-testid=figure-submit]');
  await page.waitForSelector('#amountYuan_help');
  await shot('figure-form');
}

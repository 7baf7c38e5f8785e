import { useProduct } from './product';
import { chinaDay, courierToItems, onStep, phone } from './phone';

/**
 * The one-year time limit as the worker meets it (LDMAL art 27) at 360x780: a claim about something
 * 400 days ago is warned about in the story step, filed all the same, and the receipt and the case
 * page say the day the limit may have run out; a recent demand for payment takes the warning away.
 */
jest.setTimeout(240_000);

const { app, browser } = useProduct({ OTP_RESEND_SECONDS: '0' });

test('an old claim is warned about, filed, and shows the day the limit may have run out; a recent demand clears the warning', async () => {
  const { ctx, page, problems } = await phone(browser);
  const mobile = '13900004444';
  await courierToItems(app, page, { mobile, name: '周师傅' });
  await page.click('[data-testid=claim-type-0-platform_penalties]');
  await page.fill('[data-testid=amount-0] input', '600');
  await page.click('[data-testid=next]');
  await onStep(page, '发生了什么和证据');

  await page.fill('[data-testid=incident-date] input', chinaDay(-400));
  await page.click('[data-testid=still-employed-no]');
  await page.fill('[data-testid=employment-ended-on] input', chinaDay(-380));
  const warning = page.locator('[data-testid=limitation-warning]');
  await warning.waitFor();
  await expect(warning.innerText()).resolves.toMatch(
    /时效可能已于 \d{4}-\d{2}-\d{2} 届满[\s\S]*仍然可以申请[\s\S]*第27条/,
  );
  // The year ran out about 35 days ago: a demand 20 days ago restarts nothing, the warning stays.
  await page.fill('[data-testid=last-demand] input', chinaDay(-20));
  await expect(warning.isVisible()).resolves.toBe(true);
  // One 100 days ago was within the year: the limit restarted from it, no warning.
  await page.fill('[data-testid=last-demand] input', chinaDay(-100));
  await warning.waitFor({ state: 'detached' });
  // Without it again: the claim is filed anyway.
  await page.fill('[data-testid=last-demand] input', '');
  await warning.waitFor();

  await page.fill('[data-testid=description] textarea', '去年被罚款六百元，一直没有退还，站长说找总部。');
  await page.click('[data-testid=next]');
  await onStep(page, '核对并提交');
  await page.click('[data-testid=submit]');
  await page.waitForSelector('[data-testid=receipt]');
  await expect(page.locator('[data-testid=limitation-expired]').innerText()).resolves.toContain('对方可能以此抗辩');
  await page.click('[data-testid=view-case]');
  // "My cases" takes the receipt's place (reLaunch) and the case opens over it.
  await page.waitForSelector('[data-testid=receipt]', { state: 'detached' });
  await page.waitForSelector('[data-testid=status]');
  await expect(page.locator('[data-testid=limitation-expired]').innerText()).resolves.toMatch(
    /时效可能已于 \d{4}-\d{2}-\d{2} 届满。案件照常办理/,
  );
  expect(problems).toEqual([]);
  await ctx.close();
});

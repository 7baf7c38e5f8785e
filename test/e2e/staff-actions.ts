import type { Locator, Page } from 'playwright-core';

/**
 * Working a case from the staff page as a browser test does it: open an action's dialog, fill it,
 * press OK, and wait for what the action changes. A failure says what the page showed and which API
 * answers went wrong, so a run that failed on a loaded machine can be read from its log alone.
 */

/** The dialog or popup now open, once it has finished zooming in (a click during the animation can be lost). */
export async function settled(page: Page, selector: string): Promise<Locator> {
  const box = page.locator(`${selector}:visible`).last();
  await box.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-big-appear, .ant-zoom-big-enter'),
  );
  return box;
}

/** The selector of the case page's status reading `text`. */
export const caseStatus = (text: string) => `[data-testid=case-status]:has-text("${text}")`;

/** What the page shows in its messages and under its fields, and the API answers of 400 and up it got. */
async function whatThePageSaid(page: Page, failed: string[]): Promise<string> {
  const shown = await page
    .locator('.ant-message-notice, .ant-form-item-explain-error, .ant-alert-message')
    .allInnerTexts()
    .catch(() => []);
  return [`shown: ${JSON.stringify(shown)}`, `failed API answers: ${JSON.stringify(failed)}`].join('\n');
}

/**
 * Presses the open action dialog's OK until the action's request leaves. Under load Ant Design Pro
 * attaches the dialog's form a moment after the dialog shows, and a press before that does nothing.
 * Pressing again is safe: the dialog keeps one Idempotency-Key for all its presses.
 */
export async function submitAction(page: Page, modal: Locator, action: string): Promise<void> {
  const sent = (r: { method(): string; url(): string }) =>
    r.method() === 'POST' && r.url().includes(`/actions/${action}`);
  for (let press = 1; ; press++) {
    const request = page.waitForRequest(sent, { timeout: 5000 }).catch(() => undefined);
    await modal.locator('.ant-btn-primary').last().click();
    if (await request) return;
    if (press === 5)
      throw new Error(`${action}: five presses of OK sent no request\n${await whatThePageSaid(page, [])}`);
  }
}

/**
 * Opens an action's dialog, lets `fill` fill it, submits it, and waits for `after` to show and the
 * dialog to close.
 */
export async function act(
  page: Page,
  action: string,
  after: string,
  fill: (modal: Locator) => Promise<void> = async () => undefined,
): Promise<void> {
  const failed: string[] = [];
  const record = (r: import('playwright-core').Response) => {
    if (r.status() >= 400 && r.url().includes('/api/'))
      failed.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
  };
  page.on('response', record);
  try {
    await page.click(`[data-testid=action-${action}]`);
    const modal = await settled(page, '.ant-modal');
    await fill(modal);
    await submitAction(page, modal, action);
    try {
      await page.waitForSelector(after);
    } catch (err) {
      throw new Error(`${action}: ${(err as Error).message}\n${await whatThePageSaid(page, failed)}`);
    }
    await modal.waitFor({ state: 'hidden' });
  } finally {
    page.off('response', record);
  }
}

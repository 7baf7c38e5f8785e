import type { Page } from 'playwright-core';

/** The staff page's knowledge editor as its browser test drives it (Ant Design's fields and dialogs). */

/** The dialog or popup now open, once it has finished zooming in (a click during the animation can be lost). */
export async function settled(page: Page, selector: string) {
  const box = page.locator(`${selector}:visible`).last();
  await box.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-big-appear, .ant-zoom-big-enter'),
  );
  return box;
}

export async function openLibrary(page: Page): Promise<void> {
  await page.click('.ant-pro-sider a:has-text("知识库")');
  await page.waitForSelector('[data-testid=kn-filters]');
  await page.waitForSelector('[data-testid=kn-row-title]');
  // The table fades in from its loading state.
  await page.waitForSelector('.ant-spin-blur', { state: 'detached' });
}

export async function pickDate(page: Page, id: string, day: string): Promise<void> {
  await page.click(`#${id}`);
  await page.fill(`#${id}`, day);
  await page.keyboard.press('Enter');
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
}

export async function addKeyword(page: Page, word: string): Promise<void> {
  await page.fill('#keywords', word);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.ant-select:has(#keywords) .ant-select-selection-item:has-text("${word}")`);
}

export const status = (page: Page, s: string) => page.waitForSelector(`[data-testid=kn-status][data-status=${s}]`);

export async function publish(page: Page): Promise<void> {
  await page.click('[data-testid=kn-publish]');
  const pop = await settled(page, '.ant-popconfirm');
  await pop.locator('.ant-btn-primary').click();
  await status(page, 'published');
}

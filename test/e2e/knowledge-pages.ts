import type { Page } from 'playwright-core';
import { settled } from './staff-actions';

/** The staff page's knowledge editor as its browser test drives it (Ant Design's fields and dialogs). */

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

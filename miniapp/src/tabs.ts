import type { Label } from '@gig/shared';

/**
 * The tab bar, in its order: each tab's page, its icon's name (assets/tab-<icon>.png and
 * -on.png, drawn by scripts/tab-icons.mjs) and its words. app.config.ts builds the tab bar from
 * it, sign-in tells a tab page from another page by it, the language switch relabels the tabs
 * and the browser build sets their icons from it (tab-icons.h5.ts). Plain data: app.config.ts is
 * read at build time.
 */
export const TABS = [
  { page: 'pages/index/index', icon: 'home', label: { 'zh-CN': '首页', en: 'Home' } },
  { page: 'pages/rights/index', icon: 'rights', label: { 'zh-CN': '知法懂法', en: 'Rights' } },
  { page: 'pages/cases/index', icon: 'cases', label: { 'zh-CN': '我的案件', en: 'My cases' } },
  { page: 'pages/me/index', icon: 'me', label: { 'zh-CN': '我的', en: 'Me' } },
] as const satisfies readonly { page: string; icon: string; label: Label }[];

export type TabIcon = (typeof TABS)[number]['icon'];

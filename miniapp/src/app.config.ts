import { TABS } from './tabs';

/**
 * A tab's icons, drawn by scripts/tab-icons.mjs. WeChat takes them from app.json. The browser build
 * draws its (hidden) tab bar on every page, and an <img> fetches its file even when hidden: there the
 * icons are set when a tab page first shows (tab-icons.h5.ts), so a station's QR address fetches none.
 */
const icons = (name: string) =>
  process.env.TARO_ENV === 'h5'
    ? {}
    : { iconPath: `assets/tab-${name}.png`, selectedIconPath: `assets/tab-${name}-on.png` };

export default defineAppConfig({
  // The main package: what WeChat downloads before the first page shows. The tab pages must be
  // here; so must the station page (printed mini-program codes open pages/station/index).
  // pages/case/index only forwards to sub/case/index: case-update messages open that address.
  pages: [
    'pages/index/index',
    'pages/rights/index',
    'pages/station/index',
    'pages/login/index',
    'pages/cases/index',
    'pages/case/index',
    'pages/me/index',
  ],
  // Downloaded when first opened: the claim wizard, the calculator, the case page and the worker's
  // details, with what only they use (the claim and action checks with TypeBox, the calculators,
  // the evidence checklist). Links to them are /sub/<page>/index; the H5 build has the same paths.
  subPackages: [
    {
      root: 'sub',
      pages: ['claim/index', 'calculator/index', 'case/index', 'profile/index', 'inbox/index', 'worklog/index'],
    },
    // Know your rights: an article, a typical case, the law for a claim type or a case's stage
    // (the tab page, pages/rights/index, is in the main package; these are long reading).
    { root: 'rights', pages: ['article/index', 'case/index', 'law/index'] },
  ],
  // A worker who opens a station (or the home page on Wi-Fi) is about to start a claim: fetch it then.
  preloadRule: {
    'pages/station/index': { network: 'all', packages: ['sub'] },
    'pages/index/index': { network: 'wifi', packages: ['sub'] },
    'pages/rights/index': { network: 'all', packages: ['rights'] },
  },
  window: {
    // The browser build draws the same title bar (with back, or home when there is no page to go back to).
    navigationStyle: 'default',
    navigationBarTitleText: '劳动争议一站式调解',
    navigationBarBackgroundColor: '#1f4e9c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6fa',
  },
  // No page slide in the browser build. Taro 4.2's H5 router hides the page left behind
  // `duration + delay` ms (350) after a navigation and never cancels that when "back" shows the
  // page again at once (a tab page is shown synchronously): a back tapped soon after opening a case
  // from "my cases" left a blank screen. Without the animation the hide runs in the next task,
  // before any tap can come; a cheap phone is spared the slide too. WeChat animates natively.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // "Nearest stations" on the home page (asked only when the worker taps it).
  permission: { 'scope.userLocation': { desc: '用于找到离您最近的调解站' } },
  requiredPrivateInfos: ['getLocation'],
  tabBar: {
    color: '#666666',
    selectedColor: '#1f4e9c',
    backgroundColor: '#ffffff',
    list: TABS.map((tab) => ({ pagePath: tab.page, text: tab.label['zh-CN'], ...icons(tab.icon) })),
  },
});

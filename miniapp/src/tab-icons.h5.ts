import Taro, { useDidShow } from '@tarojs/taro';
import home from './assets/tab-home.png';
import homeOn from './assets/tab-home-on.png';
import rights from './assets/tab-rights.png';
import rightsOn from './assets/tab-rights-on.png';
import cases from './assets/tab-cases.png';
import casesOn from './assets/tab-cases-on.png';
import me from './assets/tab-me.png';
import meOn from './assets/tab-me-on.png';
import { TABS, type TabIcon } from './tabs';

/**
 * The browser build's tab bar icons (app.config.ts leaves them out for H5). Taro draws its tab bar,
 * hidden, on every page, and an <img> fetches its file even when hidden: the icons go in when a tab
 * page first shows, so a station's QR address (not a tab page) fetches no image. In the order of
 * the tab list (tabs.ts); tried again on the next show if the tab bar was not listening yet.
 */
const FILES: Record<TabIcon, [string, string]> = {
  home: [home, homeOn],
  rights: [rights, rightsOn],
  cases: [cases, casesOn],
  me: [me, meOn],
};
const ICONS = TABS.map((tab) => FILES[tab.icon]);
let set = false;

function setTabIcons(): void {
  if (set) return;
  void Promise.all(
    ICONS.map(([iconPath, selectedIconPath], index) => Taro.setTabBarItem({ index, iconPath, selectedIconPath })),
  ).then(
    () => void (set = true),
    () => undefined,
  );
}

/** Every tab page calls it. */
export function useTabIcons(): void {
  useDidShow(setTabIcons);
}

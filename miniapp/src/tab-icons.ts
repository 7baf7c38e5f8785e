/**
 * The tab bar's icons, set by a tab page when it shows. WeChat has them from app.json already:
 * nothing to do. The browser build's version is tab-icons.h5.ts (Taro picks it for H5).
 */
export function useTabIcons(): void {}

import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

/**
 * Care mode (关怀模式, after MIIT's elder-friendly rules for apps and mini-programs): larger text,
 * 60×60 tap targets, no transitions. The choice is kept on the phone and applies at once on every
 * page: the class `care` on the page's root (and, in the browser, on <html>, so the title and tab
 * bars follow), with the sizes as CSS variables in app.css.
 *
 * Text also follows the phone's own setting: in the browser through rem (app.css), in WeChat through
 * WeChat's font size (fontSizeScaleFactor; Taro renders pages from templates, so <page-meta
 * root-font-size="system"> cannot be the page's first node), set on the page root as --font-scale.
 */
const KEY = 'gig.care';
let on = Taro.getStorageSync(KEY) === '1';
const listeners = new Set<(v: boolean) => void>();

export function careOn(): boolean {
  return on;
}

export function setCare(v: boolean): void {
  on = v;
  Taro.setStorageSync(KEY, v ? '1' : '0');
  markDocument();
  for (const f of listeners) f(v);
}

/** WeChat's font setting over its standard size (never below it: body text stays at 18 px or more). */
let scale: number | undefined;
function wechatFontScale(): number {
  if (scale === undefined) {
    scale = 1;
    // WeChat only, in a literal branch: the browser build then leaves out Taro's system info (and
    // the user-agent parser it brings) from the first load.
    if (process.env.TARO_ENV === 'weapp') {
      try {
        const info = Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined;
        scale = Math.min(2, Math.max(1, Number(info?.fontSizeScaleFactor) || 1));
      } catch {
        scale = 1;
      }
    }
  }
  return scale;
}

const markDocument = () => {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined')
    document.documentElement.classList.toggle('care', on);
};
markDocument();

interface Node {
  firstChild?: Node | null;
  nodeType?: number;
  classList?: { toggle(token: string, force?: boolean): void };
  style?: { setProperty(name: string, value: string): void };
}

/** The page's root view (the first child of the page's root node in WeChat). */
function markPage(path: string | undefined) {
  if (process.env.TARO_ENV !== 'weapp' || !path) return;
  const root = (document.getElementById(path) as unknown as Node | null)?.firstChild;
  if (!root?.classList) return;
  root.classList.toggle('care', on);
  const s = wechatFontScale();
  if (s !== 1) root.style?.setProperty('--font-scale', String(s));
}

/**
 * Re-renders on a change of mode and marks the page's root after each render (a page that swaps
 * its root view gets the mark again). Every page calls it (through useLocale).
 */
export function useCare(): boolean {
  const [v, set] = useState(on);
  const [path] = useState(() => Taro.getCurrentInstance().router?.$taroPath);
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  useEffect(() => markPage(path));
  return v;
}

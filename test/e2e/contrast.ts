import type { Page } from 'playwright-core';

/** One piece of text on the page whose contrast with what is behind it is below the bar. */
export interface LowContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every visible piece of text on the page (WCAG 2.x contrast, 1.4.3) against the background it
 * sits on (the nearest ancestor with a background colour, blended over white), below `min`.
 * Text of a disabled control is left out (WCAG exempts inactive components).
 */
export function lowContrast(page: Page, min = 4.5): Promise<LowContrast[]> {
  return page.evaluate((min) => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: number[], below: number[]) =>
      top.slice(0, 3).map((v, i) => v * top[3]! + below[i]! * (1 - top[3]!));
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce<number[]>((acc, c) => over(c, acc), [255, 255, 255]);
    };
    const out: { text: string; color: string; background: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (el.closest('[disabled]:not([disabled="false"]), [aria-hidden="true"], script, style, #boot')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < min)
        out.push({
          text: text.slice(0, 40),
          color: style.color,
          background: `rgb(${bg.map(Math.round).join(', ')})`,
          ratio: Math.round(ratio * 100) / 100,
        });
    }
    return out;
  }, min);
}

/** Expects no text on the page below 4.5:1 against its background (`where` names the page in a failure). */
export async function expectReadable(page: Page, where: string): Promise<void> {
  expect({ where, low: await lowContrast(page) }).toEqual({ where, low: [] });
}

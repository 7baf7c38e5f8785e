import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { DIST } from './sandbox';

/**
 * What WeChat draws for a page: the build's templates (base.wxml, utils.wxs, comp.wxml and the
 * page's wxml) compiled by WeChat's own WXML compiler (`wcc`, from miniprogram-compiler, a Linux
 * x86-64 binary) and run over the page's data, as elements with WeChat's tag names (wx-view,
 * wx-button, wx-input…) and their attributes, event bindings included (bindtap="eh").
 */
export interface El {
  tag: string;
  attr: Record<string, unknown>;
  children: Node[];
  parent: El | null;
}
export type Node = El | string;

/** wcc runs on Linux x86-64 only (the package also has macOS and Windows builds we do not use). */
export const CAN_RENDER = process.platform === 'linux' && process.arch === 'x64';
export const NO_RENDER_MESSAGE =
  `WeChat's WXML compiler (wcc) runs on Linux x86-64 only; this is ${process.platform}-${process.arch}: ` +
  'the tests that look at what WeChat draws are SKIPPED here (CI runs them).';

type Raw = { tag: string; attr?: Record<string, unknown>; children?: (Raw | string | number)[] };
type Gwx = (file: string) => ((data: unknown, dd: unknown, global: unknown) => Raw) | undefined;

let compiled: { gwx: Gwx; ctx: vm.Context } | null = null;

function compiler(): { gwx: Gwx; ctx: vm.Context } {
  if (compiled) return compiled;
  if (!CAN_RENDER) throw new Error(NO_RENDER_MESSAGE);
  // Every template of the build, as WeChat DevTools hands them to wcc.
  const { wxmlToJs } = require('miniprogram-compiler') as { wxmlToJs(root: string, o: object): string };
  const wxml = fs
    .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.wxml'))
    .map((f) => f.split(path.sep).join('/'));
  const code = wxmlToJs(DIST, { maxBuffer: 64 * 1024 * 1024, wxmlList: wxml });
  // The compiled templates run in their own realm (the render layer), with the globals wcc expects.
  const ctx = vm.createContext({ console, __webview_engine_version__: 0.02 });
  ctx.window = ctx;
  const gwx = vm.runInContext(`(function () {${code}\n})()`, ctx) as Gwx;
  compiled = { gwx, ctx };
  return compiled;
}

/**
 * The elements WeChat draws for `file` (a page's or comp.wxml) given its data (copied into the
 * render realm). Custom components render only where the page's (or component's) json declares
 * them in usingComponents, as in WeChat; Taro's `comp` carries trees deeper than its templates.
 */
export function render(file: string, data: unknown): El {
  const json = path.join(DIST, file.replace(/\.wxml$/, '.json'));
  const using = fs.existsSync(json) ? Object.keys(JSON.parse(fs.readFileSync(json, 'utf8')).usingComponents ?? {}) : [];
  const { gwx, ctx } = compiler();
  const fn = gwx(file);
  if (!fn) throw new Error(`wcc did not compile ${file}`);
  const vmData = (vm.runInContext('JSON', ctx) as JSON).parse(JSON.stringify(data));
  const root: El = { tag: 'wx-page', attr: {}, children: [], parent: null };
  adopt(root, fn(vmData, undefined, ctx).children ?? [], using);
  return root;
}

/** WeChat's virtual nodes (blocks, template calls) vanish; the recursion component renders comp.wxml. */
function adopt(parent: El, raws: (Raw | string | number)[], using: string[]) {
  for (const r of raws) {
    if (typeof r === 'string' || typeof r === 'number') {
      if (String(r) !== '') parent.children.push(String(r));
    } else if (r.tag === 'virtual' || r.tag === 'wx-block' || r.tag === 'block') {
      adopt(parent, r.children ?? [], using);
    } else if ((r.tag === 'comp' || r.tag === 'wx-comp') && using.includes('comp')) {
      adopt(parent, render('comp.wxml', { i: r.attr?.i, l: r.attr?.l }).children as Raw[], using);
    } else {
      const el: El = { tag: r.tag, attr: { ...(r.attr ?? {}) }, children: [], parent };
      parent.children.push(el);
      adopt(el, r.children ?? [], using);
    }
  }
}

/** The text a node shows (its own and its descendants', in order). */
export function textOf(n: Node): string {
  return typeof n === 'string' ? n : n.children.map(textOf).join('');
}

/** Every element under `root` (itself included), in document order, that `pred` accepts. */
export function findAll(root: El, pred: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (pred(e)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/** The innermost elements whose text contains `text` (a string or a pattern), optionally of one tag. */
export function byText(root: El, text: string | RegExp, tag?: string): El[] {
  const has = (e: El) => (typeof text === 'string' ? textOf(e).includes(text) : text.test(textOf(e)));
  const all = findAll(root, (e) => has(e) && (!tag || e.tag === tag));
  return all.filter((e) => !all.some((o) => o !== e && isInside(o, e)));
}

function isInside(inner: El, outer: El): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** The nearest element at or above `e` that binds the event (bind… or catch…), and its handler's name. */
export function handlerFor(e: El, type: string): { el: El; handler: string } | null {
  for (let p: El | null = e; p; p = p.parent) {
    const h = p.attr[`bind${type}`] ?? p.attr[`catch${type}`];
    if (typeof h === 'string' && h) return { el: p, handler: h };
  }
  return null;
}

/** A compact outline of the tree, for failure messages. */
export function outline(root: El, max = 4000): string {
  const lines: string[] = [];
  const walk = (n: Node, depth: number) => {
    if (typeof n === 'string') return void lines.push(`${'  '.repeat(depth)}"${n}"`);
    const cls = n.attr.class ? `.${String(n.attr.class).trim().replace(/\s+/g, '.')}` : '';
    lines.push(`${'  '.repeat(depth)}<${n.tag}${cls}>`);
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n').slice(0, max);
}

import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import vm from 'node:vm';

/**
 * WeChat's app service for the built mini-program (miniapp/dist/weapp), in a Node `vm` context:
 * its module system (each file wrapped like WeChat's `define`, with the browser globals shadowed),
 * the `App`, `Page`, `Component`, `getApp` and `getCurrentPages` constructors, one page stack
 * with WeChat's lifecycles and navigation rules, and `setData` with WeChat's key paths. `wx`
 * itself comes from ./wx (given the sandbox to navigate with).
 */
// WEAPP_DIST points the tests at another copy of the build (to check that a broken one fails them).
export const DIST = path.resolve(process.env.WEAPP_DIST ?? path.join(__dirname, '../../../miniapp/dist/weapp'));

/** What a page instance exposes to the tests (the WeChat fields the build reads and writes). */
export interface PageInstance {
  route: string;
  options: Record<string, string>;
  data: { root?: unknown } & Record<string, unknown>;
  setData(patch: Record<string, unknown>, cb?: () => void): void;
  [k: string]: unknown;
}

type Fn = (...a: unknown[]) => unknown;
type Config = Record<string, unknown>;
const SOON_MS = 500;
const SHADOWED = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history'];

export class Sandbox {
  readonly ctx: vm.Context;
  readonly app: {
    json: {
      pages: string[];
      subPackages?: { root: string; pages: string[] }[];
      tabBar?: { list: { pagePath: string }[] };
    };
  };
  /** Every page on the stack, bottom first (what getCurrentPages() returns). */
  readonly stack: PageInstance[] = [];
  /** Uncaught errors (thrown by a lifecycle, an event handler or a timer callback). */
  readonly errors: unknown[] = [];
  /** What the app logged (console.*), newest last; WEAPP_DEBUG=1 prints it as well. */
  readonly logs: { level: string; text: string }[] = [];
  /** Every setData call, newest last (page route and the keys it set). */
  readonly updates: { route: string; keys: string[] }[] = [];
  appInstance: Config | null = null;
  private modules = new Map<string, { exports: unknown }>();
  private pageConfigs = new Map<string, Config>();
  private tabPages = new Map<string, PageInstance>();
  private defining: string | null = null;
  private timers = new Set<NodeJS.Timeout>();
  /** Timeouts due within SOON_MS that have not fired: the app is still busy (a countdown is not). */
  readonly soon = new Set<NodeJS.Timeout>();
  private vmJSON: JSON;

  constructor(wx: (sb: Sandbox) => Record<string, unknown>) {
    this.app = { json: JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) };
    const timer =
      (set: typeof setTimeout, repeat: boolean) =>
      (fn: Fn, ms?: number, ...args: unknown[]) => {
        const h = set(() => {
          if (!repeat) {
            this.timers.delete(h);
            this.soon.delete(h);
          }
          this.guard(() => fn(...args));
        }, ms);
        this.timers.add(h);
        if (!repeat && (ms ?? 0) <= SOON_MS) this.soon.add(h);
        return h;
      };
    const clear = (h: NodeJS.Timeout) => (this.timers.delete(h), this.soon.delete(h), clearTimeout(h));
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        const text = args.map((a) => (typeof a === 'string' ? a : ((a as Error)?.stack ?? inspect(a)))).join(' ');
        this.logs.push({ level, text });
        if (process.env.WEAPP_DEBUG) process.stderr.write(`[weapp ${level}] ${text}\n`);
      };
    this.ctx = vm.createContext({
      console: { log: log('log'), info: log('info'), debug: log('debug'), warn: log('warn'), error: log('error') },
      setTimeout: timer(setTimeout, false),
      setInterval: timer(setInterval as typeof setTimeout, true),
      clearTimeout: clear,
      clearInterval: clear,
      App: (c: Config) => this.defineApp(c),
      Page: (c: Config) => this.definePage(c),
      Component: (c: Config) => c,
      Behavior: (c: Config) => c,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.vmArray([...this.stack]),
    });
    this.vmJSON = vm.runInContext('JSON', this.ctx) as JSON;
    this.ctx.wx = wx(this);
  }

  /** A value copied into the sandbox's realm (what WeChat's serialisation between threads does). */
  toVm<T>(value: T): T {
    return value === undefined ? value : (this.vmJSON.parse(JSON.stringify(value)) as T);
  }
  vmArray<T>(items: T[]): T[] {
    const arr = vm.runInContext('[]', this.ctx) as T[];
    arr.push(...items);
    return arr;
  }

  /** Runs a callback from outside the app (a lifecycle, an event, a timer), recording what it throws. */
  guard(fn: () => unknown): unknown {
    try {
      const r = fn() as { catch?: (f: (e: unknown) => void) => void } | undefined;
      r?.catch?.((e: unknown) => this.errors.push(e));
      return r;
    } catch (e) {
      this.errors.push(e);
      return undefined;
    }
  }

  /** `require` as WeChat resolves it: relative to the requiring file, `.js` optional, each file once. */
  require(file: string): unknown {
    const rel = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`);
    const cached = this.modules.get(rel);
    if (cached) return cached.exports;
    const abs = path.join(DIST, rel);
    if (!fs.existsSync(abs)) throw new Error(`module "${rel}" is not defined (WeChat: module not found)`);
    const module = { exports: {} as unknown };
    this.modules.set(rel, module);
    const wrapped = `(function (require, module, exports, ${SHADOWED.join(', ')}) {${fs.readFileSync(abs, 'utf8')}\n})`;
    const fn = new vm.Script(wrapped, { filename: abs }).runInContext(this.ctx) as Fn;
    const req = (p: string) => this.require(p.startsWith('.') ? path.posix.join(path.posix.dirname(rel), p) : p);
    fn(req, module, module.exports);
    return module.exports;
  }

  private defineApp(c: Config) {
    if (this.appInstance) throw new Error('App() called twice');
    this.appInstance = c;
  }
  private definePage(c: Config) {
    if (!this.defining) throw new Error('Page() called outside a page file');
    this.pageConfigs.set(this.defining, c);
  }

  /** Every page path of app.json: the main package first, then the subpackages. */
  allPages(): string[] {
    const subs = this.app.json.subPackages ?? [];
    return [...this.app.json.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))];
  }
  isTab(route: string): boolean {
    return (this.app.json.tabBar?.list ?? []).some((t) => t.pagePath === route);
  }

  private loadPage(route: string): Config {
    if (!this.pageConfigs.has(route)) {
      if (!this.allPages().includes(route)) throw new Error(`page "${route}" is not in app.json`);
      this.defining = route;
      try {
        this.require(`${route}.js`);
      } finally {
        this.defining = null;
      }
    }
    const c = this.pageConfigs.get(route);
    if (!c) throw new Error(`${route}.js did not call Page()`);
    return c;
  }

  /** Launch as WeChat does: app.js, the main package's pages, App.onLaunch/onShow, then the first page. */
  launch(route: string, query: Record<string, string> = {}, scene = 1001): PageInstance {
    this.require('app.js');
    if (!this.appInstance) throw new Error('app.js did not call App()');
    for (const p of this.app.json.pages) this.loadPage(p);
    const options = this.toVm({ path: route, query, scene, referrerInfo: {} });
    this.guard(() => (this.appInstance!.onLaunch as Fn | undefined)?.call(this.appInstance, options));
    this.guard(() => (this.appInstance!.onShow as Fn | undefined)?.call(this.appInstance, options));
    return this.open(route, query);
  }

  private instance(route: string, query: Record<string, string>): PageInstance {
    const config = this.loadPage(route);
    const inst = vm.runInContext('({})', this.ctx) as PageInstance;
    for (const [k, v] of Object.entries(config)) if (k !== 'data') (inst as Config)[k] = v;
    inst.data = this.toVm((config.data as PageInstance['data']) ?? {});
    inst.route = route;
    inst.__route__ = route;
    inst.options = this.toVm(query);
    inst.setData = (patch, cb) => this.setData(inst, patch, cb);
    inst.selectComponent = () => null;
    inst.createSelectorQuery = () => (this.ctx.wx as { createSelectorQuery: Fn }).createSelectorQuery();
    return inst;
  }

  private setData(inst: PageInstance, patch: Record<string, unknown>, cb?: () => void) {
    for (const [key, value] of Object.entries(patch)) {
      const parts = [...key.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
      let at = inst.data as Record<string | number, unknown>;
      for (const [i, p] of parts.entries()) {
        if (i === parts.length - 1) at[p] = this.toVm(value);
        else {
          if (at[p] === null || typeof at[p] !== 'object')
            at[p] = vm.runInContext(typeof parts[i + 1] === 'number' ? '[]' : '({})', this.ctx);
          at = at[p] as Record<string | number, unknown>;
        }
      }
    }
    this.updates.push({ route: inst.route, keys: Object.keys(patch) });
    if (cb) this.ctx.setTimeout(cb, 0);
  }

  private call(inst: PageInstance, hook: string, ...args: unknown[]) {
    const f = inst[hook] as Fn | undefined;
    if (typeof f === 'function') this.guard(() => f.apply(inst, args));
  }

  /** Opens a page on top: the one below hides; onLoad(query), onShow, then onReady once drawn. */
  open(route: string, query: Record<string, string>): PageInstance {
    const below = this.stack[this.stack.length - 1];
    const inst = (this.isTab(route) && this.tabPages.get(route)) || this.instance(route, query);
    if (below) this.call(below, 'onHide');
    this.stack.push(inst);
    if (this.tabPages.get(route) === inst) return (this.call(inst, 'onShow'), inst);
    if (this.isTab(route)) this.tabPages.set(route, inst);
    this.call(inst, 'onLoad', inst.options);
    this.call(inst, 'onShow');
    this.ctx.setTimeout(() => this.call(inst, 'onReady'), 0);
    return inst;
  }

  /** Closes the top page (onUnload; tab pages stay alive, hidden). */
  close(): void {
    const top = this.stack.pop();
    if (!top) return;
    if (this.isTab(top.route)) this.call(top, 'onHide');
    else this.call(top, 'onUnload');
  }
  /** reLaunch: every page unloads, the tab pages kept alive included. */
  unloadAll(): void {
    const shown = new Set(this.stack);
    while (this.stack.length) this.call(this.stack.pop()!, 'onUnload');
    for (const p of this.tabPages.values()) if (!shown.has(p)) this.call(p, 'onUnload');
    this.tabPages.clear();
  }
  /** After closing pages, the page that is now on top shows again. */
  reveal(): void {
    const top = this.stack[this.stack.length - 1];
    if (top) this.call(top, 'onShow');
  }

  /** Stops every timer the app left running. */
  dispose(): void {
    this.unloadAll();
    for (const h of this.timers) clearTimeout(h);
    this.timers.clear();
    this.soon.clear();
  }
}

/** `path?a=1&b=2` as WeChat hands it to onLoad: the values as they were written (not decoded). */
export function parseUrl(url: string, from = ''): { route: string; query: Record<string, string> } {
  const [p = '', q = ''] = url.split('?');
  const route = p.startsWith('/') ? p.slice(1) : path.posix.join(path.posix.dirname(from), p);
  const query: Record<string, string> = {};
  for (const kv of q.split('&').filter(Boolean)) {
    const i = kv.indexOf('=');
    query[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
  }
  return { route, query };
}

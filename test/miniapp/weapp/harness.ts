import fs from 'node:fs';
import path from 'node:path';
import { DIST, Sandbox, type PageInstance } from './sandbox';
import { createWx, type Answers, type Recorder } from './wx';
import type { Net } from './wx-net';
import { CAN_RENDER, NO_RENDER_MESSAGE, byText, findAll, handlerFor, outline, render, textOf, type El } from './render';

/** The request domain and subscribe template the test build is made with (scripts/test.mjs sets both). */
export const API_BASE = process.env.MINIAPP_API_BASE ?? 'https://api.gig-weapp.test';
export const TEMPLATE_ID = process.env.MINIAPP_WECHAT_TEMPLATE_ID ?? 'weapp-test-case-update';

/** Why the build cannot be tested, or null: missing, or made for another API base (or none). */
function unusable(): string | null {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) return `${DIST} is missing`;
  const js = fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  if (js.some((f) => fs.readFileSync(path.join(DIST, f), 'utf8').includes(JSON.stringify(API_BASE)))) return null;
  // Built without it, every wx.request goes to a relative URL, which WeChat refuses ("invalid url").
  return `${DIST} was built without MINIAPP_API_BASE=${API_BASE}, so its requests cannot reach the test server`;
}
const HOW =
  `npm test builds it for the tests; by hand: MINIAPP_API_BASE=${API_BASE} ` +
  `MINIAPP_WECHAT_TEMPLATE_ID=${TEMPLATE_ID} npm run build:weapp -w @gig/miniapp`;
let why: string | null | undefined;
/** Fails with what to do when the build cannot be tested. */
export function assertBuiltForTests(): void {
  why = why === undefined ? unusable() : why;
  if (why) throw new Error(`${why}. ${HOW}`);
}

/** `describe` when the build can be tested; otherwise locally a loud skip, under CI a failure. */
export function describeBuilt(name: string, fn: () => void): void {
  why = why === undefined ? unusable() : why;
  if (!why) return describe(name, fn);
  const reason = why;
  if (process.env.CI)
    return describe(name, () => test('the WeChat build is there, made for the tests', () => assertBuiltForTests()));
  const bar = '!'.repeat(72);
  console.warn(`\n${bar}\n!! WeChat build tests SKIPPED: ${reason}.\n!! ${HOW}\n${bar}\n`);
  describe.skip(name, fn);
}

/** describeBuilt for the tests that look at what WeChat draws: skipped, loudly, where wcc cannot run. */
export function describeRendered(name: string, fn: () => void): void {
  if (CAN_RENDER) return describeBuilt(name, fn);
  console.warn(NO_RENDER_MESSAGE);
  describe.skip(name, fn);
}

/**
 * One WeChat session of the built mini-program for a test: launched at a page, its `wx` talking
 * to a real API server, with what WeChat draws (through wcc) to find text and elements in, and
 * taps and typing delivered as WeChat delivers them (to the handler the template binds, with the
 * element's id and data-sid).
 */
export interface Session {
  sb: Sandbox;
  rec: Recorder;
  /** The page on top of the stack. */
  page(): PageInstance;
  /** What WeChat draws for the top page now. */
  view(): El;
  text(): string;
  /** Waits until no request is in flight and the pages stopped updating. */
  settle(): Promise<void>;
  /** The innermost element showing `text` (of `tag`, if given); fails with what is drawn when there is none. */
  get(text: string | RegExp, tag?: string): El;
  /** The first input (or textarea) drawn after the label showing `label`. */
  field(label: string): El;
  tap(target: El | string | RegExp): Promise<void>;
  type(input: El, value: string): Promise<void>;
  touch(el: El, kind: 'touchstart' | 'touchmove' | 'touchend', x: number, y: number): Promise<void>;
  close(): void;
}

/** Launches the build at `route` with `query` (as WeChat hands it to onLoad: not decoded). */
export async function launch(
  server: string,
  route: string,
  query: Record<string, string> = {},
  opts: { storage?: Map<string, string>; answers?: Partial<Answers>; scene?: number } = {},
): Promise<Session> {
  assertBuiltForTests();
  const net: Net = { routes: new Map([[new URL(API_BASE).origin, server]]), calls: [], inflight: 0 };
  const rec: Recorder = {
    calls: [],
    toasts: [],
    modals: [],
    storage: opts.storage ?? new Map(),
    answers: { loginCodes: [], modalConfirm: true, subscribe: 'accept', photos: [], ...opts.answers },
    net,
    files: new Map(),
  };
  const sb = new Sandbox((s) => createWx(s, rec));
  const settle = async () => {
    let quiet = 0;
    let seen = -1;
    for (let i = 0; i < 1000 && quiet < 8; i++) {
      await new Promise((r) => setTimeout(r, 15));
      const now = sb.updates.length + sb.stack.length * 1e6 + rec.calls.length * 1e3;
      quiet = net.inflight === 0 && sb.soon.size === 0 && now === seen ? quiet + 1 : 0;
      seen = now;
    }
    if (quiet < 8) throw new Error('the mini-program did not settle (a request or an update never ended)');
  };
  const page = () => {
    const top = sb.stack[sb.stack.length - 1];
    if (!top) throw new Error('no page is open');
    return top;
  };
  const view = () => {
    if (!CAN_RENDER) throw new Error('rendering needs wcc (Linux x86-64)');
    return render(`${page().route}.wxml`, page().data);
  };
  const get = (text: string | RegExp, tag?: string) => {
    const root = view();
    const found = byText(root, text, tag);
    if (!found[0])
      throw new Error(
        `nothing shows ${String(text)}${tag ? ` in a <${tag}>` : ''} on ${page().route}:\n${outline(root)}`,
      );
    return found[0];
  };
  const fire = async (el: El, type: string, detail: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const bound = handlerFor(el, type);
    if (!bound) throw new Error(`<${el.tag}> "${textOf(el).slice(0, 40)}" has no ${type} binding`);
    const target = { id: el.attr.id ?? '', dataset: { sid: el.attr['data-sid'] }, offsetLeft: 0, offsetTop: 0 };
    const currentTarget = {
      id: bound.el.attr.id ?? '',
      dataset: { sid: bound.el.attr['data-sid'] },
      offsetLeft: 0,
      offsetTop: 0,
    };
    const event = sb.toVm({ type, timeStamp: Date.now(), target, currentTarget, detail, mark: {}, ...extra });
    const handler = page()[bound.handler];
    if (typeof handler !== 'function') throw new Error(`the page has no method ${bound.handler} for ${type}`);
    sb.guard(() => (handler as (e: unknown) => unknown).call(page(), event));
    await settle();
  };
  const s: Session = {
    sb,
    rec,
    page,
    view,
    text: () => textOf(view()),
    settle,
    get,
    field: (label) => {
      const root = view();
      const all = findAll(root, () => true);
      const at = all.indexOf(byText(root, label)[0]!);
      const input = at < 0 ? undefined : all.slice(at + 1).find((e) => e.tag === 'wx-input' || e.tag === 'wx-textarea');
      if (!input) throw new Error(`no input after "${label}" on ${page().route}:\n${outline(root)}`);
      return input;
    },
    tap: async (t) => {
      const el = typeof t === 'string' || t instanceof RegExp ? get(t) : t;
      // WeChat fires no tap for a disabled button (or anything inside one).
      for (let b: El | null = el; b; b = b.parent)
        if (b.tag === 'wx-button' && (b.attr.disabled === true || b.attr.disabled === 'true'))
          throw new Error(`the button "${textOf(b)}" is disabled`);
      await fire(el, 'tap', { x: 10, y: 10 });
    },
    type: (input, value) => fire(input, 'input', { value, cursor: value.length, keyCode: 0 }),
    touch: (el, kind, x, y) => {
      const t = { identifier: 0, x, y, clientX: x, clientY: y, pageX: x, pageY: y };
      return fire(el, kind, {}, { touches: kind === 'touchend' ? [] : [t], changedTouches: [t] });
    },
    close: () => sb.dispose(),
  };
  sb.launch(route, query, opts.scene);
  await settle();
  return s;
}

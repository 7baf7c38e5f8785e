import Taro from '@tarojs/taro';
import { WEAPP } from './index';

/**
 * A signature pad on the canvas with this id: the worker draws with a finger (or a mouse), then it
 * becomes a PNG file to upload. WeChat draws through the canvas node's 2D context fed by the
 * Canvas component's touch events; the browser listens to pointer events on the element itself.
 */
export interface SignaturePad {
  clear(): void;
  isEmpty(): boolean;
  /** A local path (WeChat temp file or blob URL) of the PNG. */
  toFile(): Promise<string>;
  /** WeChat only: feed the Canvas component's touch events. */
  touch(kind: 'start' | 'move', x: number, y: number): void;
  dispose(): void;
}

type Ctx = CanvasRenderingContext2D;

function setup(ctx: Ctx, w: number, h: number) {
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#111';
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
}

export async function attachSignature(id: string): Promise<SignaturePad> {
  let strokes = 0;
  let last: { x: number; y: number } | null = null;
  const reset = (ctx: Ctx, w: number, h: number) => {
    setup(ctx, w, h);
    strokes = 0;
    last = null;
  };
  const draw = (ctx: Ctx, kind: 'start' | 'move', x: number, y: number) => {
    if (kind === 'start' || !last) {
      last = { x, y };
      return;
    }
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(x, y);
    ctx.stroke();
    last = { x, y };
    strokes++;
  };

  if (WEAPP) {
    const res = await new Promise<{
      node: HTMLCanvasElement & { createImage?: unknown };
      width: number;
      height: number;
    }>((resolve) =>
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((r) => resolve(r[0])),
    );
    const canvas = res.node;
    const dpr = Taro.getSystemInfoSync().pixelRatio;
    canvas.width = res.width * dpr;
    canvas.height = res.height * dpr;
    const ctx = canvas.getContext('2d') as Ctx;
    ctx.scale(dpr, dpr);
    setup(ctx, res.width, res.height);
    return {
      clear: () => reset(ctx, res.width, res.height),
      isEmpty: () => strokes < 3,
      toFile: async () => (await Taro.canvasToTempFilePath({ canvas } as never)).tempFilePath,
      touch: (kind, x, y) => draw(ctx, kind, x, y),
      dispose: () => undefined,
    };
  }

  const host = document.getElementById(id);
  const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement;
  const rect = canvas.getBoundingClientRect();
  canvas.width = rect.width;
  canvas.height = rect.height;
  const ctx = canvas.getContext('2d')!;
  setup(ctx, rect.width, rect.height);
  let down = false;
  const at = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onDown = (e: PointerEvent) => {
    down = true;
    const p = at(e);
    draw(ctx, 'start', p.x, p.y);
    e.preventDefault();
  };
  const onMove = (e: PointerEvent) => {
    if (!down) return;
    const p = at(e);
    draw(ctx, 'move', p.x, p.y);
    e.preventDefault();
  };
  const onUp = () => (down = false);
  canvas.style.touchAction = 'none';
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  return {
    clear: () => reset(ctx, canvas.width, canvas.height),
    isEmpty: () => strokes < 3,
    toFile: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(URL.createObjectURL(b)) : reject(new Error('canvas'))), 'image/png'),
      ),
    touch: () => undefined,
    dispose: () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    },
  };
}

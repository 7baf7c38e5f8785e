import { PNG } from 'pngjs';
import type { Sandbox } from './sandbox';
import { tempFile, type Files } from './wx-net';
import type { Recorder } from './wx';

export type { Files };

/**
 * WeChat's 2D canvas as far as the signature pad uses it: wx.createSelectorQuery() finds the
 * `<canvas type="2d">` by the id the page's data gives it (what WeChat draws from), its `node`
 * is a canvas whose 2D context really paints (solid fills and round-capped lines, into pixels),
 * and wx.canvasToTempFilePath({ canvas }) writes those pixels as a PNG temporary file.
 */
type Opts = Record<string, unknown> & { success?: (r: unknown) => void };
type Reply = (name: string, o: Opts, r: Record<string, unknown> | Error) => void;
type DataNode = { sid?: string; uid?: string; nn?: string; cn?: DataNode[] };

/** A canvas's layout size in the sandbox (WeChat measures it; the pad is as wide as the page's content). */
export const CANVAS_SIZE = { width: 320, height: 160 };

function rgb(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color === 'white' ? [255, 255, 255] : [0, 0, 0];
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

export class FakeCanvas {
  width = 300;
  height = 150;
  private png: PNG | null = null;
  private ctx: Record<string, unknown> | null = null;
  pixels(): PNG {
    if (!this.png || this.png.width !== this.width || this.png.height !== this.height)
      this.png = new PNG({ width: this.width, height: this.height });
    return this.png;
  }
  getContext(kind: string) {
    if (kind !== '2d') return null;
    if (this.ctx) return this.ctx;
    let scale = 1;
    let path: [number, number][][] = [];
    const paint = (x: number, y: number, color: string) => {
      const png = this.pixels();
      if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
      png.data.set([...rgb(color), 255], (png.width * Math.floor(y) + Math.floor(x)) * 4);
    };
    const ctx: Record<string, unknown> = {
      fillStyle: '#000',
      strokeStyle: '#000',
      lineWidth: 1,
      lineCap: 'butt',
      lineJoin: 'miter',
      scale: (sx: number) => void (scale *= sx),
      fillRect: (x: number, y: number, w: number, h: number) => {
        for (let i = Math.floor(x * scale); i < (x + w) * scale; i++)
          for (let j = Math.floor(y * scale); j < (y + h) * scale; j++) paint(i, j, String(ctx.fillStyle));
      },
      beginPath: () => void (path = []),
      moveTo: (x: number, y: number) => void path.push([[x, y]]),
      lineTo: (x: number, y: number) => void (path[path.length - 1] ?? path[path.push([]) - 1]!).push([x, y]),
      stroke: () => {
        const r = (Number(ctx.lineWidth) * scale) / 2;
        for (const line of path)
          for (let k = 1; k < line.length; k++) {
            const [[x0, y0], [x1, y1]] = [line[k - 1]!, line[k]!];
            const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * scale));
            for (let s = 0; s <= steps; s++) {
              const cx = (x0 + ((x1 - x0) * s) / steps) * scale;
              const cy = (y0 + ((y1 - y0) * s) / steps) * scale;
              for (let i = -r; i <= r; i++)
                for (let j = -r; j <= r; j++)
                  if (i * i + j * j <= r * r) paint(cx + i, cy + j, String(ctx.strokeStyle));
            }
          }
      },
      clearRect: (x: number, y: number, w: number, h: number) => {
        const png = this.pixels();
        for (let i = Math.floor(x * scale); i < Math.min(png.width, (x + w) * scale); i++)
          for (let j = Math.floor(y * scale); j < Math.min(png.height, (y + h) * scale); j++)
            png.data.fill(0, (png.width * j + i) * 4, (png.width * j + i) * 4 + 4);
      },
    };
    this.ctx = ctx;
    return ctx;
  }
  toPng(): Buffer {
    return PNG.sync.write(this.pixels());
  }
}

function findNode(n: DataNode | undefined, id: string): DataNode | null {
  if (!n) return null;
  if (n.uid === id || n.sid === id) return n;
  for (const c of n.cn ?? []) {
    const f = findNode(c, id);
    if (f) return f;
  }
  return null;
}

export function canvasApis(sb: Sandbox, rec: Recorder, reply: Reply): Record<string, unknown> {
  const canvases = new Map<string, FakeCanvas>();
  const query = () => {
    const asked: { selector: string; fields: Record<string, boolean> }[] = [];
    const q = {
      in: () => q,
      select: (selector: string) => {
        const ref = {
          fields: (fields: Record<string, boolean>) => (asked.push({ selector, fields }), q),
          boundingClientRect: () => (asked.push({ selector, fields: { rect: true, size: true } }), q),
          node: () => (asked.push({ selector, fields: { node: true } }), q),
        };
        return ref;
      },
      selectViewport: () => q.select('viewport'),
      exec: (cb?: (r: unknown[]) => void) => {
        const top = sb.stack[sb.stack.length - 1];
        const results = asked.map(({ selector, fields }) => {
          const id = selector.replace(/^#/, '');
          const found = top && findNode(top.data.root as DataNode, id);
          if (!found) return null;
          const out: Record<string, unknown> = { id };
          if (fields.size || fields.rect)
            Object.assign(out, CANVAS_SIZE, { left: 20, top: 400, right: 340, bottom: 560 });
          if (fields.node) {
            const key = `${top.route}#${id}`;
            if (!canvases.has(key)) canvases.set(key, new FakeCanvas());
            out.node = canvases.get(key);
          }
          return out;
        });
        setImmediate(() => sb.guard(() => cb?.(sb.vmArray(results))));
        return q;
      },
    };
    return q;
  };
  return {
    createSelectorQuery: query,
    canvasToTempFilePath: (o: Opts) => {
      const canvas = o.canvas;
      if (!(canvas instanceof FakeCanvas)) return reply('canvasToTempFilePath', o, new Error('canvas is empty'));
      reply('canvasToTempFilePath', o, { tempFilePath: tempFile(rec.files, canvas.toPng(), 'png') });
    },
  };
}

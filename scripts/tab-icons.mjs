#!/usr/bin/env node
// Draws the mini-program's tab bar icons (home, know your rights, my cases, me) as 81x81 PNGs, grey and blue, into
// miniapp/src/assets/. WeChat's tab bar takes only PNG/JPG files; drawing them from shapes here keeps
// them reproducible and free of licensing questions. Run after changing a shape; commit the PNGs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZE = 81;
const SS = 4; // supersampling per axis, for smooth edges
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../miniapp/src/assets');

// Shapes in a 0..1 box; `inside(x, y)` says whether a point is ink.
const inPoly = (pts) => (x, y) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const inCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
/** A straight stroke from (x0, y0) to (x1, y1), `w` wide. */
const inLine = (x0, y0, x1, y1, w) => (x, y) => {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (w / 2) ** 2;
};
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const minus =
  (a, ...bs) =>
  (x, y) =>
    a(x, y) && !bs.some((b) => b(x, y));

const ICONS = {
  // A house: roof and walls, with a door cut out.
  home: minus(
    union(
      inPoly([
        [0.5, 0.12],
        [0.9, 0.48],
        [0.8, 0.48],
        [0.8, 0.88],
        [0.2, 0.88],
        [0.2, 0.48],
        [0.1, 0.48],
      ]),
    ),
    inRect(0.42, 0.62, 0.58, 0.88),
  ),
  // Know your rights: a balance, its post on a foot, the beam, and a pan hung from each end.
  rights: union(
    inRect(0.46, 0.16, 0.54, 0.84),
    inRect(0.28, 0.82, 0.72, 0.9),
    inRect(0.12, 0.22, 0.88, 0.28),
    inCircle(0.5, 0.17, 0.07),
    inLine(0.18, 0.25, 0.08, 0.56, 0.04),
    inLine(0.18, 0.25, 0.28, 0.56, 0.04),
    inLine(0.82, 0.25, 0.72, 0.56, 0.04),
    inLine(0.82, 0.25, 0.92, 0.56, 0.04),
    minus(inCircle(0.18, 0.55, 0.13), inRect(0, 0, 1, 0.56)),
    minus(inCircle(0.82, 0.55, 0.13), inRect(0, 0, 1, 0.56)),
  ),
  // A sheet with three lines of text.
  cases: union(
    minus(inRect(0.2, 0.1, 0.8, 0.9), inRect(0.27, 0.17, 0.73, 0.83)),
    inRect(0.33, 0.3, 0.67, 0.36),
    inRect(0.33, 0.47, 0.67, 0.53),
    inRect(0.33, 0.64, 0.57, 0.7),
  ),
  // A person: head and shoulders.
  me: union(inCircle(0.5, 0.32, 0.17), minus(inCircle(0.5, 0.95, 0.38), inRect(0, 0.9, 1, 1))),
};

// Fewer shades of the edge for the balance: its slanted strings would otherwise fill the PNG
// with alpha values (the browser app fetches the icons when its first tab page shows).
const LEVELS = { rights: 6 };

const COLOURS = { '': [0x66, 0x66, 0x66], '-on': [0x1f, 0x4e, 0x9c] };

mkdirSync(out, { recursive: true });
for (const [name, inside] of Object.entries(ICONS)) {
  for (const [suffix, [r, g, b]] of Object.entries(COLOURS)) {
    const png = new PNG({ width: SIZE, height: SIZE });
    for (let py = 0; py < SIZE; py++) {
      for (let px = 0; px < SIZE; px++) {
        let hits = 0;
        for (let sy = 0; sy < SS; sy++)
          for (let sx = 0; sx < SS; sx++)
            if (inside((px + (sx + 0.5) / SS) / SIZE, (py + (sy + 0.5) / SS) / SIZE)) hits++;
        const a = hits / (SS * SS);
        const levels = LEVELS[name];
        png.data.set([r, g, b, Math.round(255 * (levels ? Math.round(a * levels) / levels : a))], (py * SIZE + px) * 4);
      }
    }
    const file = path.join(out, `tab-${name}${suffix}.png`);
    writeFileSync(file, PNG.sync.write(png));
    console.log(file);
  }
}

import { inflateSync } from 'node:zlib';

/**
 * The words of a pdfkit PDF, one string per text run: pdfkit writes glyph ids (TJ with hex), and
 * its font's ToUnicode map says which characters they are, so the text can be read back exactly.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  const glyphs = new Map<number, string>();
  for (const s of streams.filter((x) => x.includes('beginbfrange')))
    for (const r of s.matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/gi)) {
      const start = parseInt(r[1]!, 16);
      [...r[3]!.matchAll(/<([0-9a-f ]*)>/gi)].forEach((e, i) => {
        const units = e[1]!
          .split(' ')
          .filter(Boolean)
          .map((h) => parseInt(h, 16));
        glyphs.set(start + i, String.fromCharCode(...units));
      });
    }
  const runs: string[] = [];
  for (const s of streams)
    for (const tj of s.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('');
      let out = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) out += glyphs.get(parseInt(hex.slice(i, i + 4), 16)) ?? '?';
      runs.push(out);
    }
  return runs;
}

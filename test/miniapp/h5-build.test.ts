import fs from 'node:fs';
import path from 'node:path';

/**
 * The H5 build's page as the server sends it: before any script arrives (seconds on a slow phone
 * network) it already shows the service's name and a station card's outline, styled inline (the
 * CSP allows inline styles, never inline scripts), under the app that replaces it.
 */
const dist = path.resolve(__dirname, '../../miniapp/dist/h5');
const built = fs.existsSync(path.join(dist, 'index.html'));

(built || process.env.CI ? describe : describe.skip)('the H5 build', () => {
  const html = built ? fs.readFileSync(path.join(dist, 'index.html'), 'utf8') : '';
  const boot = /<div id="boot"[^>]*>([\s\S]*?)<\/div>\s*<div id="app">/.exec(html);

  test('the page carries a first frame in Chinese: the service, a card outline, a word about waiting', () => {
    expect(boot).not.toBeNull();
    const frame = boot![1]!;
    expect(frame).toContain('劳动争议一站式调解');
    expect(frame).toMatch(/class="card"[\s\S]*class="line title"/);
    expect(frame).toContain('正在加载');
    expect(frame).toContain('<noscript>');
    expect(html).toContain('<title>劳动争议一站式调解</title>');
  });

  test('the frame is styled in the page itself and sits under the app, which still mounts at #app', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toMatch(/#boot\s*\{[^}]*position:\s*fixed[^}]*z-index:\s*-1/);
    expect(html).toContain('<div id="app"></div>');
    // No inline script (the CSP would refuse it): every script is a file under /app/.
    for (const m of html.matchAll(/<script([^>]*)>/g)) expect(m[1]).toMatch(/src="\/app\/js\/[^"]+\.js"/);
  });
});

import fs from 'node:fs';
import path from 'node:path';

/**
 * The WeChat build as WeChat DevTools would load it (`npm run build` makes it; these machines
 * cannot run WeChat itself): every page compiled, the tab pages in the main package, the location
 * permission declared for "nearest stations", and nothing pointing at a missing file.
 */
const dist = path.resolve(__dirname, '../../miniapp/dist/weapp');
const built = fs.existsSync(path.join(dist, 'app.json'));

// Without a build the checks are skipped locally (run `npm run build`); under CI a missing build fails.
(built || process.env.CI ? describe : describe.skip)('the WeChat build', () => {
  const app = built ? JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) : {};

  test('every page has its script, template and config, with a title', () => {
    expect(app.pages).toEqual(
      expect.arrayContaining([
        'pages/index/index',
        'pages/station/index',
        'pages/login/index',
        'pages/claim/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/me/index',
      ]),
    );
    for (const page of app.pages as string[]) {
      for (const ext of ['js', 'wxml', 'json'])
        expect({ page, ext, exists: fs.existsSync(path.join(dist, `${page}.${ext}`)) }).toEqual({
          page,
          ext,
          exists: true,
        });
      const config = JSON.parse(fs.readFileSync(path.join(dist, `${page}.json`), 'utf8'));
      expect(typeof config.navigationBarTitleText).toBe('string');
    }
  });

  test('the tab bar opens main-package pages, and the location permission is declared', () => {
    const tabs = (app.tabBar.list as { pagePath: string }[]).map((t) => t.pagePath);
    expect(tabs).toEqual(['pages/index/index', 'pages/cases/index', 'pages/me/index']);
    for (const t of tabs) expect(app.pages).toContain(t);
    for (const t of app.tabBar.list as { iconPath: string; selectedIconPath: string }[]) {
      for (const icon of [t.iconPath, t.selectedIconPath])
        expect(fs.readFileSync(path.join(dist, icon)).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(app.permission['scope.userLocation'].desc).toBeTruthy();
    expect(app.requiredPrivateInfos).toContain('getLocation');
  });

  test('pull to refresh is on where the worker waits for news', () => {
    for (const page of ['pages/cases/index', 'pages/case/index']) {
      expect(JSON.parse(fs.readFileSync(path.join(dist, `${page}.json`), 'utf8')).enablePullDownRefresh).toBe(true);
    }
  });

  test('the scripts only require files that are there', () => {
    const js = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    let seen = 0;
    for (const f of js) {
      const src = fs.readFileSync(path.join(dist, f), 'utf8');
      for (const m of src.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
        const target = path.resolve(path.dirname(path.join(dist, f)), m[1]!);
        expect({ from: f, to: m[1], exists: fs.existsSync(target) || fs.existsSync(`${target}.js`) }).toEqual({
          from: f,
          to: m[1],
          exists: true,
        });
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4); // app.js requires the runtime, Taro, vendors and common chunks
  });
});

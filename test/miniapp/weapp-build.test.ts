import fs from 'node:fs';
import path from 'node:path';

/**
 * The WeChat build as WeChat DevTools would load it (`npm run build` makes it; these machines
 * cannot run WeChat itself): every page compiled, the tab pages and the QR landing page in the
 * main package, the pages not needed at launch in the `sub` subpackage (and every link in the code
 * naming a page where it now is), the location permission declared for "nearest stations", and
 * nothing pointing at a missing file.
 */
const dist = path.resolve(__dirname, '../../miniapp/dist/weapp');
const built = fs.existsSync(path.join(dist, 'app.json'));

// Without a build the checks are skipped locally (run `npm run build`); under CI a missing build fails.
(built || process.env.CI ? describe : describe.skip)('the WeChat build', () => {
  const app = built ? JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) : {};
  const subs = (app.subPackages ?? []) as { root: string; pages: string[] }[];
  /** Every page's path, main package and subpackages alike. */
  const all = (): string[] => [
    ...(app.pages as string[]),
    ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ];

  test('the main package holds the launch pages; the wizard, the calculator and the case page are a subpackage', () => {
    expect(app.pages).toEqual([
      'pages/index/index',
      'pages/rights/index', // the "know your rights" tab
      'pages/station/index',
      'pages/login/index',
      'pages/cases/index',
      'pages/case/index', // forwards to sub/case/index: case-update messages open this address
      'pages/me/index',
    ]);
    // Two subpackages: the wizard, the calculator, the case page and the worker's other pages; and
    // know your rights' reading (an article, a typical case, the law for a claim type or stage).
    expect(subs).toHaveLength(2);
    expect(subs[0]?.root).toBe('sub');
    expect(subs[0]?.pages).toEqual(
      expect.arrayContaining(['claim/index', 'calculator/index', 'case/index', 'profile/index']),
    );
    expect(subs[1]?.root).toBe('rights');
    expect(subs[1]?.pages).toEqual(['article/index', 'case/index', 'law/index']);
    // The tab fetches its reading when it opens.
    expect(app.preloadRule['pages/rights/index']).toEqual({ network: 'all', packages: ['rights'] });
    // WeChat fetches the subpackage when a station (or the home page, on Wi-Fi) opens.
    expect(app.preloadRule['pages/station/index']).toEqual({ network: 'all', packages: ['sub'] });
    // What only the subpackage uses lives under its root, not in the main package's shared chunks:
    // TypeBox (the claim and action checks), found by one of its messages.
    const read = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join('');
    expect(read(dist)).not.toContain('Expected union value');
    expect(read(path.join(dist, 'sub'))).toContain('Expected union value');
    // What only the article and typical-case pages draw (the entry's source) stays in their subpackage.
    expect(read(dist)).not.toContain('entry-source');
    expect(read(path.join(dist, 'rights'))).toContain('entry-source');
  });

  test('every link in the code names a page where it is (a navigateTo to an old path fails in WeChat)', () => {
    const src = path.resolve(__dirname, '../../miniapp/src');
    const files = fs
      .readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('app.config.ts'));
    const linked = new Set<string>();
    for (const f of files)
      for (const m of fs
        .readFileSync(path.join(src, f), 'utf8')
        .matchAll(/['`/]((?:pages|sub|rights)\/[a-z-]+\/index)\b/g))
        linked.add(m[1]!);
    expect([...linked].sort()).toEqual(
      expect.arrayContaining([
        'pages/login/index',
        'pages/rights/index',
        'rights/article/index',
        'rights/case/index',
        'rights/law/index',
        'sub/calculator/index',
        'sub/case/index',
        'sub/claim/index',
      ]),
    );
    for (const page of linked) expect({ page, exists: all().includes(page) }).toEqual({ page, exists: true });
    for (const old of ['pages/claim/index', 'pages/calculator/index']) expect(linked.has(old)).toBe(false);
  });

  test('every page has its script, template and config, with a title', () => {
    for (const page of all()) {
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
    expect(tabs).toEqual(['pages/index/index', 'pages/rights/index', 'pages/cases/index', 'pages/me/index']);
    for (const t of tabs) expect(app.pages).toContain(t);
    for (const t of app.tabBar.list as { iconPath: string; selectedIconPath: string }[]) {
      for (const icon of [t.iconPath, t.selectedIconPath])
        expect(fs.readFileSync(path.join(dist, icon)).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(app.permission['scope.userLocation'].desc).toBeTruthy();
    expect(app.requiredPrivateInfos).toContain('getLocation');
  });

  test('pull to refresh is on where the worker waits for news', () => {
    for (const page of ['pages/cases/index', 'sub/case/index']) {
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

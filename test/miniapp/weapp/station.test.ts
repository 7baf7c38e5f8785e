import { API_BASE, describeRendered, launch } from './harness';
import { COURIER_NAME, startWorld, type World } from './world';
import { t } from './words';

/**
 * The station page of the WeChat build, opened the three ways WeChat opens it: a link with `code`,
 * a mini-program code (the station in `scene`, URL-encoded, launch scene 1047) and an ordinary QR
 * code of the station's web address (the whole address URL-encoded in `q`, launch scene 1011).
 * Each asks the real API, at the configured API base, for that station's card and shows its name;
 * an unknown code says so and lists the stations that take claims.
 */
jest.setTimeout(60_000);

let world: World;

const opened: [string, Record<string, string>, number][] = [
  ['a link with ?code=', { code: 'WZ-COURIER' }, 1001],
  ['a mini-program code (scene)', { scene: encodeURIComponent('WZ-COURIER') }, 1047],
  ['an ordinary QR link (q)', { q: encodeURIComponent('https://mediate.example.cn/s/WZ-COURIER') }, 1011],
];

describeRendered('the station page in WeChat', () => {
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => world?.api.close());

  test.each(opened)(
    'opened from %s, asks for the card at the API base and shows the station',
    async (_how, query, scene) => {
      const s = await launch(world.api.base, 'pages/station/index', query, { scene });
      try {
        expect(s.sb.errors).toEqual([]);
        const card = s.rec.net.calls.find((c) => c.url.includes('/api/public/stations/'));
        expect(card).toMatchObject({ method: 'GET', url: `${API_BASE}/api/public/stations/WZ-COURIER`, status: 200 });
        expect(s.get(COURIER_NAME).attr.class).toContain('title');
        // The big button starts a claim (it is a button WeChat fires taps for).
        expect(s.get(t('start'), 'wx-button').attr.bindtap).toBe('eh');
        expect(s.text()).not.toContain(t('unknownStation'));
      } finally {
        s.close();
      }
    },
  );

  const scans: [string, { result: string; path?: string }][] = [
    ['a mini-program code', { result: '*', path: 'pages/station/index?scene=WZ-COURIER' }],
    ['an ordinary QR code', { result: 'https://mediate.example.cn/s/WZ-COURIER' }],
  ];
  test.each(scans)('scanning %s from the home page (wx.scanCode) opens that station', async (_what, scan) => {
    const s = await launch(world.api.base, 'pages/index/index', {}, { answers: { scan } });
    try {
      await s.tap(t('scan'));
      expect(s.rec.calls.filter((c) => c.api === 'scanCode')).toHaveLength(1);
      expect(s.sb.stack.map((p) => [p.route, p.options])).toEqual([
        ['pages/index/index', {}],
        ['pages/station/index', { code: 'WZ-COURIER' }],
      ]);
      expect(s.text()).toContain(COURIER_NAME);
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('closing the scanner stays on the home page', async () => {
    const s = await launch(world.api.base, 'pages/index/index');
    try {
      await s.tap(t('scan'));
      expect(s.rec.calls.filter((c) => c.api === 'scanCode')).toHaveLength(1);
      expect(s.sb.stack.map((p) => p.route)).toEqual(['pages/index/index']);
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('an unknown code shows the "unknown station" state and the stations that take claims', async () => {
    const s = await launch(world.api.base, 'pages/station/index', { code: 'NO-SUCH' });
    try {
      expect(s.sb.errors).toEqual([]);
      expect(s.rec.net.calls.find((c) => c.url.endsWith('/api/public/stations/NO-SUCH'))).toMatchObject({
        status: 404,
      });
      expect(s.text()).toContain(t('unknownStation'));
      expect(s.text()).not.toContain(t('start'));
      // The list below: tapping the courier station opens its page instead of this one.
      await s.tap(COURIER_NAME);
      expect(s.sb.stack.map((p) => [p.route, p.options])).toEqual([['pages/station/index', { code: 'WZ-COURIER' }]]);
      expect(s.text()).toContain(t('start'));
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });
});

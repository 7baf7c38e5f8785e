import { PNG } from 'pngjs';
import { claim } from '../../factories';
import { API_BASE, describeRendered, launch } from './harness';
import { CANVAS_SIZE } from './canvas';
import { findAll } from './render';
import { startWorld, type World } from './world';
import { tc } from './words';

/**
 * The signature pad's WeChat path: the case page of the WeChat build, for an agreement drafted at
 * the station to be signed by everyone. "Sign" opens the pad (a `<canvas type="2d">`, found with
 * wx.createSelectorQuery and drawn on through its node's 2D context at the phone's pixel ratio),
 * the worker's finger moves reach it as WeChat's touch events on the canvas, and confirming turns
 * the drawing into a PNG (wx.canvasToTempFilePath) uploaded with wx.uploadFile as the case's
 * signature evidence before the signature itself is recorded by the real API.
 */
jest.setTimeout(60_000);

let world: World;

const chinaDay = (n: number) => new Date(Date.now() + n * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);

describeRendered('signing the agreement in WeChat', () => {
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => world?.api.close());

  test('the finger-drawn signature becomes a PNG that is uploaded, then the signature is recorded', async () => {
    const mobile = '13900007777';
    const worker = await world.worker(mobile);
    const filed = await world.api.api('POST', '/api/cases', {
      token: worker.accessToken,
      headers: { 'idempotency-key': '0d4c9e2a-7b61-4f3e-8a5d-1c2b3a4f5e6d' },
      body: claim({ claimant: { name: '赵师傅', idNumber: '11010519491231002X', phone: mobile } }),
    });
    expect(filed.status).toBe(201);
    const id: string = filed.body.case.id;
    const mediator = await world.mediator();
    const act = async (action: string, body: Record<string, unknown> = {}) =>
      expect(
        (await world.api.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body })).status,
      ).toBe(200);
    await act('accept');
    await act('start_mediation');
    await act('record_agreement', {
      items: [{ type: 'unpaid_wages', amountYuan: '900', payer: '温州某快递服务有限公司' }],
      dueDate: chinaDay(10),
      paymentMethod: 'bank_transfer',
    });

    const s = await launch(world.api.base, 'sub/case/index', { id }, { storage: world.signedIn(worker) });
    try {
      await s.tap(tc('signNow'));
      // WeChat draws the pad as a 2D canvas bound to the page's touch handler.
      const pad = findAll(s.view(), (e) => e.tag === 'wx-canvas')[0]!;
      expect(pad.attr).toMatchObject({ type: '2d', id: 'sig', bindtouchstart: 'eh', bindtouchmove: 'eh' });
      expect(String(pad.attr.class)).toContain('sig-pad-ready');

      // A zigzag name across the pad.
      await s.touch(pad, 'touchstart', 20, 40);
      for (let i = 1; i <= 10; i++) await s.touch(pad, 'touchmove', 20 + i * 25, i % 2 ? 100 : 40);
      await s.touch(pad, 'touchend', 270, 40);
      await s.tap(tc('confirmSign'));

      const exported = s.rec.calls.filter((c) => c.api === 'canvasToTempFilePath');
      expect(exported).toHaveLength(1);
      const upload = s.rec.net.calls.find((c) => c.api === 'uploadFile');
      expect(upload).toMatchObject({
        url: `${API_BASE}/api/cases/${id}/evidence`,
        header: { authorization: `Bearer ${worker.accessToken}` },
        data: { category: 'signature', name: 'file' },
      });
      expect([200, 201]).toContain(upload!.status);

      // What went up: a PNG at the phone's pixel ratio, white with the drawn strokes on it.
      const png = PNG.sync.read(s.rec.files.get(String((upload!.data as { filePath: string }).filePath))!);
      expect([png.width, png.height]).toEqual([CANVAS_SIZE.width * 2, CANVAS_SIZE.height * 2]);
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 80) dark++;
      expect(dark).toBeGreaterThan(1000);
      expect(png.data[0]).toBe(255); // the corner is the pad's white

      // The API has the image as the case's signature evidence, and the worker's signature on the text.
      const view = await world.api.api('GET', `/api/cases/${id}`, { token: worker.accessToken });
      const image = view.body.evidence.find((e: { category: string }) => e.category === 'signature');
      expect(image).toBeTruthy();
      expect(image.id).toBe(JSON.parse(upload!.body as string).id);
      expect(view.body.agreement.signatures).toEqual([expect.objectContaining({ side: 'worker', onPaper: false })]);
      expect(s.rec.toasts).toContain(tc('signed'));
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });
});

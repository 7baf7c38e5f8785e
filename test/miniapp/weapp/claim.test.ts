import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { claim } from '../../factories';
import { API_BASE, TEMPLATE_ID, describeRendered, launch } from './harness';
import { COURIER_NAME, startWorld, type World } from './world';
import { PROBLEM_WORDS, t } from './words';

/**
 * The claim wizard of the WeChat build against the real API: the first steps typed in WeChat's
 * inputs with the draft kept in WeChat storage (a relaunch finds it), a wrong ID number refused
 * in words; photos chosen with wx.chooseImage, compressed and uploaded with wx.uploadFile; then
 * filing: one Idempotency-Key for the claim, kept when the first wx.request loses its answer and
 * the worker sends again (one case on the server), and after filing the request to subscribe to
 * case updates with the template id the build was configured with.
 */
jest.setTimeout(60_000);

const DRAFT = 'gig.claim.draft';
let world: World;
let worker: Awaited<ReturnType<World['worker']>>;

const draftIn = (storage: Map<string, string>) => JSON.parse(storage.get(DRAFT) ?? 'null');

describeRendered('the claim wizard in WeChat', () => {
  beforeAll(async () => {
    world = await startWorld();
    worker = await world.worker('13900001111');
  });
  afterAll(async () => world?.api.close());

  test('the first steps: typing, the draft in WeChat storage, a wrong ID number refused in words', async () => {
    const storage = world.signedIn(worker);
    const s = await launch(world.api.base, 'pages/station/index', { code: 'WZ-COURIER' }, { storage });
    try {
      await s.tap(t('start'));
      expect(s.page().route).toBe('sub/claim/index');
      expect(s.text()).toContain(t('stepStation'));
      expect(s.text()).toContain(COURIER_NAME);
      await s.tap(t('next'));
      expect(s.text()).toContain(t('stepYou'));

      await s.type(s.field(t('name')), '赵师傅');
      await s.type(s.field(t('idNumber')), '110105194912310021'); // the last digit does not check out
      await s.type(s.field(t('mobile')), '13900001111');
      // What WeChat draws in the inputs is what was typed, and the draft has it after every change.
      expect(s.field(t('name')).attr.value).toBe('赵师傅');
      expect(draftIn(storage)).toMatchObject({
        step: 1,
        body: { stationCode: 'WZ-COURIER', claimant: { name: '赵师傅', idNumber: '110105194912310021' } },
      });

      await s.tap(t('next'));
      expect(s.text()).toContain(PROBLEM_WORDS.checksum['zh-CN']);
      expect(s.text()).toContain(t('stepYou'));
      expect(s.field(t('idNumber')).attr.class).toContain('input-error');

      await s.type(s.field(t('idNumber')), '11010519491231002x'); // upper-cased as typed
      await s.tap(t('next'));
      expect(s.text()).toContain(t('stepWork'));
      expect(s.text()).not.toContain(PROBLEM_WORDS.checksum['zh-CN']);
      expect(draftIn(storage)).toMatchObject({ step: 2, body: { claimant: { idNumber: '11010519491231002X' } } });
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }

    // WeChat closed the mini-program; opened again, the wizard is where the worker left it.
    const again = await launch(world.api.base, 'sub/claim/index', {}, { storage });
    try {
      expect(again.text()).toContain(t('stepWork'));
      await again.tap(t('back'));
      expect(again.field(t('name')).attr.value).toBe('赵师傅');
      expect(again.sb.errors).toEqual([]);
    } finally {
      again.close();
    }
  });

  test('photos as evidence: chosen in WeChat, compressed, uploaded with wx.uploadFile and kept in the draft', async () => {
    const photo = new PNG({ width: 48, height: 32 });
    for (let i = 0; i < photo.data.length; i += 4) photo.data.set([200, 90 + (i % 100), 40, 255], i);
    const bytes = PNG.sync.write(photo);
    const body = claim({ claimant: { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900001111' } });
    const storage = world.signedIn(worker, {
      [DRAFT]: { step: 4, idempotencyKey: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', body, evidence: [], savedAt: '' },
    });
    const s = await launch(world.api.base, 'sub/claim/index', {}, { storage, answers: { photos: [bytes] } });
    try {
      expect(s.text()).toContain(t('stepStory'));
      await s.tap(t('addPhotos'));
      expect(s.rec.calls.map((c) => c.api)).toEqual(expect.arrayContaining(['chooseImage', 'compressImage']));
      const upload = s.rec.net.calls.find((c) => c.api === 'uploadFile');
      expect(upload).toMatchObject({ url: `${API_BASE}/api/evidence`, status: 201 });
      expect(s.text()).toContain(t('uploaded'));
      const [kept] = draftIn(storage).evidence;
      // Filed under the category chosen on the page, as the draft has it.
      expect(kept).toMatchObject({ status: 'done', id: JSON.parse(upload!.body as string).id });
      expect(upload!.data).toMatchObject({ category: kept.category, name: 'file' });
      expect(kept.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('filing sends one Idempotency-Key, keeps it when the answer is lost, files one case, then asks to subscribe', async () => {
    const key = '6b1f0c1e-3d5a-4c8e-9f7a-2b4d6e8f0a1c';
    const body = claim({ claimant: { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900001111' } });
    const storage = world.signedIn(worker, {
      [DRAFT]: { step: 5, idempotencyKey: key, body, evidence: [], savedAt: new Date().toISOString() },
    });
    const s = await launch(world.api.base, 'sub/claim/index', {}, { storage });
    try {
      expect(s.text()).toContain(t('stepReview'));
      // The first filing reaches the server, but its answer never comes back (request:fail timeout).
      let lost = 0;
      s.rec.net.intercept = (c) =>
        c.method === 'POST' && c.url === `${API_BASE}/api/cases` && lost++ === 0 ? 'lose-answer' : 'send';
      await s.tap(t('submit'));
      const filings = () => s.rec.net.calls.filter((c) => c.method === 'POST' && c.url === `${API_BASE}/api/cases`);
      expect(filings()).toHaveLength(1);
      expect(filings()[0]).toMatchObject({ status: 201, error: 'timeout' });
      expect(s.rec.toasts.at(-1)).toContain('网络不好');
      expect(draftIn(storage)).toMatchObject({ idempotencyKey: key });
      expect(s.rec.calls.some((c) => c.api === 'requestSubscribeMessage')).toBe(false);

      // Sent again: the same key, and the server answers with the case it filed the first time.
      await s.tap(t('submit'));
      expect(filings()).toHaveLength(2);
      expect(filings().map((c) => c.header['idempotency-key'])).toEqual([key, key]);
      const [first, second] = filings().map((c) => c.body as { case: { id: string; number: string } });
      expect(second!.case.id).toBe(first!.case.id);
      const mine = await world.api.api('GET', '/api/cases', { token: worker.accessToken });
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([first!.case.id]);

      // The receipt, the draft gone, and the subscribe request with the configured template.
      expect(s.text()).toContain(second!.case.number);
      expect(storage.has(DRAFT)).toBe(false);
      const asked = s.rec.calls.filter((c) => c.api === 'requestSubscribeMessage');
      expect(asked.map((c) => c.options.tmplIds)).toEqual([[TEMPLATE_ID]]);
      expect(s.sb.errors).toEqual([]);
    } finally {
      s.close();
    }
  });
});

import { inflateSync } from 'node:zlib';
import { AuditEntryEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { agreement, claim } from '../factories';
import { fileClaim } from '../factories/http';

/** The text of a PDF's content streams (pdfkit writes glyph ids, so we check structure and fonts, not words). */
function pdfInfo(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return {
    pages: (text.match(/\/Type \/Page\b/g) ?? []).length,
    fonts: [...new Set(text.match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g) ?? [])],
    images: (text.match(/\/Subtype \/Image/g) ?? []).length,
    streams,
  };
}

/** A courier's 4,500-yuan wage claim, asking for legal aid. */
const wages = () =>
  claim({
    claimant: { name: '吴快递', idNumber: '11010519491231002X', phone: '13800007777' },
    respondent: { name: '温州某快递服务有限公司', creditCode: '91350100M000100Y43' },
    items: [{ type: 'unpaid_wages', amountYuan: '4500' }],
    legalAid: true,
  });

describe('documents and the workbench', () => {
  let t: TestApp;
  let mediator: string;
  let other: string;
  let supervisor: string;
  let worker: string;
  let stationId: string;

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
    const courier = await t.station({
      code: 'WZ-COURIER',
      name: '温州市快递行业调解站',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
      parentId: centre.id,
    });
    stationId = courier.id;
    const east = await t.station({ code: 'WZ-EAST', kind: 'government', areaCode: '330303', parentId: centre.id });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    other = (await t.signIn((await t.staff('mediator', east)).username, STAFF_PASSWORD)).accessToken;
    supervisor = (await t.signIn((await t.staff('supervisor', centre)).username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t, '13800007777')).accessToken;
  });
  afterAll(() => t.close());

  const act = (id: string, action: string, body: object = {}) =>
    t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body });
  const get = (url: string, token: string) => fetch(t.base + url, { headers: { authorization: `Bearer ${token}` } });

  it('the workbench counts what needs attention in the user’s reach', async () => {
    const empty = await t.api('GET', '/api/admin/workbench', { token: mediator });
    expect(empty.body).toEqual({ submitted: 0, dueSoon: 0, overdue: 0, urgent: 0, legalAid: 0, awaitingWorker: 0 });
    const a = (await fileClaim(t, worker, wages())).body.case.id;
    await fileClaim(t, worker, wages());
    await act(a, 'accept');
    // Every case action is in the audit log too ("who did what to which case").
    expect(
      await t.app.db.getRepository(AuditEntryEntity).findOneBy({ action: 'case.accept', targetId: a }),
    ).toMatchObject({ actorType: 'staff', detail: { from: 'submitted', to: 'accepted' } });
    const res = await t.api('GET', '/api/admin/workbench', { token: mediator });
    expect(res.body).toMatchObject({ submitted: 1, legalAid: 2, urgent: 0, awaitingWorker: 0 });
    expect((await t.api('GET', '/api/admin/workbench', { token: other })).body.submitted).toBe(0);
    expect((await t.api('GET', '/api/admin/workbench', { token: supervisor })).body.submitted).toBe(1);
    expect((await t.api('GET', '/api/admin/workbench', { token: worker })).status).toBe(403);
  });

  it('the agreement PDF: refused before an agreement; then a real PDF with the Chinese font embedded, audited', async () => {
    const id = (await fileClaim(t, worker, wages())).body.case.id;
    const before = await t.api('GET', `/api/admin/cases/${id}/agreement.pdf`, { token: mediator });
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('NO_AGREEMENT');
    await act(id, 'accept');
    await act(id, 'start_mediation');
    expect((await act(id, 'record_agreement', agreement('4500', { paymentMethod: 'wechat_pay' }))).status).toBe(200);

    const res = await get(`/api/admin/cases/${id}/agreement.pdf`, mediator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="agreement-LD\d{4}-\d{6}\.pdf"$/);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.fonts.some((f) => f.includes('NotoSansCJK'))).toBe(true);
    expect(
      await t.app.db.getRepository(AuditEntryEntity).countBy({ action: 'agreement.pdf_generated', targetId: id }),
    ).toBe(1);
    // Outside the user's reach a case is not found, as for workers: ids cannot be probed.
    expect((await get(`/api/admin/cases/${id}/agreement.pdf`, other)).status).toBe(404);
    expect((await get(`/api/admin/cases/${id}/agreement.pdf`, worker)).status).toBe(403);
  });

  it('the QR poster PDF embeds the QR image and the font; a missing font is a clear 503', async () => {
    const res = await get(`/api/admin/stations/${stationId}/poster.pdf`, mediator);
    expect(res.status).toBe(200);
    const info = pdfInfo(Buffer.from(await res.arrayBuffer()));
    expect(info.images).toBeGreaterThanOrEqual(1);
    expect(info.fonts.some((f) => f.includes('NotoSansCJK'))).toBe(true);

    const bare = await startApp({ PDF_FONT_PATH: '/nonexistent/font.ttf' });
    try {
      const s = await bare.station({ code: 'WZ-X', kind: 'government', areaCode: '330302' });
      const admin = (await bare.signIn((await bare.staff('system_admin', null)).username, STAFF_PASSWORD)).accessToken;
      const miss = await bare.api('GET', `/api/admin/stations/${s.id}/poster.pdf`, { token: admin });
      expect(miss.status).toBe(503);
      expect(miss.body.code).toBe('PDF_FONT_MISSING');
    } finally {
      await bare.close();
    }
    // A second app with its own migrated database, and a CJK font subset: 22 s on a quiet 2-core
    // machine, past the default 30 s under CI's load.
  }, 90_000);
});

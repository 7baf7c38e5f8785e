import { createHash } from 'node:crypto';
import type { ClaimCreateBody } from '@gig/shared';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim, png, unsignedAgreement } from '../factories';
import { fileClaim } from '../factories/http';

const RESPONDENT = '温州某快递有限公司';

/** A courier's 4,200-yuan wage claim with screenshots, filed without scanning a station's code. */
const wageClaim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody =>
  claim({
    claimant: { name: '刘快递', idNumber: '11010519491231002X', phone: '13512345678' },
    respondent: { name: RESPONDENT },
    items: [{ type: 'unpaid_wages', amountYuan: '4200' }],
    stationCode: null,
    ...over,
  });

describe('evidence files', () => {
  let t: TestApp;
  let worker: string;
  let mediator: string;
  let outsider: string;

  beforeAll(async () => {
    t = await startApp();
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
    });
    const other = await t.station({ code: 'WZ-OTHER', kind: 'government', areaCode: '330303' });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    outsider = (await t.signIn((await t.staff('mediator', other)).username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t, '13512345678')).accessToken;
  });
  afterAll(() => t.close());

  const upload = async (url: string, token: string, bytes: Buffer, name: string, field = 'file') => {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(t.base + url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  it('a worker uploads a screenshot before filing, and it is attached when the claim is filed', async () => {
    const bytes = png(1);
    const up = await upload('/api/evidence', worker, bytes, '工资条.png');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      kind: 'image',
      mime: 'image/png',
      size: bytes.length,
      name: '工资条.png',
      uploadedBy: 'worker',
    });
    expect(up.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const again = await upload('/api/evidence', worker, bytes, '工资条.png');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(up.body.id);

    const filed = await fileClaim(t, worker, wageClaim({ evidenceIds: [up.body.id] }));
    expect(filed.status).toBe(201);
    expect(filed.body.case.evidence).toEqual([expect.objectContaining({ id: up.body.id, sha256: up.body.sha256 })]);
  });

  it('a file whose bytes are not what its name says is refused', async () => {
    const res = await upload(
      '/api/evidence',
      worker,
      Buffer.from('just some text pretending to be a photo'),
      'photo.jpg',
    );
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', fields: [{ path: '/body/file', rule: 'type' }] });
  });

  it('a PDF and a WeChat voice note are accepted by their bytes', async () => {
    expect(
      (await upload('/api/evidence', worker, Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj<<>>endobj\n'), 'contract.bin'))
        .body,
    ).toMatchObject({ kind: 'pdf', mime: 'application/pdf' });
    expect(
      (await upload('/api/evidence', worker, Buffer.concat([Buffer.from('#!AMR\n'), Buffer.alloc(64, 7)]), 'voice'))
        .body,
    ).toMatchObject({ kind: 'audio', mime: 'audio/amr' });
    // A recording made in a browser (MediaRecorder's WebM with Opus on Android and desktops).
    const webm = Buffer.concat([
      Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]),
      Buffer.alloc(64, 3),
    ]);
    expect((await upload('/api/evidence', worker, webm, 'voice.webm')).body).toMatchObject({
      kind: 'audio',
      mime: 'audio/webm',
    });
  });

  it('a photo over 10 MB is refused with the limit named', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const res = await upload('/api/evidence', worker, big, 'big.jpg');
    expect(res.status).toBe(413);
    expect(res.body.fields[0]).toMatchObject({ path: '/body/file', rule: 'size' });
  });

  it('a request without the file field says so', async () => {
    const res = await upload('/api/evidence', worker, png(2), 'x.png', 'photo');
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: '/body/file', rule: 'required' });
  });

  it('the worker signs the agreement with a signature image on the case', async () => {
    const caseId = (await fileClaim(t, worker, wageClaim({ stationCode: 'WZ-COURIER' }))).body.case.id;
    const staffAct = (action: string, body: object = {}) =>
      t.api('POST', `/api/admin/cases/${caseId}/actions/${action}`, { token: mediator, body });
    await staffAct('accept');
    await staffAct('start_mediation');
    const drafted = await staffAct(
      'record_agreement',
      unsignedAgreement('4200', { payer: RESPONDENT, paymentMethod: 'wechat_pay' }),
    );
    const textSha256 = drafted.body.agreement.textSha256;
    const pdf = await upload(`/api/cases/${caseId}/evidence`, worker, Buffer.from('%PDF-1.4 not a signature'), 'x.pdf');
    const sign = (id: string) =>
      t.api('POST', `/api/cases/${caseId}/actions/sign_agreement`, {
        token: worker,
        body: { signatureEvidenceId: id, textSha256 },
      });
    expect((await sign(pdf.body.id)).body.fields[0]).toMatchObject({
      path: '/body/signatureEvidenceId',
      rule: 'signature',
    });
    const signature = await upload(`/api/cases/${caseId}/evidence`, worker, png(9), 'signature.png');
    const res = await sign(signature.body.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'agreement',
      workerSignature: { evidenceId: signature.body.id, sha256: signature.body.sha256 },
    });
  });

  it("another worker's draft cannot be attached", async () => {
    const other = (await signInWorker(t, '13512340000')).accessToken;
    const theirs = (await upload('/api/evidence', other, png(3), 'theirs.png')).body.id;
    const res = await fileClaim(t, worker, wageClaim({ evidenceIds: [theirs] }));
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: '/body/evidenceIds/0', rule: 'draft' });
  });

  it('the worker and the handling station read a file; others cannot, by id guessing either', async () => {
    const bytes = png(4);
    const id = (await upload('/api/evidence', worker, bytes, 'chat.png')).body.id;
    const caseId = (await fileClaim(t, worker, wageClaim({ evidenceIds: [id], stationCode: 'WZ-COURIER' }))).body.case
      .id;
    const get = (token: string) =>
      fetch(`${t.base}/api/evidence/${id}/content`, { headers: { authorization: `Bearer ${token}` } });

    const mine = await get(worker);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('x-content-sha256')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Buffer.from(await mine.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await get(mediator)).status).toBe(200);
    expect((await get(outsider)).status).toBe(404);
    const stranger = (await signInWorker(t, '13512349999')).accessToken;
    expect((await get(stranger)).status).toBe(404);

    const staffAdds = await upload(
      `/api/admin/cases/${caseId}/evidence`,
      mediator,
      Buffer.from('%PDF-1.4 signed agreement'),
      '调解协议.pdf',
    );
    expect(staffAdds.body).toMatchObject({ uploadedBy: 'staff', kind: 'pdf' });
    expect((await upload(`/api/admin/cases/${caseId}/evidence`, outsider, png(5), 'x.png')).status).toBe(404);
    const workerAdds = await upload(`/api/cases/${caseId}/evidence`, worker, png(6), 'more.png');
    expect(workerAdds.status).toBe(201);
    const view = await t.api('GET', `/api/cases/${caseId}`, { token: worker });
    expect(view.body.evidence.map((e: { uploadedBy: string }) => e.uploadedBy)).toEqual(['worker', 'staff', 'worker']);
  });
});

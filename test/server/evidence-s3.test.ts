import fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
// s3rver is an S3 server for tests: it speaks S3's REST API and XML errors and keeps objects on
// disk. It checks the access key id of a Signature V4 request but not the signature itself.
import { S3FileStore } from '@gig/server/adapters/files';
import { SealedFileStore } from '@gig/server/adapters/files-sealed';
import { ENVELOPE_MAGIC } from '@gig/server/adapters/envelope';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { S3_KEY, startS3 } from './helpers/s3';
import { claim } from '../factories';
import { fileClaim } from '../factories/http';

// s3rver's built-in credentials.
const { accessKeyId: KEY_ID, secretAccessKey: SECRET } = S3_KEY;

describe('evidence on an S3-compatible store (STORAGE=s3)', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let endpoint: string;
  let t: TestApp;

  beforeAll(async () => {
    s3 = await startS3('gig-s3-');
    ({ endpoint } = s3);
    t = await startApp(s3.env);
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('a worker’s upload goes to the bucket, comes back byte for byte, and reaches the handling station only', async () => {
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
    });
    const other = await t.station({ code: 'WZ-OTHER', kind: 'government', areaCode: '330303' });
    const mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    const outsider = (await t.signIn((await t.staff('mediator', other)).username, STAFF_PASSWORD)).accessToken;
    const worker = (await signInWorker(t, '13512340000')).accessToken;

    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2048), Buffer.from('\n%%EOF\n')]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)]), '劳动合同.pdf');
    const up = await fetch(`${t.base}/api/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker}` },
      body: form,
    });
    expect(up.status).toBe(201);
    const view = await up.json();
    expect(view.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    // The object is in the bucket, not in UPLOAD_DIR.
    const store = new S3FileStore({
      endpoint,
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: KEY_ID,
      secretAccessKey: SECRET,
      forcePathStyle: true,
    });
    const row = await t.app.db.query('SELECT storageKey FROM evidence_files WHERE id = ?', [view.id]);
    // Sealed at rest: the bucket holds the envelope, which opens to the file with the data key.
    const stored = await store.get(row[0].storageKey);
    expect(stored.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC)).toBe(true);
    expect(stored.includes(pdf.subarray(100, 200))).toBe(false);
    const sealed = new SealedFileStore(store, t.app.services.protector);
    expect((await sealed.get(row[0].storageKey)).equals(pdf)).toBe(true);
    expect(fs.readdirSync(t.config.UPLOAD_DIR)).toEqual([]);

    const filed = await fileClaim(
      t,
      worker,
      claim({
        claimant: { name: '刘快递', idNumber: '11010519491231002X', phone: '13512340000' },
        respondent: { name: '温州某快递有限公司' },
        items: [{ type: 'unpaid_wages', amountYuan: '4200' }],
        stationCode: null,
        evidenceIds: [view.id],
      }),
    );
    expect(filed.status).toBe(201);
    const get = (token: string) =>
      fetch(`${t.base}/api/evidence/${view.id}/content`, { headers: { authorization: `Bearer ${token}` } });
    const mine = await get(worker);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);
    expect(mine.headers.get('x-content-sha256')).toBe(view.sha256);
    expect((await get(mediator)).status).toBe(200);
    expect((await get(outsider)).status).toBe(404);
  });

  it('a store that refuses the request is an error, not a silent loss', async () => {
    const wrong = new S3FileStore({
      endpoint,
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: 'NOT-A-KEY',
      secretAccessKey: SECRET,
      forcePathStyle: true,
    });
    await expect(wrong.put('ab/some-key', Buffer.from('x'))).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: expect.stringMatching(/HTTP 403 InvalidAccessKeyId/),
    });
    const store = new S3FileStore({
      endpoint,
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: KEY_ID,
      secretAccessKey: SECRET,
      forcePathStyle: true,
    });
    await expect(store.get('ab/missing')).rejects.toThrow(/HTTP 404 NoSuchKey/);
    // Unreachable: the API answers 503 and keeps no half-made row, so the app's retry starts clean.
    const down = await startApp({
      STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'evidence',
      S3_ACCESS_KEY_ID: KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET,
    });
    try {
      const worker = (await signInWorker(down, '13512349999')).accessToken;
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), 'a.pdf');
      const res = await fetch(`${down.base}/api/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${worker}` },
        body: form,
      });
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe('UPSTREAM_UNAVAILABLE');
      expect(await down.app.db.query('SELECT id FROM evidence_files')).toEqual([]);
    } finally {
      await down.close();
    }
    await store.put('ab/to-remove', Buffer.from('bytes'));
    await store.remove('ab/to-remove');
    await store.remove('ab/to-remove');
    await expect(store.get('ab/to-remove')).rejects.toThrow(/404/);
  });
});

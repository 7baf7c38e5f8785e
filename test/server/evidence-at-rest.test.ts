import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ENVELOPE_MAGIC } from '@gig/server/adapters/envelope';
import { signInWorker, startApp, type TestApp } from './helpers/app';
import { startS3 } from './helpers/s3';
import { png } from '../factories';

/**
 * Evidence (medical records and ID photos among it) is sealed at rest: each file in an envelope
 * with its own key wrapped by DATA_KEY, opened and checked while it streams back. Files written
 * before the change are still read; a file altered in the store is never served as if whole.
 */
const flip = (b: Buffer, at: number) => b.writeUInt8(b.readUInt8(at) ^ 1, at);
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]);

/** Reads a download to its end: the bytes, or null when the server broke it off. */
async function download(t: TestApp, token: string, id: string) {
  const res = await fetch(`${t.base}/api/evidence/${id}/content`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = await res.arrayBuffer().then(
    (b) => Buffer.from(b),
    () => null,
  );
  return {
    status: res.status,
    bytes,
    json: res.headers.get('content-type')?.includes('json') ? JSON.parse(String(bytes)) : null,
  };
}

describe('evidence at rest, in the local directory', () => {
  let t: TestApp;
  let worker: string;
  beforeAll(async () => {
    t = await startApp();
    worker = (await signInWorker(t, '13700000001')).accessToken;
  });
  afterAll(() => t.close());

  const upload = async (bytes: Buffer, name: string) => {
    const up = await t.upload('/api/evidence', worker, bytes, name);
    expect(up.status).toBe(201);
    const [row] = await t.app.db.query('SELECT storageKey FROM evidence_files WHERE id = ?', [up.body.id]);
    return { id: up.body.id as string, file: path.join(t.config.UPLOAD_DIR, row.storageKey) };
  };

  it('a photo and a long PDF are kept sealed, and come back byte for byte', async () => {
    for (const bytes of [png(1), pdf(300 * 1024)]) {
      const { id, file } = await upload(bytes, 'x');
      const stored = fs.readFileSync(file);
      expect(stored.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC)).toBe(true);
      expect(stored.includes(bytes.subarray(8, 40))).toBe(false);
      expect(stored.length).toBeGreaterThan(bytes.length);
      const got = await download(t, worker, id);
      expect(got.status).toBe(200);
      expect(got.bytes?.equals(bytes)).toBe(true);
    }
  });

  it('a sealed file altered, cut short or swapped in the store is not served as valid', async () => {
    const small = await upload(png(2), 'a.png');
    const sealed = fs.readFileSync(small.file);
    flip(sealed, sealed.length - 30);
    fs.writeFileSync(small.file, sealed);
    expect(await download(t, worker, small.id)).toMatchObject({ status: 500, json: { code: 'STORED_FILE_CORRUPT' } });

    const long = pdf(300 * 1024);
    const big = await upload(long, 'b.pdf');
    const whole = fs.readFileSync(big.file);
    const flipped = Buffer.from(whole);
    flip(flipped, flipped.length - 100);
    for (const bad of [flipped, whole.subarray(0, whole.length - 64 * 1024 - 16)]) {
      fs.writeFileSync(big.file, bad);
      const got = await download(t, worker, big.id);
      // Broken off mid-way (the segments before the damage were whole), or refused outright.
      if (got.status === 200) expect(got.bytes).toBeNull();
      else expect(got.json).toMatchObject({ code: 'STORED_FILE_CORRUPT' });
    }

    // Another file's envelope put in its place opens under neither key.
    const other = await upload(png(3), 'c.png');
    fs.copyFileSync(other.file, small.file);
    expect(await download(t, worker, small.id)).toMatchObject({ status: 500, json: { code: 'STORED_FILE_CORRUPT' } });
  });

  it('a file stored before encryption is still served, and checked against its SHA-256', async () => {
    const bytes = png(4);
    const { id, file } = await upload(bytes, 'old.png');
    fs.writeFileSync(file, bytes); // as the store held it before this change
    const got = await download(t, worker, id);
    expect(got.status).toBe(200);
    expect(got.bytes?.equals(bytes)).toBe(true);

    const altered = Buffer.from(bytes);
    flip(altered, altered.length - 5);
    fs.writeFileSync(file, altered);
    expect(await download(t, worker, id)).toMatchObject({ status: 500, json: { code: 'STORED_FILE_CORRUPT' } });
  });
});

describe('evidence at rest, in an S3-compatible bucket', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let dir: string;
  let t: TestApp;
  let worker: string;
  const spools = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('gig-s3-') && f.endsWith('.part'));
  const objects = () =>
    (fs.readdirSync(path.join(dir, 'evidence'), { recursive: true }) as string[]).filter((f) =>
      f.endsWith('._S3rver_object'),
    );

  beforeAll(async () => {
    s3 = await startS3('gig-s3-rest-');
    dir = s3.dir;
    t = await startApp(s3.env);
    worker = (await signInWorker(t, '13700000002')).accessToken;
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('the bucket holds envelopes only; a file over its cap leaves neither an object nor a spool file', async () => {
    const bytes = pdf(200 * 1024);
    const up = await t.upload('/api/evidence', worker, bytes, '病历.pdf');
    expect(up.status).toBe(201);
    const [object] = objects().map((f) => fs.readFileSync(path.join(dir, 'evidence', f)));
    expect(object!.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC)).toBe(true);
    expect(object!.includes(bytes.subarray(9, 64))).toBe(false);
    expect((await download(t, worker, up.body.id)).bytes?.equals(bytes)).toBe(true);

    const before = objects().length;
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const over = await t.upload('/api/evidence', worker, big, 'big.jpg');
    expect(over).toMatchObject({ status: 413, body: { fields: [{ rule: 'size' }] } });
    expect(objects()).toHaveLength(before);
    expect(spools()).toEqual([]);
  });
});

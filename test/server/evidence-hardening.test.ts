import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim, png } from '../factories';
import { fileClaim } from '../factories/http';

/**
 * What an adversarial test of the uploads found, each as the scenario that failed: uploads held
 * whole in memory, no quota on drafts, parallel twins stored several times, malformed forms
 * answered 500, control and bidi characters in file names shown to staff.
 */
const B = 'gig-boundary-7d1f';
const FORM = `multipart/form-data; boundary=${B}`;
const field = (name: string, value: string) =>
  Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
const fileHead = (filename: string, name = 'file') =>
  Buffer.from(
    `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
const filePart = (bytes: Buffer, filename = 'x.png', name = 'file') =>
  Buffer.concat([fileHead(filename, name), bytes, Buffer.from('\r\n')]);
const END = Buffer.from(`--${B}--\r\n`);
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]);

/** Every file under a directory (the store's objects and any partial files). */
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile())
    : [];

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20)))
    if (check()) return true;
  return check();
}

describe('evidence uploads, hardened', () => {
  let t: TestApp;
  let mediator: string;
  let caseWorker: string;
  let caseId: string;
  let phone = 13600000000;
  const newWorker = async () => (await signInWorker(t, String(++phone))).accessToken;

  beforeAll(async () => {
    t = await startApp({ EVIDENCE_DRAFT_MAX_FILES: '4', EVIDENCE_DRAFT_MAX_MB: '8' });
    const courier = await t.station({
      code: 'WZ-COURIER',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
    });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    caseWorker = await newWorker();
    const filed = await fileClaim(
      t,
      caseWorker,
      claim({
        claimant: { name: '刘快递', idNumber: '11010519491231002X', phone: String(phone) },
        respondent: { name: '温州某快递有限公司' },
        items: [{ type: 'unpaid_wages', amountYuan: '4200' }],
        stationCode: 'WZ-COURIER',
      }),
    );
    caseId = filed.body.case.id;
  });
  afterAll(() => t.close());

  const send = async (url: string, token: string, body: Buffer, type = FORM) => {
    const res = await fetch(t.base + url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const form = (bytes: Buffer, name = 'x.png', fields: Buffer[] = []) =>
    Buffer.concat([...fields, filePart(bytes, name), END]);

  /** A request written by hand, so the test decides when each piece of the body goes out. */
  function slowUpload(url: string, token: string) {
    const req = http.request(t.base + url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': FORM, 'transfer-encoding': 'chunked' },
      agent: false,
    });
    const answer = new Promise<{ status: number; body: { code: string; fields?: { rule: string }[] } }>(
      (resolve, reject) => {
        req.on('response', (res) => {
          let raw = '';
          res.on('data', (c) => (raw += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(raw) }));
        });
        req.on('error', reject);
      },
    );
    const write = (b: Buffer) => new Promise<void>((r) => (req.write(b) ? r() : req.once('drain', r)));
    return { req, answer, write };
  }

  it('an upload reaches the store while it is still arriving, not after the server has held it whole', async () => {
    const token = await newWorker();
    const before = filesUnder(t.config.UPLOAD_DIR).length;
    const up = slowUpload('/api/evidence', token);
    await up.write(fileHead('合同.pdf'));
    const file = pdf(3 * 1024 * 1024);
    for (let i = 0; i < 2 * 1024 * 1024; i += 64 * 1024) await up.write(file.subarray(i, i + 64 * 1024));
    // Two thirds sent, the request still open: its bytes are already in the store (a partial file).
    expect(await until(() => filesUnder(t.config.UPLOAD_DIR).length > before, 5000)).toBe(true);
    await up.write(file.subarray(2 * 1024 * 1024));
    up.req.end(Buffer.concat([Buffer.from('\r\n'), END]));
    expect((await up.answer).status).toBe(201);
  });

  it('a photo over its cap is answered 413 as soon as it passes the cap, and leaves no partial file', async () => {
    const token = await newWorker();
    const before = filesUnder(t.config.UPLOAD_DIR).length;
    const up = slowUpload('/api/evidence', token);
    await up.write(fileHead('big.jpg'));
    await up.write(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const mb = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < 11; i++) await up.write(mb);
    // 11 MB sent and the request not ended: the answer is already there.
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([
      up.answer,
      new Promise((r) => (timer = setTimeout(() => r('no answer yet'), 5000))),
    ]);
    clearTimeout(timer);
    expect(early).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', fields: [{ rule: 'size' }] } });
    up.req.end();
    expect(await until(() => filesUnder(t.config.UPLOAD_DIR).length === before, 2000)).toBe(true);
  });

  it('a worker keeps at most the configured number of files waiting to be filed, and a retry of one kept is still answered', async () => {
    const token = await newWorker();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const up = await t.upload('/api/evidence', token, png(100 + i), `截图${i}.png`);
      expect(up.status).toBe(201);
      ids.push(up.body.id);
    }
    const fifth = await t.upload('/api/evidence', token, png(104), '截图4.png');
    expect(fifth.status).toBe(429);
    expect(fifth.body).toMatchObject({
      code: 'EVIDENCE_DRAFT_FILES_LIMIT',
      message: expect.stringContaining('上限'),
      details: { maxFiles: 4, files: 4 },
      fields: [{ path: '/body/file', rule: 'draft_files', message: expect.stringMatching(/at most 4 files and 8 MB/) }],
    });
    const retry = await t.upload('/api/evidence', token, png(100), '截图0.png');
    expect(retry).toMatchObject({ status: 200, body: { id: ids[0] } });

    // Filed with a claim, they no longer count.
    const filed = await fileClaim(
      t,
      token,
      claim({ respondent: { name: '某公司' }, evidenceIds: ids, stationCode: null }),
    );
    expect(filed.status).toBe(201);
    expect((await t.upload('/api/evidence', token, png(104), '截图4.png')).status).toBe(201);
  });

  it('the draft quota also holds the total size, and for uploads sent all at once', async () => {
    const token = await newWorker();
    expect((await t.upload('/api/evidence', token, pdf(5 * 1024 * 1024), 'a.pdf')).status).toBe(201);
    const stored = filesUnder(t.config.UPLOAD_DIR).length;
    const over = await t.upload('/api/evidence', token, pdf(4 * 1024 * 1024), 'b.pdf');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ code: 'EVIDENCE_DRAFT_BYTES_LIMIT', details: { maxBytes: 8 * 1024 * 1024 } });
    expect(filesUnder(t.config.UPLOAD_DIR).length).toBe(stored);

    const parallel = await newWorker();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.upload('/api/evidence', parallel, png(300 + i), `p${i}.png`)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(6);
  });

  it('ten identical uploads at once keep one file, and all ten answers name it', async () => {
    const token = await newWorker();
    const bytes = png(4242);
    const before = filesUnder(t.config.UPLOAD_DIR).length;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => t.upload('/api/evidence', token, bytes, '工资条.png')),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await t.app.db.query('SELECT id FROM evidence_files WHERE sha256 = ?', [answers[0]!.body.sha256]);
    expect(rows).toHaveLength(1);
    expect(await until(() => filesUnder(t.config.UPLOAD_DIR).length === before + 1, 2000)).toBe(true);
  });

  describe('a malformed form on each upload route is a 400 that names the problem', () => {
    const routes = () => [
      { url: '/api/evidence', token: caseWorker },
      { url: `/api/cases/${caseId}/evidence`, token: caseWorker },
      { url: `/api/admin/cases/${caseId}/evidence`, token: mediator },
    ];
    const cases: [string, () => Buffer, string, { path: string; rule: string }][] = [
      ['no boundary', () => form(png(1)), 'multipart/form-data', { path: '/body', rule: 'multipart' }],
      ['cut short', () => Buffer.concat([fileHead('a.png'), png(2)]), FORM, { path: '/body', rule: 'multipart' }],
      ['not a form', () => Buffer.from('{"file": "a photo"}'), FORM, { path: '/body', rule: 'multipart' }],
      [
        'two files',
        () => Buffer.concat([filePart(png(3)), filePart(png(4)), END]),
        FORM,
        { path: '/body/file', rule: 'one_file' },
      ],
      [
        'a text field over 1 KB',
        () => form(png(5), 'a.png', [field('consent', 'x'.repeat(2000))]),
        FORM,
        { path: '/body/consent', rule: 'maxLength' },
      ],
      [
        'a field twice',
        () => form(png(6), 'a.png', [field('category', 'other'), field('category', 'chat')]),
        FORM,
        { path: '/body/category', rule: 'duplicate' },
      ],
      [
        'the file in another field',
        () => Buffer.concat([filePart(png(7), 'a.png', 'photo'), END]),
        FORM,
        { path: '/body/file', rule: 'required' },
      ],
    ];
    it.each(cases)('%s', async (_name, body, type, problem) => {
      for (const r of routes()) {
        const res = await send(r.url, r.token, body(), type);
        expect({ url: r.url, status: res.status, fields: res.body.fields }).toEqual({
          url: r.url,
          status: 400,
          fields: [expect.objectContaining(problem)],
        });
      }
    });

    it('a form refused before its file is read, and cut short too, is answered and breaks nothing', async () => {
      const stranger = await newWorker();
      const broken = Buffer.concat([fileHead('a.png'), png(10)]);
      for (let i = 0; i < 3; i++)
        expect((await send(`/api/cases/${caseId}/evidence`, stranger, broken)).status).toBeGreaterThanOrEqual(400);
      expect((await t.upload(`/api/cases/${caseId}/evidence`, caseWorker, png(12), 'ok.png')).status).toBe(201);
    });

    it('many text fields are refused, the parser’s field limit behind them', async () => {
      const many = Array.from({ length: 20 }, (_, i) => field(i % 2 ? 'category' : 'consent', 'other'));
      for (const r of routes()) expect((await send(r.url, r.token, form(png(8), 'a.png', many))).status).toBe(400);
      const unknown = await send('/api/evidence', caseWorker, form(png(9), 'a.png', [field('note', 'hi')]));
      expect(unknown).toMatchObject({ status: 400, body: { code: 'UNKNOWN_FIELD', fields: [{ path: '/body/note' }] } });
    });
  });

  it.each([
    ['a right-to-left override', 'gnp.\u202Eexe.png'],
    ['an isolate', '\u2067工资条.png'],
    ['NUL', 'a\u0000b.png'],
    ['a bell', 'a\u0007.png'],
  ])('a file name with %s is refused, naming the field', async (_what, name) => {
    for (const [url, token] of [
      ['/api/evidence', caseWorker],
      [`/api/admin/cases/${caseId}/evidence`, mediator],
    ] as const) {
      const res = await send(url, token, form(png(11), name));
      expect(res).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED', fields: [{ path: '/body/file', rule: 'filename' }] },
      });
    }
  });
});

import fs from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buffer } from 'node:stream/consumers';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { AppError } from '../errors';

export { EVIDENCE_CAPS, sniff, type EvidenceKind } from './file-types';

/**
 * Where evidence bytes live: a local directory by default, or any S3-compatible store (STORAGE=s3).
 * `put` streams: the bytes are never held whole in memory, and when the source fails (a file over
 * its cap, a request cut off) nothing is left under the key.
 */
export interface FileStore {
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** The stored bytes as a stream; rejects when there is no such object. */
  open(key: string): Promise<Readable>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{2}\/[A-Za-z0-9_-]+$/;
const streamOf = (body: Readable | Buffer): Readable => (Buffer.isBuffer(body) ? Readable.from([body]) : body);

export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!KEY.test(key)) throw new Error('bad storage key');
    return path.join(this.dir, key);
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash or a refused upload mid-write never leaves a half file under the real name.
    const part = `${file}.part`;
    try {
      await pipeline(streamOf(body), createWriteStream(part, { mode: 0o600, flags: 'wx' }));
      await fs.rename(part, file);
    } catch (err) {
      await fs.rm(part, { force: true });
      throw err;
    }
  }

  async open(key: string): Promise<Readable> {
    return (await fs.open(this.file(key), 'r')).createReadStream();
  }

  get(key: string): Promise<Buffer> {
    return fs.readFile(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Tencent COS, Aliyun OSS in S3 mode): PUT, GET and DELETE
 * of one object, signed with AWS Signature V4. Path style (`endpoint/bucket/key`) or virtual-hosted
 * (`bucket.endpoint/key`). Objects are private; the API streams them to whoever may see them.
 */
export class S3FileStore implements FileStore {
  private readonly aws: AwsClient;

  constructor(
    private readonly opts: {
      endpoint: string;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
      timeoutMs?: number;
    },
  ) {
    this.aws = new AwsClient({
      accessKeyId: opts.accessKeyId,
      secretAccessKey: opts.secretAccessKey,
      region: opts.region,
      service: 's3',
      retries: 2,
    });
  }

  private url(key: string): string {
    if (!KEY.test(key)) throw new Error('bad storage key');
    const base = new URL(this.opts.endpoint);
    if (this.opts.forcePathStyle) return `${base.origin}${base.pathname.replace(/\/$/, '')}/${this.opts.bucket}/${key}`;
    return `${base.protocol}//${this.opts.bucket}.${base.host}/${key}`;
  }

  /**
   * A failure is a 503 UPSTREAM_UNAVAILABLE for the API (the client keeps the file and retries), with
   * the store's own words in the message for the log. The timeout covers the answer's headers: a
   * download then streams at the reader's pace.
   */
  private async call(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    let res: Response;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error('timed out')), this.opts.timeoutMs ?? 30_000);
    try {
      res = await this.aws.fetch(this.url(key), {
        method,
        ...(body ? { body: new Uint8Array(body), headers: { 'content-type': 'application/octet-stream' } } : {}),
        signal: abort.signal,
      });
    } catch (err) {
      throw new AppError('UPSTREAM_UNAVAILABLE', {
        message: `object store ${method} ${key}: ${(err as Error).message}`,
        details: { upstream: 'storage' },
      });
    } finally {
      clearTimeout(timer);
    }
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) {
      const text = await res.text().catch(() => '');
      const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
      throw new AppError('UPSTREAM_UNAVAILABLE', {
        message: `object store ${method} ${key}: HTTP ${res.status}${code ? ` ${code}` : ''}`,
        details: { upstream: 'storage' },
      });
    }
    return res;
  }

  /**
   * A stream is spooled to a temporary file first (S3 wants the length before the body), hashing
   * it on the way so the request signs its payload, then sent from the file: memory stays flat
   * whatever the size, and a source that fails sends nothing.
   */
  async put(key: string, body: Readable | Buffer): Promise<void> {
    if (Buffer.isBuffer(body)) return void (await (await this.call('PUT', key, body)).arrayBuffer());
    const spool = path.join(os.tmpdir(), `gig-s3-${randomUUID()}.part`);
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, hashing, createWriteStream(spool, { mode: 0o600, flags: 'wx' }));
      await this.putFile(key, spool, hash.digest('hex'));
    } finally {
      await fs.rm(spool, { force: true });
    }
  }

  /**
   * PUT from a file over node:http(s), so the body goes at the socket's pace (fetch reads a stream
   * body ahead of the socket and holds it: 24 parallel 19 MB PUTs took 450 MB that way). Signed
   * with the payload's SHA-256; retried twice on 5xx, 429 or a network failure.
   */
  private async putFile(key: string, file: string, sha256: string): Promise<void> {
    const url = this.url(key);
    const { size } = await fs.stat(file);
    let failure = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      const signed = await this.aws.sign(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'x-amz-content-sha256': sha256 },
      });
      const headers: Record<string, string> = { 'content-length': String(size) };
      signed.headers.forEach((v, k) => (headers[k] = v));
      const res = await putFrom(url, headers, file, this.opts.timeoutMs ?? 30_000).catch((err: Error) => ({
        status: 0,
        text: err.message,
      }));
      if (res.status >= 200 && res.status < 300) return;
      const code = /<Code>([^<]+)<\/Code>/.exec(res.text)?.[1];
      failure = res.status ? `HTTP ${res.status}${code ? ` ${code}` : ''}` : res.text;
      if (res.status && res.status < 500 && res.status !== 429) break;
    }
    throw new AppError('UPSTREAM_UNAVAILABLE', {
      message: `object store PUT ${key}: ${failure}`,
      details: { upstream: 'storage' },
    });
  }

  async open(key: string): Promise<Readable> {
    const res = await this.call('GET', key);
    return res.body ? Readable.fromWeb(res.body as WebReadableStream<Uint8Array>) : Readable.from([]);
  }

  async get(key: string): Promise<Buffer> {
    return buffer(await this.open(key));
  }

  async remove(key: string): Promise<void> {
    await (await this.call('DELETE', key)).arrayBuffer();
  }
}

/** One PUT of a file's bytes; the timeout is the socket's idle time. */
function putFrom(
  url: string,
  headers: Record<string, string>,
  file: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = (url.startsWith('https:') ? https : http).request(url, { method: 'PUT', headers, timeout: timeoutMs });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c.length < 4096 ? c : ''));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    pipeline(createReadStream(file), req).catch(reject);
  });
}

import fs from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { AppError } from '../errors';

/** Where evidence bytes live: a local directory by default, or any S3-compatible store (STORAGE=s3). */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!/^[a-f0-9]{2}\/[A-Za-z0-9_-]+$/.test(key)) throw new Error('bad storage key');
    return path.join(this.dir, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash mid-write never leaves a half file under the real name.
    await fs.writeFile(`${file}.part`, bytes, { mode: 0o600 });
    await fs.rename(`${file}.part`, file);
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
    if (!/^[a-f0-9]{2}\/[A-Za-z0-9_-]+$/.test(key)) throw new Error('bad storage key');
    const base = new URL(this.opts.endpoint);
    if (this.opts.forcePathStyle) return `${base.origin}${base.pathname.replace(/\/$/, '')}/${this.opts.bucket}/${key}`;
    return `${base.protocol}//${this.opts.bucket}.${base.host}/${key}`;
  }

  /** A failure is a 503 UPSTREAM_UNAVAILABLE for the API (the client keeps the file and retries), with the store's own words in the message for the log. */
  private async call(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    let res: Response;
    try {
      res = await this.aws.fetch(this.url(key), {
        method,
        ...(body ? { body: new Uint8Array(body), headers: { 'content-type': 'application/octet-stream' } } : {}),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new AppError('UPSTREAM_UNAVAILABLE', {
        message: `object store ${method} ${key}: ${(err as Error).message}`,
        details: { upstream: 'storage' },
      });
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

  async put(key: string, bytes: Buffer): Promise<void> {
    await (await this.call('PUT', key, bytes)).arrayBuffer();
  }

  async get(key: string): Promise<Buffer> {
    return Buffer.from(await (await this.call('GET', key)).arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    await (await this.call('DELETE', key)).arrayBuffer();
  }
}

export type EvidenceKind = 'image' | 'pdf' | 'audio';

/**
 * What a file is, from its first bytes (its name and declared type are not trusted): photos and
 * screenshots (JPEG, PNG, WebP, HEIC), PDF, and short audio (MP3, M4A/AAC, AMR — WeChat voice —, WAV, OGG).
 */
export function sniff(b: Buffer): { kind: EvidenceKind; mime: string; ext: string } | null {
  const at = (offset: number, sig: number[]) => sig.every((v, i) => b[offset + i] === v);
  const ascii = (offset: number, s: string) =>
    b.length >= offset + s.length && b.toString('latin1', offset, offset + s.length) === s;
  if (at(0, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg', ext: 'jpg' };
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png', ext: 'png' };
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return { kind: 'image', mime: 'image/webp', ext: 'webp' };
  if (ascii(4, 'ftypheic') || ascii(4, 'ftypheix') || ascii(4, 'ftypmif1'))
    return { kind: 'image', mime: 'image/heic', ext: 'heic' };
  if (ascii(0, '%PDF-')) return { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  if (ascii(0, 'ID3') || at(0, [0xff, 0xfb]) || at(0, [0xff, 0xf3]) || at(0, [0xff, 0xf2]))
    return { kind: 'audio', mime: 'audio/mpeg', ext: 'mp3' };
  if (ascii(4, 'ftypM4A') || ascii(4, 'ftypmp42') || ascii(4, 'ftypisom'))
    return { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' };
  if (ascii(0, '#!AMR')) return { kind: 'audio', mime: 'audio/amr', ext: 'amr' };
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return { kind: 'audio', mime: 'audio/wav', ext: 'wav' };
  if (ascii(0, 'OggS')) return { kind: 'audio', mime: 'audio/ogg', ext: 'ogg' };
  return null;
}

/** Per-kind size caps, in bytes. */
export const EVIDENCE_CAPS: Record<EvidenceKind, number> = {
  image: 10 * 1024 * 1024,
  pdf: 20 * 1024 * 1024,
  audio: 20 * 1024 * 1024,
};

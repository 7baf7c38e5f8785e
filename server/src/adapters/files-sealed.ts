import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { FileStore } from './files';
import { OpenStream, SealStream, type KeyWrapper } from './envelope';

/** `a` piped into `t`, each destroyed when the other fails; returns `t`. */
function chain<T extends NodeJS.ReadWriteStream>(a: Readable, t: T): T {
  return pipeline(a, t, () => undefined) as unknown as T;
}

/**
 * Evidence encrypted at rest, in front of any FileStore (the local directory or S3): each file
 * in its own envelope (`envelope.ts`: a random per-file key wrapped by the data key, AES-256-GCM
 * in checked segments), sealed while it streams in and opened while it streams out. Files stored
 * before encryption (no envelope header) are read as they are. For S3, the bucket's server-side
 * encryption may be turned on as well: it sees only envelopes.
 */
export class SealedFileStore implements FileStore {
  constructor(
    private readonly inner: FileStore,
    private readonly keys: KeyWrapper,
  ) {}

  put(key: string, body: Readable | Buffer): Promise<void> {
    const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
    return this.inner.put(key, chain(source, new SealStream(this.keys, key)));
  }

  /** The file's bytes; a damaged or altered segment fails the stream (STORED_FILE_CORRUPT) before any of its bytes are given out. */
  async open(key: string): Promise<Readable> {
    return chain(await this.inner.open(key), new OpenStream(this.keys, key));
  }

  async get(key: string): Promise<Buffer> {
    return buffer(await this.open(key));
  }

  remove(key: string): Promise<void> {
    return this.inner.remove(key);
  }
}

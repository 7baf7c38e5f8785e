import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../errors';

/** Seals and opens a per-file key; DataProtector does it with a key derived from DATA_KEY. */
export interface KeyWrapper {
  wrapKey(key: Buffer, aad: Buffer): Buffer;
  unwrapKey(wrapped: Buffer, aad: Buffer): Buffer;
}

/**
 * The envelope every evidence file is stored in (version 1):
 *
 *   magic "\x89GIGEV" (6) | version 1 (1) | wrapped file key (60: IV 12, key 32, tag 16) | nonce prefix (7)
 *   then the file in segments of 64 KiB, each AES-256-GCM with its own 16-byte tag
 *
 * A segment's nonce is the prefix, its number (4 bytes) and a last-segment flag (1 byte), and the
 * header is its additional data (the STREAM construction, as in Tink and age): each segment is
 * checked before any of its bytes are released, and a file cut short, reordered or joined from
 * two files fails. The file key is random per file and wrapped bound to the header and the
 * object's storage key, so two objects swapped in the store fail too. A file that does not begin
 * with the magic was stored before encryption and is read as it is.
 */
export const ENVELOPE_MAGIC = Buffer.from([0x89, 0x47, 0x49, 0x47, 0x45, 0x56]);
const VERSION = 1;
const SEGMENT = 64 * 1024;
const TAG = 16;
const PREFIX = 7;
const WRAPPED = 12 + 32 + TAG;
const LEAD = ENVELOPE_MAGIC.length + 1;
export const HEADER_BYTES = LEAD + WRAPPED + PREFIX;

/** A stored file that fails its check (damaged, cut short or altered) is never served as if it were whole. */
export const integrityError = (what: string): AppError =>
  new AppError('STORED_FILE_CORRUPT', { message: `stored file failed its integrity check: ${what}` });

function nonce(prefix: Buffer, n: number, last: boolean): Buffer {
  const out = Buffer.alloc(12);
  prefix.copy(out, 0);
  out.writeUInt32BE(n, PREFIX);
  out[11] = last ? 1 : 0;
  return out;
}

const bindingOf = (lead: Buffer, storageKey: string) => Buffer.concat([lead, Buffer.from(storageKey, 'utf8')]);

/** Collects chunks and hands out whole segments, keeping the last one back until the end. */
class Segments {
  private parts: Buffer[] = [];
  length = 0;
  add(chunk: Buffer): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
  /** The next `size` bytes, when more than `size` are held (so it is not the last segment). */
  take(size: number): Buffer | null {
    if (this.length <= size) return null;
    const all = Buffer.concat(this.parts);
    this.parts = [all.subarray(size)];
    this.length -= size;
    return all.subarray(0, size);
  }
  rest(): Buffer {
    const all = Buffer.concat(this.parts);
    this.parts = [];
    this.length = 0;
    return all;
  }
}

/** Plain bytes in, the envelope out. */
export class SealStream extends Transform {
  private readonly key = randomBytes(32);
  private readonly prefix = randomBytes(PREFIX);
  private readonly header: Buffer;
  private readonly held = new Segments();
  private n = 0;

  constructor(keys: KeyWrapper, storageKey: string) {
    super();
    const lead = Buffer.concat([ENVELOPE_MAGIC, Buffer.from([VERSION])]);
    this.header = Buffer.concat([lead, keys.wrapKey(this.key, bindingOf(lead, storageKey)), this.prefix]);
    this.push(this.header);
  }

  private seal(plain: Buffer, last: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.prefix, this.n++, last)).setAAD(this.header);
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.held.add(chunk);
    for (let s = this.held.take(SEGMENT); s; s = this.held.take(SEGMENT)) this.push(this.seal(s, false));
    done();
  }

  override _flush(done: TransformCallback): void {
    this.push(this.seal(this.held.rest(), true));
    done();
  }
}

/** The stored bytes in, the file out: an envelope is opened and checked segment by segment; older plain files pass as they are. */
export class OpenStream extends Transform {
  private readonly held = new Segments();
  private mode: 'head' | 'plain' | 'sealed' = 'head';
  private key: Buffer | null = null;
  private header: Buffer | null = null;
  private prefix: Buffer | null = null;
  private n = 0;

  constructor(
    private readonly keys: KeyWrapper,
    private readonly storageKey: string,
  ) {
    super();
  }

  private open(sealed: Buffer, last: boolean): Buffer {
    if (sealed.length < TAG) throw integrityError('cut short');
    const decipher = createDecipheriv('aes-256-gcm', this.key!, nonce(this.prefix!, this.n++, last)).setAAD(
      this.header!,
    );
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
    } catch {
      throw integrityError(`segment ${this.n - 1} does not authenticate`);
    }
  }

  /** Decides plain or sealed from the first bytes; reads the header once it is all there. */
  private readHead(final: boolean): void {
    const have = this.held.length;
    if (have < LEAD && !final) return;
    const head = this.held.rest();
    if (!head.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC)) {
      this.mode = 'plain';
      if (head.length) this.push(head);
      return;
    }
    if (head.length < HEADER_BYTES && !final) return this.held.add(head);
    if (head.length < HEADER_BYTES) throw integrityError('header cut short');
    if (head[ENVELOPE_MAGIC.length] !== VERSION) throw integrityError(`unknown envelope version ${head[6]}`);
    this.header = head.subarray(0, HEADER_BYTES);
    const lead = head.subarray(0, LEAD);
    try {
      this.key = this.keys.unwrapKey(head.subarray(LEAD, LEAD + WRAPPED), bindingOf(lead, this.storageKey));
    } catch {
      throw integrityError('the file key does not open (another key, another object, or altered)');
    }
    this.prefix = head.subarray(LEAD + WRAPPED, HEADER_BYTES);
    this.mode = 'sealed';
    this.held.add(head.subarray(HEADER_BYTES));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.mode === 'plain') return done(null, chunk);
      this.held.add(chunk);
      if (this.mode === 'head') this.readHead(false);
      if (this.mode === 'sealed')
        for (let s = this.held.take(SEGMENT + TAG); s; s = this.held.take(SEGMENT + TAG))
          this.push(this.open(s, false));
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.mode === 'head') this.readHead(true);
      if (this.mode === 'sealed') this.push(this.open(this.held.rest(), true));
      done();
    } catch (err) {
      done(err as Error);
    }
  }
}

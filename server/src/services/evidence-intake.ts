import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors';
import { WorkerEntity, type EvidenceFileEntity } from '../entities';
import { integrityError } from '../adapters/envelope';
import { EVIDENCE_CAPS, sniff, type EvidenceKind } from '../adapters/files';

const ACCEPTED = 'photos (JPEG, PNG, WebP, HEIC), PDF, or audio (MP3, M4A, AMR, WAV, OGG)';
/** The longest signature `sniff` reads (`RIFF....WEBP`, `....ftypheic`). */
const HEAD_BYTES = 16;

export interface Intaken {
  kind: EvidenceKind;
  mime: string;
  ext: string;
  size: number;
  sha256: string;
}

/**
 * An upload on its way to the store: its type read from its first bytes (refused at once when it
 * is none of ours), its size held to its kind's cap (the stream fails as soon as the cap is
 * passed, so the store drops the partial file), and its SHA-256 computed, all as it streams.
 */
export class Intake extends Transform {
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private size = 0;
  private type: ReturnType<typeof sniff> = null;
  private digest: string | null = null;

  /** What arrived, once the stream has ended. */
  result(): Intaken {
    if (!this.type || this.digest === null) throw new Error('the upload has not been read to its end');
    return { ...this.type, size: this.size, sha256: this.digest };
  }

  private decide(): AppError | null {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.type = sniff(head);
    if (!this.type)
      return new AppError('UNSUPPORTED_MEDIA_TYPE', {
        fields: [{ path: '/body/file', rule: 'type', message: `must be ${ACCEPTED}` }],
      });
    this.push(head);
    return this.overCap();
  }

  private overCap(): AppError | null {
    const cap = EVIDENCE_CAPS[this.type!.kind];
    if (this.size <= cap) return null;
    return new AppError('PAYLOAD_TOO_LARGE', {
      fields: [
        {
          path: '/body/file',
          rule: 'size',
          message: `a ${this.type!.kind} file may be at most ${cap / 1024 / 1024} MB`,
        },
      ],
    });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.type) {
      const err = this.overCap();
      return err ? done(err) : done(null, chunk);
    }
    this.head.push(chunk);
    if (this.size < HEAD_BYTES) return done();
    done(this.decide());
  }

  override _flush(done: TransformCallback): void {
    const err = this.type ? null : this.decide();
    if (err) return done(err);
    this.digest = this.hash.digest('hex');
    done();
  }
}

/** Runs one task at a time per key, in this process (the database row lock does it across processes). */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(task, task);
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

/**
 * The id a file gets, from a keyed hash of who owns it, where it goes (a case or the drafts), its
 * SHA-256 and a counter: parallel uploads of the same bytes to the same place all pick the same
 * id, so the primary key lets one in and the others answer with it. The counter moves on when the
 * id is held by another place's file (a draft since filed with a claim). Shaped as a UUID (v8).
 */
export function evidenceId(
  hash: (s: string) => string,
  owner: string,
  caseId: string | null,
  sha256: string,
  n: number,
) {
  const h = hash(`${owner}|${caseId ?? 'draft'}|${sha256}|${n}`)
    .slice(0, 32)
    .split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Holds each chunk back until the next arrives, so the last one goes out only when size and SHA-256 match. */
export function checkSha256(row: Pick<EvidenceFileEntity, 'size' | 'sha256'>): Transform {
  const hash = createHash('sha256');
  let size = 0;
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      const out = held;
      held = chunk;
      done(null, out ?? undefined);
    },
    flush(done) {
      if (size !== row.size || hash.digest('hex') !== row.sha256) return done(integrityError('size or SHA-256 differ'));
      done(null, held ?? undefined);
    },
  });
}

/** The worker's row lock (MySQL, MariaDB): one owner's uploads are decided one after another across processes. */
export async function lockWorker(em: EntityManager, workerId: string): Promise<void> {
  if (em.connection.options.type === 'better-sqlite3') return;
  await em
    .createQueryBuilder(WorkerEntity, 'w')
    .select('w.id')
    .where('w.id = :id', { id: workerId })
    .setLock('pessimistic_write')
    .getRawOne();
}

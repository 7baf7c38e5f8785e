import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  SENSITIVE_CONSENT,
  SENSITIVE_EVIDENCE,
  type EvidenceCategory,
  type EvidenceView,
  type Principal,
} from '@gig/shared';
import { EvidenceFileEntity } from '../entities';
import { AppError } from '../errors';
import type { CaseReach } from './cases/reach';
import type { FileStore } from '../adapters/files';
import { audit } from './audit';
import { isDeadlock, isUniqueViolation } from './db-errors';
import { checkSha256, evidenceId, Intake, KeyedMutex, lockWorker, type Intaken } from './evidence-intake';

/** One uploaded file as the multipart route reads it: the text fields before it, and its bytes as they arrive. */
export interface Upload {
  filename: string;
  category: EvidenceCategory;
  consent: string | null;
  /** The file's bytes, streaming from the request (a malformed request fails it with a 400). */
  body: Readable;
  /** Reads the rest of the request once the file is stored: refuses a second file. */
  finish(): Promise<void>;
  /** Throws the rest of the request away, after a refusal. */
  discard(): void;
}

export interface EvidenceOptions {
  /** Per worker, for files not yet filed with a claim. */
  draftMaxFiles: number;
  draftMaxBytes: number;
  /** A keyed hash (DataProtector.lookupHash) for the ids of files. */
  hash: (value: string) => string;
}

export function evidenceView(e: EvidenceFileEntity): EvidenceView {
  return {
    id: e.id,
    kind: e.kind,
    mime: e.mime,
    size: e.size,
    sha256: e.sha256,
    name: e.originalName,
    uploadedBy: e.uploadedByType,
    category: e.category,
    sensitive: e.sensitive,
    at: e.createdAt.toISOString(),
  };
}

type Kept = { row: EvidenceFileEntity; replayed: boolean };
const MB = 1024 * 1024;

/**
 * Evidence files: streamed to the store (sealed at rest there) while their type is read from
 * their bytes, their size held to the kind's cap and their SHA-256 computed; then recorded once.
 * A worker may upload before filing (a draft, attached at submission), within a quota; afterwards
 * the worker and the handling station add to the case. Only the worker, the station and roles
 * above it read them.
 */
export class EvidenceService {
  private readonly owners = new KeyedMutex();

  constructor(
    private readonly ds: DataSource,
    private readonly store: FileStore,
    private readonly reach: CaseReach,
    private readonly opts: EvidenceOptions,
  ) {}

  /** Removes a file's bytes from the store (its row already gone). */
  removeStored(storageKey: string): Promise<void> {
    return this.store.remove(storageKey);
  }

  async upload(p: Principal, file: Upload, caseId: string | null): Promise<{ view: EvidenceView; replayed: boolean }> {
    try {
      const sensitive = SENSITIVE_EVIDENCE.includes(file.category);
      this.checkConsent(p, file, sensitive);
      let owner: string;
      if (caseId) owner = (await this.reach.load(p, caseId, 'contribute')).c.workerId;
      else if (p.role === 'worker') owner = p.id;
      else throw new AppError('FORBIDDEN');

      const objectId = randomUUID();
      const storageKey = `${objectId.slice(0, 2)}/${objectId}`;
      const intake = new Intake();
      await this.store.put(
        storageKey,
        pipeline(file.body, intake, () => undefined),
      );
      try {
        await file.finish();
        const kept = await this.keep(p, file, { caseId, owner, sensitive, storageKey, ...intake.result() });
        if (kept.replayed) await this.store.remove(storageKey);
        return { view: evidenceView(kept.row), replayed: kept.replayed };
      } catch (err) {
        await this.store.remove(storageKey).catch(() => undefined);
        throw err;
      }
    } catch (err) {
      file.discard();
      throw err;
    }
  }

  /**
   * PIPL art 29: sensitive personal information needs the worker's own, separate consent. Staff
   * add such files only from the worker (e.g. a hospital record handed over at the station) after
   * the worker consented in the app; a staff upload of a sensitive category is refused.
   */
  private checkConsent(p: Principal, file: Upload, sensitive: boolean): void {
    if (!sensitive || (p.role === 'worker' && file.consent === SENSITIVE_CONSENT.version)) return;
    throw new AppError('SENSITIVE_CONSENT_REQUIRED', {
      fields: [
        {
          path: '/body/consent',
          rule: 'separate_consent',
          message:
            p.role === 'worker'
              ? `a ${file.category} file needs the worker's separate consent: send consent=${SENSITIVE_CONSENT.version}`
              : 'only the worker can upload sensitive evidence, with their separate consent',
        },
      ],
      details: { consentVersion: SENSITIVE_CONSENT.version },
    });
  }

  /**
   * Records the stored file once. The same bytes again for the same place are a retry (or a
   * parallel twin): the answer names the file already kept. One owner's files are decided one at
   * a time (in this process, and under the worker's row lock across processes), and the id is
   * derived from owner, place and hash, so the primary key refuses a twin that slips past both.
   */
  private async keep(
    p: Principal,
    file: Upload,
    f: Intaken & { caseId: string | null; owner: string; sensitive: boolean; storageKey: string },
  ): Promise<Kept> {
    const same = (r: EvidenceFileEntity) =>
      r.ownerWorkerId === f.owner && r.sha256 === f.sha256 && r.caseId === f.caseId;
    // Files kept before ids were derived have random ids: look for those by their content.
    const earlier = await this.ds
      .getRepository(EvidenceFileEntity)
      .findOneBy({ ownerWorkerId: f.owner, sha256: f.sha256, caseId: f.caseId ?? IsNull() });
    if (earlier) return { row: earlier, replayed: true };
    return this.owners.run(f.owner, async () => {
      for (let n = 0; n < 20; n++) {
        const id = evidenceId(this.opts.hash, f.owner, f.caseId, f.sha256, n);
        let outcome: Kept | AppError | 'taken';
        try {
          outcome = await this.ds.transaction(async (em) => {
            await lockWorker(em, f.owner);
            const held = await em.findOneBy(EvidenceFileEntity, { id });
            if (held) return same(held) ? { row: held, replayed: true } : 'taken';
            const refusal = f.caseId ? null : await this.overQuota(em, f.owner, f.size);
            if (refusal) return refusal;
            await this.insert(em, p, file, f, id);
            return { row: await em.findOneByOrFail(EvidenceFileEntity, { id }), replayed: false };
          });
        } catch (err) {
          // Another process inserted the twin first (or a cluster node's commit lost to it).
          if (!isUniqueViolation(err) && !isDeadlock(err)) throw err;
          const held = await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id });
          if (!held) throw err;
          outcome = same(held) ? { row: held, replayed: true } : 'taken';
        }
        if (outcome instanceof AppError) throw outcome;
        if (outcome !== 'taken') return outcome;
      }
      throw new Error('no free evidence id after 20 tries');
    });
  }

  /** The draft quota: refused (429) when this file would take the worker past the count or the total size. */
  private async overQuota(em: EntityManager, owner: string, size: number): Promise<AppError | null> {
    const used = await em
      .createQueryBuilder(EvidenceFileEntity, 'e')
      .select('COUNT(*)', 'files')
      .addSelect('COALESCE(SUM(e.size), 0)', 'bytes')
      .where('e.ownerWorkerId = :owner AND e.caseId IS NULL', { owner })
      .getRawOne<{ files: number | string; bytes: number | string }>();
    const files = Number(used?.files ?? 0);
    const bytes = Number(used?.bytes ?? 0);
    const { draftMaxFiles: maxFiles, draftMaxBytes: maxBytes } = this.opts;
    const over = files + 1 > maxFiles ? 'files' : bytes + size > maxBytes ? 'bytes' : null;
    if (!over) return null;
    const limit = `at most ${maxFiles} files and ${(maxBytes / MB).toFixed(0)} MB in all may wait to be filed with a claim`;
    const have = `you have ${files} files, ${(bytes / MB).toFixed(1)} MB; this one is ${(size / MB).toFixed(1)} MB`;
    return new AppError(over === 'files' ? 'EVIDENCE_DRAFT_FILES_LIMIT' : 'EVIDENCE_DRAFT_BYTES_LIMIT', {
      fields: [
        { path: '/body/file', rule: over === 'files' ? 'draft_files' : 'draft_bytes', message: `${limit}; ${have}` },
      ],
      details: { maxFiles, maxBytes, files, bytes, size },
    });
  }

  private async insert(
    em: EntityManager,
    p: Principal,
    file: Upload,
    f: Intaken & { caseId: string | null; owner: string; sensitive: boolean; storageKey: string },
    id: string,
  ): Promise<void> {
    await em.insert(EvidenceFileEntity, {
      id,
      caseId: f.caseId,
      ownerWorkerId: f.owner,
      uploadedByType: p.role === 'worker' ? 'worker' : 'staff',
      uploadedById: p.id,
      kind: f.kind,
      mime: f.mime,
      size: f.size,
      sha256: f.sha256,
      // Path separators never reach a stored name (control and bidi characters were refused).
      originalName: (file.filename || `evidence.${f.ext}`).replace(/[/\\]/g, '_').slice(0, 200),
      storageKey: f.storageKey,
      category: file.category,
      sensitive: f.sensitive,
      consentVersion: f.sensitive ? SENSITIVE_CONSENT.version : null,
      consentAt: f.sensitive ? new Date() : null,
      createdAt: new Date(),
    });
    // The consent is part of the processing record (PIPL art 55-56 keep such logs for 3 years).
    if (f.sensitive)
      await audit(em, {
        actorType: 'worker',
        actorId: p.id,
        action: 'evidence.sensitive_consent',
        targetType: 'evidence',
        targetId: id,
        detail: { category: file.category, consentVersion: SENSITIVE_CONSENT.version, caseId: f.caseId },
        requestId: null,
      });
  }

  /**
   * The bytes of one file as a stream, for its worker or the staff who may see its case; others
   * get 404. Opened from its envelope and checked against its SHA-256 on the way: a file that
   * does not match fails before its last bytes are given out.
   */
  async content(p: Principal, id: string): Promise<{ row: EvidenceFileEntity; body: Readable }> {
    const row = await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id });
    if (!row) throw new AppError('NOT_FOUND');
    if (p.role === 'worker') {
      if (row.ownerWorkerId !== p.id) throw new AppError('NOT_FOUND');
    } else {
      if (!row.caseId) throw new AppError('NOT_FOUND');
      const { access } = await this.reach.load(p, row.caseId);
      if (row.sensitive && !access.sensitiveEvidence) throw new AppError('NOT_FOUND');
    }
    return { row, body: pipeline(await this.store.open(row.storageKey), checkSha256(row), () => undefined) };
  }

  async forCase(caseId: string): Promise<EvidenceView[]> {
    return (
      await this.ds.getRepository(EvidenceFileEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } })
    ).map(evidenceView);
  }
}

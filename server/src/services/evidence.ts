import { createHash, randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
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
import { EVIDENCE_CAPS, sniff, type FileStore } from '../adapters/files';
import { audit } from './audit';

/** One uploaded file as the multipart route read it. */
export interface Upload {
  filename: string;
  bytes: Buffer;
  category: EvidenceCategory;
  consent: string | null;
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

const ACCEPTED = 'photos (JPEG, PNG, WebP, HEIC), PDF, or audio (MP3, M4A, AMR, WAV, OGG)';

/**
 * Evidence files: checked by their bytes, capped by kind, hashed, stored through a FileStore.
 * A worker may upload before filing (a draft, attached at submission); afterwards the worker and
 * the handling station add to the case. Only the worker, the station and roles above it read them.
 */
export class EvidenceService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: FileStore,
    private readonly reach: CaseReach,
  ) {}

  async upload(p: Principal, file: Upload, caseId: string | null): Promise<{ view: EvidenceView; replayed: boolean }> {
    const sensitive = SENSITIVE_EVIDENCE.includes(file.category);
    // PIPL art 29: sensitive personal information needs the worker's own, separate consent. Staff
    // add such files only from the worker (e.g. a hospital record handed over at the station) after
    // the worker consented in the app; a staff upload of a sensitive category is refused.
    if (sensitive && (p.role !== 'worker' || file.consent !== SENSITIVE_CONSENT.version)) {
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
    const type = sniff(file.bytes);
    if (!type)
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
        fields: [{ path: '/body/file', rule: 'type', message: `must be ${ACCEPTED}` }],
      });
    if (file.bytes.length > EVIDENCE_CAPS[type.kind]) {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        fields: [
          {
            path: '/body/file',
            rule: 'size',
            message: `a ${type.kind} file may be at most ${EVIDENCE_CAPS[type.kind] / 1024 / 1024} MB`,
          },
        ],
      });
    }
    let owner: string;
    if (caseId) owner = (await this.reach.load(p, caseId, 'contribute')).c.workerId;
    else if (p.role === 'worker') owner = p.id;
    else throw new AppError('FORBIDDEN');

    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const repo = this.ds.getRepository(EvidenceFileEntity);
    // The same bytes again for the same place is a retry: answer with the file already kept.
    const same = await repo.findOneBy({ ownerWorkerId: owner, sha256, caseId: caseId ?? IsNull() });
    if (same) return { view: evidenceView(same), replayed: true };

    const id = randomUUID();
    const storageKey = `${sha256.slice(0, 2)}/${id}`;
    await this.store.put(storageKey, file.bytes);
    const row = repo.create({
      id,
      caseId,
      ownerWorkerId: owner,
      uploadedByType: p.role === 'worker' ? 'worker' : 'staff',
      uploadedById: p.id,
      kind: type.kind,
      mime: type.mime,
      size: file.bytes.length,
      sha256,
      // Control characters and path separators never reach a stored name or a header.
      // eslint-disable-next-line no-control-regex
      originalName: (file.filename || `evidence.${type.ext}`).replace(/[\u0000-\u001f/\\]/g, '_').slice(0, 200),
      storageKey,
      category: file.category,
      sensitive,
      consentVersion: sensitive ? SENSITIVE_CONSENT.version : null,
      consentAt: sensitive ? new Date() : null,
    });
    await this.ds.transaction(async (em) => {
      await em.save(row);
      // The consent is part of the processing record (PIPL art 55-56 keep such logs for 3 years).
      if (sensitive)
        await audit(em, {
          actorType: 'worker',
          actorId: p.id,
          action: 'evidence.sensitive_consent',
          targetType: 'evidence',
          targetId: row.id,
          detail: { category: file.category, consentVersion: SENSITIVE_CONSENT.version, caseId },
          requestId: null,
        });
    });
    return { view: evidenceView(row), replayed: false };
  }

  /** The bytes of one file, for its worker or the staff who may see its case; others get 404 or 403. */
  async content(p: Principal, id: string): Promise<{ row: EvidenceFileEntity; bytes: Buffer }> {
    const row = await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id });
    if (!row) throw new AppError('NOT_FOUND');
    if (p.role === 'worker') {
      if (row.ownerWorkerId !== p.id) throw new AppError('NOT_FOUND');
    } else {
      if (!row.caseId) throw new AppError('NOT_FOUND');
      const { access } = await this.reach.load(p, row.caseId);
      if (row.sensitive && !access.sensitiveEvidence) throw new AppError('NOT_FOUND');
    }
    return { row, bytes: await this.store.get(row.storageKey) };
  }

  async forCase(caseId: string): Promise<EvidenceView[]> {
    return (
      await this.ds.getRepository(EvidenceFileEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } })
    ).map(evidenceView);
  }
}

import { Column, Entity, Index } from 'typeorm';
import type { EvidenceCategory } from '@gig/shared';
import { CreatedAt, Identified, enumColumn, timestamp } from './columns';

/**
 * One uploaded file: a draft (no case yet) until the claim it belongs to is filed. The SHA-256
 * is shown to both sides so anyone can tell the file was not changed.
 */
@Entity('evidence_files')
@Index('ix_evidence_case', ['caseId'])
@Index('ix_evidence_owner_sha', ['ownerWorkerId', 'sha256', 'caseId'])
export class EvidenceFileEntity extends Identified {
  @Column({ type: 'varchar', length: 36, nullable: true })
  caseId!: string | null;

  /** The worker whose claim this is (also for files staff add to the case). */
  @Column({ type: 'varchar', length: 36 })
  ownerWorkerId!: string;

  @Column(enumColumn(8))
  uploadedByType!: 'worker' | 'staff';

  @Column({ type: 'varchar', length: 36 })
  uploadedById!: string;

  @Column(enumColumn(8))
  kind!: 'image' | 'pdf' | 'audio';

  @Column({ type: 'varchar', length: 40 })
  mime!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  originalName!: string;

  @Column({ type: 'varchar', length: 80 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 16, default: 'other' })
  category!: EvidenceCategory;

  /** Sensitive personal information (PIPL art 28): kept only with the worker's separate consent. */
  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  /** The version of the consent text the worker agreed to, and when. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  consentVersion!: string | null;

  @Column(timestamp(true))
  consentAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}

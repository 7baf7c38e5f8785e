import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, Identified, enumColumn } from './columns';

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

  @CreatedAt()
  createdAt!: Date;
}

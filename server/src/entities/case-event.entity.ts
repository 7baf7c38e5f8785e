import { Column, Entity, Index } from 'typeorm';
import type { CaseStatus } from '@gig/shared';
import { CreatedAt, Identified, enumColumn } from './columns';

/** Append-only history of a case: who did what, from which status to which, why, and when. */
@Entity('case_events')
@Index('uq_case_events_seq', ['caseId', 'seq'], { unique: true })
export class CaseEventEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  /** 1, 2, 3… per case; unique, so two writers cannot both append the same step. */
  @Column({ type: 'int' })
  seq!: number;

  @Column(enumColumn())
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromStatus!: CaseStatus | null;

  @Column(enumColumn())
  toStatus!: CaseStatus;

  @Column(enumColumn(8))
  actorType!: 'staff' | 'worker' | 'system';

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column(enumColumn())
  actorRole!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  stationId!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @CreatedAt()
  createdAt!: Date;
}

import { Column, Entity, Index } from 'typeorm';
import type { WorkLogKind } from '@gig/shared';
import { Identified, enumColumn, timestamp } from './columns';

/**
 * One line of a worker's own work record (issue 17 point 5). Append-only: never updated or
 * deleted by the application; a correction is a new row naming the one it corrects. Each row's
 * SHA-256 covers its content, its files' hashes, the server's savedAt and the previous row's
 * hash (`seq` orders a worker's chain; the unique index keeps it from forking).
 */
@Entity('work_log_entries')
@Index('ux_work_log_seq', ['workerId', 'seq'], { unique: true })
@Index('ux_work_log_key', ['workerId', 'idempotencyKey'], { unique: true })
@Index('ix_work_log_date', ['workerId', 'date'])
export class WorkLogEntryEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  workerId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column(enumColumn(16))
  kind!: WorkLogKind;

  /** Hundredths of an hour. */
  @Column({ type: 'int', nullable: true })
  hoursX100!: number | null;

  @Column({ type: 'int', nullable: true })
  orders!: number | null;

  @Column({ type: 'int', nullable: true })
  amountFen!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  platform!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** The files as they were when saved: id and SHA-256, in the order given. */
  @Column({ type: 'simple-json' })
  evidence!: { id: string; sha256: string }[];

  @Column({ type: 'varchar', length: 36, nullable: true })
  corrects!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the request body, to tell a retry from a different entry under the same key. */
  @Column({ type: 'varchar', length: 64 })
  requestSha256!: string;

  @Column(timestamp())
  savedAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  prevSha256!: string | null;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;
}

import { Column, Entity, Index } from 'typeorm';
import type { StaffNoticeKind } from '@gig/shared';
import { CreatedAt, Identified, enumColumn, timestamp } from './columns';

/**
 * Something a staff account is told about a case that concerns them (a case dispatched to their
 * outlet, an invitation to an urgent consultation), written in the same transaction as the event.
 */
@Entity('staff_notices')
@Index('ix_staff_notices_staff', ['staffId', 'createdAt'])
export class StaffNoticeEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  staffId!: string;

  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  @Column({ type: 'varchar', length: 20 })
  caseNumber!: string;

  @Column(enumColumn())
  kind!: StaffNoticeKind;

  /** When the thing it is about happens (a meeting), if it has a time. */
  @Column(timestamp(true))
  at!: Date | null;

  @Column(timestamp(true))
  readAt!: Date | null;

  /** An early warning's respondent (cases.respondentGroup): the notice opens its page, not the case. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  respondentGroup!: string | null;

  @CreatedAt()
  createdAt!: Date;
}

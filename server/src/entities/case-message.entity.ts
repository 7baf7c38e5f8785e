import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, Identified, enumColumn } from './columns';

/**
 * A message between the worker and the station on a case, or a staff-only internal note.
 * `clientId` is made by the sender's device: a retried post finds the message already there.
 */
@Entity('case_messages')
@Index('ix_case_messages_case', ['caseId', 'createdAt'])
@Index('uq_case_messages_client', ['caseId', 'clientId'], { unique: true })
export class CaseMessageEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  @Column({ type: 'varchar', length: 36 })
  clientId!: string;

  @Column(enumColumn(8))
  authorType!: 'worker' | 'staff';

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @Column(enumColumn())
  authorRole!: string;

  @Column({ type: 'varchar', length: 100 })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Staff-only note: never shown to the worker. */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @CreatedAt()
  createdAt!: Date;
}

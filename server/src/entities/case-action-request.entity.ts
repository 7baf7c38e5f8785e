import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, Identified, enumColumn } from './columns';

/**
 * An acting request that carried an `Idempotency-Key`: written in the transaction that applies the
 * action, so a retry with the same key finds it and changes nothing (another body under the same
 * key is a 409). Keys are per user: two users cannot collide.
 */
@Entity('case_action_requests')
@Index('uq_case_action_requests_key', ['actorId', 'idempotencyKey'], { unique: true })
export class CaseActionRequestEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  actorId!: string;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  @Column(enumColumn())
  action!: string;

  /** SHA-256 of the case, the action and the body: the same key with anything else is a conflict. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @CreatedAt()
  createdAt!: Date;
}

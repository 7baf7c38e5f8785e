import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, Identified, enumColumn, timestamp } from './columns';

/**
 * A respondent without an account, reached by SMS: a link with a token, which after a code sent to
 * the same phone opens that one case as its outlet's respondent. The token is kept as a keyed hash
 * (for lookup) and sealed (to text it); the phone sealed with its keyed hash.
 */
@Entity('respondent_invites')
@Index('uq_respondent_invites_token', ['tokenHash'], { unique: true })
@Index('ix_respondent_invites_sms', ['smsStatus', 'createdAt'])
export class RespondentInviteEntity extends Identified {
  @Index('ix_respondent_invites_case')
  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  @Column({ type: 'varchar', length: 20 })
  caseNumber!: string;

  /** The outlet the respondent answers for (the access rules treat them as its manager, for this case). */
  @Column({ type: 'varchar', length: 36 })
  outletId!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 255 })
  tokenEnc!: string;

  @Column({ type: 'varchar', length: 255 })
  phoneEnc!: string;

  /** The last day the outlet has to answer, for the text. */
  @Column({ type: 'varchar', length: 10 })
  answerBy!: string;

  @Column(timestamp())
  expiresAt!: Date;

  /** pending: to text; sent; failed: gave up after the last attempt. */
  @Column(enumColumn(8))
  smsStatus!: 'pending' | 'sent' | 'failed';

  @Column({ type: 'int', default: 0 })
  smsAttempts!: number;

  @Column(timestamp(true))
  revokedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}

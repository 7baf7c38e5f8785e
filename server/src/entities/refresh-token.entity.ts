import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, enumColumn, timestamp, Identified } from './columns';

/**
 * A refresh token, stored as its SHA-256. Each use rotates it: the old one is marked replaced.
 * Presenting a replaced token again means it was copied, so the whole family is revoked.
 */
@Entity('refresh_tokens')
@Index('ix_refresh_family', ['familyId'])
@Index('ix_refresh_subject', ['subjectType', 'subjectId'])
export class RefreshTokenEntity extends Identified {
  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 36 })
  familyId!: string;

  @Column(enumColumn(16))
  subjectType!: 'staff' | 'worker' | 'respondent';

  @Column({ type: 'varchar', length: 36 })
  subjectId!: string;

  @Column(timestamp())
  expiresAt!: Date;

  @Column(timestamp(true))
  replacedAt!: Date | null;

  @Column(timestamp(true))
  revokedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}

import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, timestamp, Identified } from './columns';

/**
 * One SMS code sent. Kept in the database (not in memory) so every API process sees the same
 * codes and the same per-phone and per-IP counts.
 */
@Entity('otp_challenges')
@Index('ix_otp_phone_created', ['phoneHash', 'createdAt'])
@Index('ix_otp_ip_created', ['ipHash', 'createdAt'])
export class OtpChallengeEntity extends Identified {
  @Column({ type: 'varchar', length: 64 })
  phoneHash!: string;

  @Column({ type: 'varchar', length: 64 })
  ipHash!: string;

  /** HMAC of the code; the code itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  codeHash!: string;

  @Column(timestamp())
  expiresAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column(timestamp(true))
  consumedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { StaffRole } from '@gig/shared';
import { CreatedAt, UpdatedAt, enumColumn, timestamp, Identified } from './columns';
import { StationEntity } from './station.entity';

@Entity('staff_users')
export class StaffUserEntity extends Identified {
  @Index('uq_staff_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column(enumColumn())
  role!: StaffRole;

  @Column({ type: 'varchar', length: 36, nullable: true })
  stationId!: string | null;

  @ManyToOne(() => StationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stationId' })
  station?: StationEntity | null;

  /** scrypt$N$r$p$salt$hash */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  /** No longer counted here: failed sign-ins are in `signin_counters` (SignInThrottle). Kept at 0. */
  @Column({ type: 'int', default: 0 })
  failedLogins!: number;

  /** Until when some source (or every new source) must wait to sign in: the staff page's "locked". */
  @Column(timestamp(true))
  lockedUntil!: Date | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** A phone (sealed, as workers' are) for texts that must reach them: early warnings to supervisors. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneEnc!: string | null;

  @Column(timestamp(true))
  lastLoginAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

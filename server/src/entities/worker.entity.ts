import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, UpdatedAt, timestamp, Identified } from './columns';

/**
 * A worker's account. The phone is kept encrypted (AES-256-GCM) with a keyed hash for look-ups;
 * the WeChat openid as a keyed hash for sign-in look-ups and encrypted, since sending a WeChat
 * subscribe message needs it.
 */
@Entity('workers')
export class WorkerEntity extends Identified {
  @Index('uq_workers_openid_hash', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openidHash!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  openidEnc!: string | null;

  @Index('uq_workers_phone_hash', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  phoneHash!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneEnc!: string | null;

  @Column({ type: 'varchar', length: 100, default: '' })
  displayName!: string;

  @Column(timestamp(true))
  lastLoginAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

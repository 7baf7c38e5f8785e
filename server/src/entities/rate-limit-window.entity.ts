import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The hits of one route's per-address rate limit in its current window, kept in the database so
 * that every API process counts the same requests (services/rate-limit-store.ts). Keyed by an
 * HMAC of the route and the address, so the address is not stored. A window opens at a key's
 * first hit; the first hit after it ended opens the next; rows long over are pruned.
 */
@Entity('rate_limit_windows')
@Index('ix_rate_limit_windows_end', ['windowEndsMs'])
export class RateLimitWindowEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyHash!: string;

  /** When this window ends, in milliseconds since the epoch. */
  @Column({ type: 'bigint' })
  windowEndsMs!: string;

  @Column({ type: 'int' })
  hits!: number;
}

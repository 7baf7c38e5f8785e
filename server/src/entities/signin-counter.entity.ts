import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { enumColumn, timestamp } from './columns';

/**
 * Failed staff sign-ins in a window, kept in the database so every API process counts the same
 * guesses. One row per typed username (`account`, its ceiling) and per username and source
 * address (`source`); both keyed by an HMAC, so neither the username nor the address is stored,
 * and a username nobody has gets rows like one that exists. An attempt takes its slot with a
 * conditional UPDATE before the password is compared (services/signin-throttle.ts).
 */
@Entity('signin_counters')
@Index('ix_signin_counters_account', ['accountHash'])
@Index('ix_signin_counters_window', ['windowEndsAt'])
export class SignInCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Column(enumColumn(16))
  scope!: 'source' | 'account';

  /** The account row's key, on both kinds: what a password reset forgets. */
  @Column({ type: 'varchar', length: 64 })
  accountHash!: string;

  /** Attempts taken in this window (a correct password gives its slot back). */
  @Column({ type: 'int', default: 0 })
  failures!: number;

  @Column(timestamp())
  windowEndsAt!: Date;

  /** A source the owner signed in from: it may still try when the account's ceiling is reached. */
  @Column(timestamp(true))
  trustedUntil!: Date | null;
}

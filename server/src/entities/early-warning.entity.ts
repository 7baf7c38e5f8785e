import { Column, Entity, Index } from 'typeorm';
import { Identified, timestamp } from './columns';

/**
 * An early warning raised: a respondent with claims from at least EARLY_WARNING_MIN_CASES
 * different workers in EARLY_WARNING_DAYS. Once per respondent and window: the window is the
 * `days`-long period of China's calendar the raising run falls in (windowStart, windowEnd), and
 * the unique key makes a second process raising the same one fail instead of telling everyone
 * twice. Written with the supervisors' inbox notices in one transaction; `notifiedAt` once every
 * supervisor with a phone has been texted (services/warnings/raise.ts).
 */
@Entity('early_warnings')
@Index('uq_early_warnings_window', ['respondentGroup', 'windowStart'], { unique: true })
@Index('ix_early_warnings_raised', ['raisedAt'])
export class EarlyWarningEntity extends Identified {
  /** cases.respondentGroup */
  @Column({ type: 'varchar', length: 100 })
  respondentGroup!: string;

  /** The respondent's name as its latest claim spells it, when raised. */
  @Column({ type: 'varchar', length: 200 })
  respondentName!: string;

  /** First day of the window (YYYY-MM-DD, China). */
  @Column({ type: 'varchar', length: 10 })
  windowStart!: string;

  /** Last day of the window (YYYY-MM-DD, China). */
  @Column({ type: 'varchar', length: 10 })
  windowEnd!: string;

  /** Different workers with a claim against it in the `days` before raising. */
  @Column({ type: 'int' })
  workers!: number;

  /** Claims against it in the same days (a worker's repeat claims each count here). */
  @Column({ type: 'int' })
  claims!: number;

  @Column(timestamp())
  raisedAt!: Date;

  /** When every supervisor with a phone had been texted (the inbox notices are written on raising). */
  @Column(timestamp(true))
  notifiedAt!: Date | null;

  /** Rounds that tried to text it (a round claims an attempt before sending). */
  @Column({ type: 'int', default: 0 })
  smsAttempts!: number;
}

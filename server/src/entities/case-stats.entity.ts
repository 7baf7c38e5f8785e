import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The statistics' daily roll-up: per China calendar day, handling station, industry and claim
 * type, how many cases moved how (services/stats/rollup.ts says what each counter counts). Written
 * in the same transaction as the case event that moves it, so the figures never drift from the
 * cases; read by GET /api/admin/stats, which then sums a few thousand rows instead of scanning
 * every case. `claimType` '' is the case as a whole (each case once); a case with several claim
 * types is also counted once under each of them, for the claim-type filter and grouping.
 */
/** The key both roll-ups share: a China calendar day, the handling station, the industry and the claim type. */
abstract class StatsKey {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  claimType!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  /** '' when no station handles the case (never null: part of the key). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  stationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  industry!: string;
}

@Entity('case_stats_daily')
// The open cases at a day are a sum over every day before it: this index alone answers it.
@Index('ix_case_stats_daily_open', ['claimType', 'day', 'stationId', 'industry', 'openDelta'])
export class CaseStatsDayEntity extends StatsKey {
  @Column({ type: 'int', default: 0 }) filed!: number;
  @Column({ type: 'int', default: 0 }) accepted!: number;
  @Column({ type: 'int', default: 0 }) rejected!: number;
  @Column({ type: 'int', default: 0 }) agreements!: number;
  @Column({ type: 'int', default: 0 }) failures!: number;
  @Column({ type: 'int', default: 0 }) withdrawn!: number;
  /** Cases that became open (+: filed, transferred in) or stopped being open (−: ended, transferred out). */
  @Column({ type: 'int', default: 0 }) openDelta!: number;
  @Column({ type: 'int', default: 0 }) legalAid!: number;
  @Column({ type: 'int', default: 0 }) urgent!: number;
  @Column({ type: 'int', default: 0 }) transferred!: number;
  @Column({ type: 'bigint', default: 0 }) claimedFen!: string;
  @Column({ type: 'bigint', default: 0 }) agreedFen!: string;
  @Column({ type: 'bigint', default: 0 }) paidFen!: string;
}

/**
 * The durations behind the medians: per day, station, industry and claim type (as above), how
 * many cases took `days` calendar days from filing to acceptance (`kind` 'acceptance') or to the
 * end of their mediation ('resolution'). A median over any period is read from these counts.
 */
@Entity('case_stats_days')
// Every column, so a period's histogram is read from the index alone (SQLite's tables are not clustered).
@Index('ix_case_stats_days_all', ['claimType', 'day', 'stationId', 'industry', 'kind', 'days', 'n'])
export class CaseStatsDurationEntity extends StatsKey {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  kind!: 'acceptance' | 'resolution';

  @PrimaryColumn({ type: 'int' })
  days!: number;

  @Column({ type: 'int', default: 0 })
  n!: number;
}

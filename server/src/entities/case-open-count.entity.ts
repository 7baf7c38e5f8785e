import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many open cases each station handles, by status and by the flags the workbench counts: kept
 * in the same transaction as every filing and case event (services/cases/open-counts.ts), so the
 * workbench reads a few dozen rows instead of counting a station's whole backlog. Terminal
 * statuses are not counted. `dueOn` is the case's next due date ('' when none), so that due soon
 * and overdue are sums over a few days' rows too, not a range over the cases.
 */
@Entity('case_open_counts')
export class CaseOpenCountEntity {
  /** '' when no station handles the case (never null: part of the key). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  stationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  status!: string;

  @PrimaryColumn({ type: 'boolean' })
  urgent!: boolean;

  @PrimaryColumn({ type: 'boolean' })
  legalAid!: boolean;

  /** The case's next due date (YYYY-MM-DD), '' when no deadline runs (never null: part of the key). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'int', default: 0 })
  n!: number;
}

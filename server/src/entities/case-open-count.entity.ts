import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many open cases each station handles, kept in the same transaction as every filing and case
 * event (services/cases/open-counts.ts), so the workbench reads a few dozen rows instead of
 * counting a station's whole backlog. Terminal statuses are not counted. Two kinds of row: a
 * total per status and flags (`dueOn` '*'), and per next due day and month (`status` '*', flags
 * 0, `dueOn` 'YYYY-MM-DD' or 'MYYYY-MM'), so that due soon and overdue are sums over a few rows.
 */
// The citywide workbench (every station) reads the same rows by status and day.
@Index('ix_case_open_counts_status_due', ['status', 'dueOn', 'urgent', 'legalAid', 'n'])
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

  /** '*' on a total row; else a next due day (YYYY-MM-DD) or month (MYYYY-MM). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'int', default: 0 })
  n!: number;
}

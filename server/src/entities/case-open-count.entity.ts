import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many open cases each station handles, by status and by the flags the workbench counts: kept
 * in the same transaction as every filing and case event (services/cases/open-counts.ts), so the
 * workbench reads a few dozen rows instead of counting a station's whole backlog. Terminal
 * statuses are not counted. `dated` is whether the case has a next due date: the overdue count is
 * the dated cases less those due today or later, which an index range on the cases answers.
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

  @PrimaryColumn({ type: 'boolean' })
  dated!: boolean;

  @Column({ type: 'int', default: 0 })
  n!: number;
}

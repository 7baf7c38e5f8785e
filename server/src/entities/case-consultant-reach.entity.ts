import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The open urgent cases each consultant reaches (services/cases/consultant-reach.ts), one row per
 * consultant and case, kept in the same transaction as every case event, with the case's columns
 * the workbench counts by under the cases' own names: so the consultant's counts read this
 * table's index alone, where reading the cases would look up each one's whole row.
 */
// The consultant's rows, and every column a count or a reach condition reads (covering).
@Index('ix_case_consultant_reach_counts', [
  'staffUserId',
  'status',
  'nextDue',
  'urgent',
  'legalAid',
  'stationId',
  'outletId',
  'respondentOutletId',
  'lawyerId',
  'id',
])
@Entity('case_consultant_reach')
export class CaseConsultantReachEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  staffUserId!: string;

  /** The case's id. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  nextDue!: string | null;

  @Column({ type: 'boolean' })
  urgent!: boolean;

  @Column({ type: 'boolean' })
  legalAid!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  stationId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  outletId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  respondentOutletId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  lawyerId!: string | null;
}

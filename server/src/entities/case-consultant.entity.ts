import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Who is consulted on an urgent case (product.md: the station brings in the arbitration
 * institution, legal aid, a bureau), one row per consultant and case, while the case is urgent:
 * the same list as `cases.consultants`, kept with it in the transaction of the action that sets
 * it (services/cases/consultants.ts). The queue and the workbench find a consultant's cases here,
 * by the key, instead of reading every urgent case for the id in its JSON list.
 */
@Entity('case_consultants')
export class CaseConsultantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  consultantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Index('ix_case_consultants_case')
  caseId!: string;
}

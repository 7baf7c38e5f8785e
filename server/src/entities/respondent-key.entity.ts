import { Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from './columns';

/**
 * Every distinct `cases.respondentKey` (the respondent's name folded by shared `respondentKey`),
 * once: what the queue's respondent search scans for a fragment anywhere in the name. It grows
 * with the city's employers, not with its cases. Written in the filing transaction
 * (services/cases/respondent-keys.ts); never updated or deleted.
 */
@Entity('respondent_keys')
export class RespondentKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  respondentKey!: string;

  /** When the first case against this respondent was filed. */
  @CreatedAt()
  firstSeen!: Date;
}

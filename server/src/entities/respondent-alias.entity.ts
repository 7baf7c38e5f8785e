import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A name's key (shared `respondentNameKey`) whose claims belong to another respondent key: a
 * claim gave a credit code with this name, and that code's claims had another key. Written when a
 * code first bridges the name (its cases are moved to the code's key in the same transaction) and
 * moved along when that key is bridged in turn; a name without a row is its own key
 * (services/warnings/keys.ts).
 */
@Entity('respondent_aliases')
export class RespondentAliasEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  nameKey!: string;

  @Column({ type: 'varchar', length: 100 })
  respondentGroup!: string;
}

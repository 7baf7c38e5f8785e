import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last case number given out in a year; incremented under a row lock. */
@Entity('case_counters')
export class CaseCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', default: 0 })
  last!: number;
}

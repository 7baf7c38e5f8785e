import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Industry, MediationType, StationKind } from '@gig/shared';
import { CreatedAt, UpdatedAt, enumColumn, Identified } from './columns';

@Entity('stations')
export class StationEntity extends Identified {
  /** Short code printed in the QR: PUBLIC_BASE_URL/s/<code>. */
  @Index('uq_stations_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;

  @Column(enumColumn())
  kind!: StationKind;

  @Column({ type: 'simple-json' })
  industries!: Industry[];

  @Column({ type: 'simple-json' })
  mediationTypes!: MediationType[];

  @Index('ix_stations_area')
  @Column({ type: 'varchar', length: 6 })
  areaCode!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => StationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: StationEntity | null;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  hours!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'double', nullable: true })
  lat!: number | null;

  @Column({ type: 'double', nullable: true })
  lng!: number | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** For an outlet: the company it belongs to (a case goes only to the respondent's own outlet). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt, enumColumn } from './columns';

/**
 * What a worker fills in once and every new claim starts from (one row per worker, made on the
 * first change). Name and ID number sealed (AES-256-GCM) like a claim's; the rest plain.
 */
@Entity('worker_profiles')
export class WorkerProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  workerId!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  nameEnc!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  idNumberEnc!: string | null;

  @Column({ ...enumColumn(), nullable: true })
  industry!: string | null;

  @Column({ ...enumColumn(), nullable: true })
  workMode!: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  areaCode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  employer!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  outletName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  outletAddress!: string | null;

  @UpdatedAt()
  updatedAt!: Date;
}

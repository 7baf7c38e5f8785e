import { Column, Entity, Index } from 'typeorm';
import type { FigureKind } from '@gig/shared';
import { CreatedAt, Identified, enumColumn } from './columns';

/**
 * One version of a local figure (shared/src/law/figures.ts): a value for an area from the day it
 * took effect, with its source. Rows are never updated: a correction is the next version, so a
 * calculation that names a row's id keeps meaning what it meant.
 */
@Entity('local_figures')
@Index('uq_local_figures_version', ['areaCode', 'kind', 'effectiveFrom', 'version'], { unique: true })
export class LocalFigureEntity extends Identified {
  @Column({ type: 'varchar', length: 6 })
  areaCode!: string;

  @Column(enumColumn())
  kind!: FigureKind;

  /** Fen for the wages, whole months for the look-back (FIGURE_UNIT). */
  @Column({ type: 'int' })
  value!: number;

  @Column({ type: 'varchar', length: 10 })
  effectiveFrom!: string;

  @Column({ type: 'varchar', length: 500 })
  source!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'boolean' })
  example!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'int' })
  version!: number;

  /** The staff account that entered it (null for the shipped figures). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @CreatedAt()
  createdAt!: Date;
}

import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, enumColumn, Identified } from './columns';

/** Append-only record of who did what: sign-ins, lockouts, station changes, personal-data reveals. */
@Entity('audit_entries')
@Index('ix_audit_target', ['targetType', 'targetId'])
@Index('ix_audit_actor', ['actorType', 'actorId'])
@Index('ix_audit_created', ['createdAt'])
export class AuditEntryEntity extends Identified {
  @Column(enumColumn(8))
  actorType!: 'staff' | 'worker' | 'system';

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  targetType!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  detail!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @CreatedAt()
  createdAt!: Date;
}

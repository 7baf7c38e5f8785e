import { randomUUID } from 'node:crypto';
import { BeforeInsert, CreateDateColumn, PrimaryColumn, UpdateDateColumn, type ColumnOptions } from 'typeorm';

/**
 * Column shapes that mean the same on SQLite, MySQL 8 and MariaDB. Enums are varchar (checked by
 * the JSON Schemas and the domain), so adding an enum value needs no migration. Times are UTC
 * with milliseconds; money is integer fen.
 */
export const enumColumn = (length = 32): ColumnOptions => ({ type: 'varchar', length });
export const timestamp = (nullable = false): ColumnOptions => ({ type: 'datetime', precision: 6, nullable });
export const CreatedAt = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime', precision: 6 });

/**
 * Ids are UUIDs made by the application and stored as varchar(36) on every dialect (MariaDB
 * would otherwise pick its native uuid type and foreign keys would not match).
 */
export abstract class Identified {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @BeforeInsert()
  assignId(): void {
    if (!this.id) this.id = randomUUID();
  }
}

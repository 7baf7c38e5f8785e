import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795493993950 implements MigrationInterface {
  name = 'Notifications1795493993950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workerId\" varchar(36) NOT NULL, \"caseId\" varchar(36), \"kind\" varchar(32) NOT NULL, \"params\" text NOT NULL, \"dedupeKey\" varchar(160), \"readAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notifications_dedupe\" ON \"notifications\" (\"dedupeKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_notifications_worker\" ON \"notifications\" (\"workerId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"notification_deliveries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"notificationId\" varchar(36) NOT NULL, \"channel\" varchar(8) NOT NULL, \"status\" varchar(8) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime(6), \"lockedUntil\" datetime(6), \"lastError\" varchar(255), \"sentAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notification_deliveries_channel\" ON \"notification_deliveries\" (\"notificationId\", \"channel\") ");
    await queryRunner.query("CREATE INDEX \"ix_notification_deliveries_due\" ON \"notification_deliveries\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE TABLE \"notification_attempts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"deliveryId\" varchar(36) NOT NULL, \"attemptNo\" integer NOT NULL, \"ok\" boolean NOT NULL, \"error\" varchar(255), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_notification_attempts_delivery\" ON \"notification_attempts\" (\"deliveryId\", \"attemptNo\") ");
    await queryRunner.query("DROP INDEX \"uq_workers_phone_hash\"");
    await queryRunner.query("DROP INDEX \"uq_workers_openid_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_workers\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"openidHash\" varchar(64), \"phoneHash\" varchar(64), \"phoneEnc\" varchar(255), \"displayName\" varchar(100) NOT NULL DEFAULT (''), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openidEnc\" varchar(255))");
    await queryRunner.query("INSERT INTO \"temporary_workers\"(\"id\", \"openidHash\", \"phoneHash\", \"phoneEnc\", \"displayName\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"openidHash\", \"phoneHash\", \"phoneEnc\", \"displayName\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"workers\"");
    await queryRunner.query("DROP TABLE \"workers\"");
    await queryRunner.query("ALTER TABLE \"temporary_workers\" RENAME TO \"workers\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_phone_hash\" ON \"workers\" (\"phoneHash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_openid_hash\" ON \"workers\" (\"openidHash\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_workers_openid_hash\"");
    await queryRunner.query("DROP INDEX \"uq_workers_phone_hash\"");
    await queryRunner.query("ALTER TABLE \"workers\" RENAME TO \"temporary_workers\"");
    await queryRunner.query("CREATE TABLE \"workers\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"openidHash\" varchar(64), \"phoneHash\" varchar(64), \"phoneEnc\" varchar(255), \"displayName\" varchar(100) NOT NULL DEFAULT (''), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"workers\"(\"id\", \"openidHash\", \"phoneHash\", \"phoneEnc\", \"displayName\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"openidHash\", \"phoneHash\", \"phoneEnc\", \"displayName\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_workers\"");
    await queryRunner.query("DROP TABLE \"temporary_workers\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_openid_hash\" ON \"workers\" (\"openidHash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_phone_hash\" ON \"workers\" (\"phoneHash\") ");
    await queryRunner.query("DROP INDEX \"ix_notification_attempts_delivery\"");
    await queryRunner.query("DROP TABLE \"notification_attempts\"");
    await queryRunner.query("DROP INDEX \"ix_notification_deliveries_due\"");
    await queryRunner.query("DROP INDEX \"uq_notification_deliveries_channel\"");
    await queryRunner.query("DROP TABLE \"notification_deliveries\"");
    await queryRunner.query("DROP INDEX \"ix_notifications_worker\"");
    await queryRunner.query("DROP INDEX \"uq_notifications_dedupe\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795493994988 implements MigrationInterface {
  name = 'Notifications1795493994988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `notifications` (`id` varchar(36) NOT NULL, `workerId` varchar(36) NOT NULL, `caseId` varchar(36) NULL, `kind` varchar(32) NOT NULL, `params` text NOT NULL, `dedupeKey` varchar(160) NULL, `readAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_notifications_dedupe` (`dedupeKey`), INDEX `ix_notifications_worker` (`workerId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `notification_deliveries` (`id` varchar(36) NOT NULL, `notificationId` varchar(36) NOT NULL, `channel` varchar(8) NOT NULL, `status` varchar(8) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(6) NULL, `lockedUntil` datetime(6) NULL, `lastError` varchar(255) NULL, `sentAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_notification_deliveries_channel` (`notificationId`, `channel`), INDEX `ix_notification_deliveries_due` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `notification_attempts` (`id` varchar(36) NOT NULL, `deliveryId` varchar(36) NOT NULL, `attemptNo` int NOT NULL, `ok` tinyint NOT NULL, `error` varchar(255) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_notification_attempts_delivery` (`deliveryId`, `attemptNo`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `workers` ADD `openidEnc` varchar(255) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `workers` DROP COLUMN `openidEnc`");
    await queryRunner.query("DROP INDEX `ix_notification_attempts_delivery` ON `notification_attempts`");
    await queryRunner.query("DROP TABLE `notification_attempts`");
    await queryRunner.query("DROP INDEX `ix_notification_deliveries_due` ON `notification_deliveries`");
    await queryRunner.query("DROP INDEX `uq_notification_deliveries_channel` ON `notification_deliveries`");
    await queryRunner.query("DROP TABLE `notification_deliveries`");
    await queryRunner.query("DROP INDEX `ix_notifications_worker` ON `notifications`");
    await queryRunner.query("DROP INDEX `uq_notifications_dedupe` ON `notifications`");
    await queryRunner.query("DROP TABLE `notifications`");
  }
}

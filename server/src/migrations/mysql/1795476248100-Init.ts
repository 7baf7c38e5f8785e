import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795476248100 implements MigrationInterface {
  name = 'Init1795476248100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entries` (`id` varchar(36) NOT NULL, `actorType` varchar(8) NOT NULL, `actorId` varchar(36) NULL, `action` varchar(64) NOT NULL, `targetType` varchar(32) NOT NULL, `targetId` varchar(36) NULL, `detail` text NULL, `requestId` varchar(64) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_audit_created` (`createdAt`), INDEX `ix_audit_actor` (`actorType`, `actorId`), INDEX `ix_audit_target` (`targetType`, `targetId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `otp_challenges` (`id` varchar(36) NOT NULL, `phoneHash` varchar(64) NOT NULL, `ipHash` varchar(64) NOT NULL, `codeHash` varchar(64) NOT NULL, `expiresAt` datetime(6) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `consumedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_otp_ip_created` (`ipHash`, `createdAt`), INDEX `ix_otp_phone_created` (`phoneHash`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `refresh_tokens` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `familyId` varchar(36) NOT NULL, `subjectType` varchar(8) NOT NULL, `subjectId` varchar(36) NOT NULL, `expiresAt` datetime(6) NOT NULL, `replacedAt` datetime(6) NULL, `revokedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_refresh_token_hash` (`tokenHash`), INDEX `ix_refresh_subject` (`subjectType`, `subjectId`), INDEX `ix_refresh_family` (`familyId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `stations` (`id` varchar(36) NOT NULL, `code` varchar(32) NOT NULL, `name` varchar(100) NOT NULL, `nameEn` varchar(200) NULL, `kind` varchar(32) NOT NULL, `industries` text NOT NULL, `mediationTypes` text NOT NULL, `areaCode` varchar(6) NOT NULL, `parentId` varchar(36) NULL, `address` varchar(300) NOT NULL, `hours` varchar(200) NOT NULL DEFAULT '', `phone` varchar(20) NOT NULL, `lat` double NULL, `lng` double NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_stations_code` (`code`), INDEX `ix_stations_area` (`areaCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `staff_users` (`id` varchar(36) NOT NULL, `username` varchar(64) NOT NULL, `displayName` varchar(100) NOT NULL, `role` varchar(32) NOT NULL, `stationId` varchar(36) NULL, `passwordHash` varchar(255) NOT NULL, `failedLogins` int NOT NULL DEFAULT '0', `lockedUntil` datetime(6) NULL, `disabled` tinyint NOT NULL DEFAULT 0, `lastLoginAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_staff_users_username` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `workers` (`id` varchar(36) NOT NULL, `openidHash` varchar(64) NULL, `phoneHash` varchar(64) NULL, `phoneEnc` varchar(255) NULL, `displayName` varchar(100) NOT NULL DEFAULT '', `lastLoginAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_workers_openid_hash` (`openidHash`), UNIQUE INDEX `uq_workers_phone_hash` (`phoneHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `stations` ADD CONSTRAINT `FK_89e56c26769884a756d3435fa11` FOREIGN KEY (`parentId`) REFERENCES `stations`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `staff_users` ADD CONSTRAINT `FK_8eb0235d4b4fb8cb1faefd548d6` FOREIGN KEY (`stationId`) REFERENCES `stations`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff_users` DROP FOREIGN KEY `FK_8eb0235d4b4fb8cb1faefd548d6`");
    await queryRunner.query("ALTER TABLE `stations` DROP FOREIGN KEY `FK_89e56c26769884a756d3435fa11`");
    await queryRunner.query("DROP INDEX `uq_workers_phone_hash` ON `workers`");
    await queryRunner.query("DROP INDEX `uq_workers_openid_hash` ON `workers`");
    await queryRunner.query("DROP TABLE `workers`");
    await queryRunner.query("DROP INDEX `uq_staff_users_username` ON `staff_users`");
    await queryRunner.query("DROP TABLE `staff_users`");
    await queryRunner.query("DROP INDEX `ix_stations_area` ON `stations`");
    await queryRunner.query("DROP INDEX `uq_stations_code` ON `stations`");
    await queryRunner.query("DROP TABLE `stations`");
    await queryRunner.query("DROP INDEX `ix_refresh_family` ON `refresh_tokens`");
    await queryRunner.query("DROP INDEX `ix_refresh_subject` ON `refresh_tokens`");
    await queryRunner.query("DROP INDEX `uq_refresh_token_hash` ON `refresh_tokens`");
    await queryRunner.query("DROP TABLE `refresh_tokens`");
    await queryRunner.query("DROP INDEX `ix_otp_phone_created` ON `otp_challenges`");
    await queryRunner.query("DROP INDEX `ix_otp_ip_created` ON `otp_challenges`");
    await queryRunner.query("DROP TABLE `otp_challenges`");
    await queryRunner.query("DROP INDEX `ix_audit_target` ON `audit_entries`");
    await queryRunner.query("DROP INDEX `ix_audit_actor` ON `audit_entries`");
    await queryRunner.query("DROP INDEX `ix_audit_created` ON `audit_entries`");
    await queryRunner.query("DROP TABLE `audit_entries`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795481066535 implements MigrationInterface {
  name = 'Cases1795481066535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_counters` (`year` int NOT NULL, `last` int NOT NULL DEFAULT '0', PRIMARY KEY (`year`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `cases` (`id` varchar(36) NOT NULL, `number` varchar(20) NOT NULL, `status` varchar(32) NOT NULL, `stationId` varchar(36) NULL, `outletId` varchar(36) NULL, `routeReason` varchar(40) NOT NULL, `mediationType` varchar(32) NULL, `labourDispute` tinyint NOT NULL, `scannedStationSkipped` tinyint NOT NULL DEFAULT 0, `workerId` varchar(36) NOT NULL, `idempotencyKey` varchar(64) NOT NULL, `requestHash` varchar(64) NOT NULL, `industry` varchar(32) NOT NULL, `workMode` varchar(32) NOT NULL, `areaCode` varchar(6) NOT NULL, `respondentName` varchar(100) NOT NULL, `claimantNameEnc` varchar(255) NOT NULL, `idNumberEnc` varchar(255) NOT NULL, `idNumberHash` varchar(64) NOT NULL, `phoneEnc` varchar(255) NOT NULL, `claim` text NOT NULL, `totalFen` int NOT NULL, `legalAid` tinyint NOT NULL DEFAULT 0, `urgent` tinyint NOT NULL DEFAULT 0, `deadlines` text NOT NULL, `agreement` text NULL, `nextDue` varchar(10) NULL, `claimTypes` varchar(300) NOT NULL DEFAULT '', `receivedAt` datetime(6) NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_cases_number` (`number`), INDEX `ix_cases_worker` (`workerId`), INDEX `ix_cases_respondent` (`respondentName`), INDEX `ix_cases_id_hash` (`idNumberHash`), INDEX `ix_cases_next_due` (`nextDue`), INDEX `ix_cases_station_status` (`stationId`, `status`), UNIQUE INDEX `uq_cases_worker_idempotency` (`workerId`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `case_events` (`id` varchar(36) NOT NULL, `caseId` varchar(36) NOT NULL, `seq` int NOT NULL, `action` varchar(32) NOT NULL, `fromStatus` varchar(32) NULL, `toStatus` varchar(32) NOT NULL, `actorType` varchar(8) NOT NULL, `actorId` varchar(36) NULL, `actorRole` varchar(32) NOT NULL, `stationId` varchar(36) NULL, `reason` varchar(1000) NULL, `data` text NULL, `requestId` varchar(64) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_case_events_seq` (`caseId`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `cases` ADD CONSTRAINT `FK_1abe953ddb855c56d8daaece79c` FOREIGN KEY (`stationId`) REFERENCES `stations`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `cases` ADD CONSTRAINT `FK_d4693c6e78f0a1bdb8f13b8b878` FOREIGN KEY (`outletId`) REFERENCES `stations`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `cases` ADD CONSTRAINT `FK_9c37df18f608c42327ab701051c` FOREIGN KEY (`workerId`) REFERENCES `workers`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP FOREIGN KEY `FK_9c37df18f608c42327ab701051c`");
    await queryRunner.query("ALTER TABLE `cases` DROP FOREIGN KEY `FK_d4693c6e78f0a1bdb8f13b8b878`");
    await queryRunner.query("ALTER TABLE `cases` DROP FOREIGN KEY `FK_1abe953ddb855c56d8daaece79c`");
    await queryRunner.query("DROP INDEX `uq_case_events_seq` ON `case_events`");
    await queryRunner.query("DROP TABLE `case_events`");
    await queryRunner.query("DROP INDEX `uq_cases_worker_idempotency` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_station_status` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_next_due` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_id_hash` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_respondent` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_worker` ON `cases`");
    await queryRunner.query("DROP INDEX `uq_cases_number` ON `cases`");
    await queryRunner.query("DROP TABLE `cases`");
    await queryRunner.query("DROP TABLE `case_counters`");
  }
}

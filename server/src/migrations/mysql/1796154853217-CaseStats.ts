import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillStats } from '../stats-backfill';

export class CaseStats1796154853217 implements MigrationInterface {
  name = 'CaseStats1796154853217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_stats_daily` (`claimType` varchar(32) NOT NULL, `day` varchar(10) NOT NULL, `stationId` varchar(36) NOT NULL, `industry` varchar(32) NOT NULL, `filed` int NOT NULL DEFAULT '0', `accepted` int NOT NULL DEFAULT '0', `rejected` int NOT NULL DEFAULT '0', `agreements` int NOT NULL DEFAULT '0', `failures` int NOT NULL DEFAULT '0', `withdrawn` int NOT NULL DEFAULT '0', `openDelta` int NOT NULL DEFAULT '0', `legalAid` int NOT NULL DEFAULT '0', `urgent` int NOT NULL DEFAULT '0', `transferred` int NOT NULL DEFAULT '0', `claimedFen` bigint NOT NULL DEFAULT '0', `agreedFen` bigint NOT NULL DEFAULT '0', `paidFen` bigint NOT NULL DEFAULT '0', INDEX `ix_case_stats_daily_open` (`claimType`, `day`, `stationId`, `industry`, `openDelta`), PRIMARY KEY (`claimType`, `day`, `stationId`, `industry`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `case_stats_days` (`claimType` varchar(32) NOT NULL, `day` varchar(10) NOT NULL, `stationId` varchar(36) NOT NULL, `industry` varchar(32) NOT NULL, `kind` varchar(12) NOT NULL, `days` int NOT NULL, `n` int NOT NULL DEFAULT '0', INDEX `ix_case_stats_days_all` (`claimType`, `day`, `stationId`, `industry`, `kind`, `days`, `n`), PRIMARY KEY (`claimType`, `day`, `stationId`, `industry`, `kind`, `days`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    // The roll-ups of the cases filed so far, replayed from their event trails.
    await backfillStats(queryRunner, false);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_case_stats_days_all` ON `case_stats_days`");
    await queryRunner.query("DROP TABLE `case_stats_days`");
    await queryRunner.query("DROP INDEX `ix_case_stats_daily_open` ON `case_stats_daily`");
    await queryRunner.query("DROP TABLE `case_stats_daily`");
  }
}

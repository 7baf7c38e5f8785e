import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillStats } from '../stats-backfill';

export class CaseStats1796154847495 implements MigrationInterface {
  name = 'CaseStats1796154847495';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_stats_daily\" (\"claimType\" varchar(32) NOT NULL, \"day\" varchar(10) NOT NULL, \"stationId\" varchar(36) NOT NULL, \"industry\" varchar(32) NOT NULL, \"filed\" integer NOT NULL DEFAULT (0), \"accepted\" integer NOT NULL DEFAULT (0), \"rejected\" integer NOT NULL DEFAULT (0), \"agreements\" integer NOT NULL DEFAULT (0), \"failures\" integer NOT NULL DEFAULT (0), \"withdrawn\" integer NOT NULL DEFAULT (0), \"openDelta\" integer NOT NULL DEFAULT (0), \"legalAid\" integer NOT NULL DEFAULT (0), \"urgent\" integer NOT NULL DEFAULT (0), \"transferred\" integer NOT NULL DEFAULT (0), \"claimedFen\" bigint NOT NULL DEFAULT (0), \"agreedFen\" bigint NOT NULL DEFAULT (0), \"paidFen\" bigint NOT NULL DEFAULT (0), PRIMARY KEY (\"claimType\", \"day\", \"stationId\", \"industry\"))");
    await queryRunner.query("CREATE INDEX \"ix_case_stats_daily_open\" ON \"case_stats_daily\" (\"claimType\", \"day\", \"stationId\", \"industry\", \"openDelta\") ");
    await queryRunner.query("CREATE TABLE \"case_stats_days\" (\"claimType\" varchar(32) NOT NULL, \"day\" varchar(10) NOT NULL, \"stationId\" varchar(36) NOT NULL, \"industry\" varchar(32) NOT NULL, \"kind\" varchar(12) NOT NULL, \"days\" integer NOT NULL, \"n\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"claimType\", \"day\", \"stationId\", \"industry\", \"kind\", \"days\"))");
    await queryRunner.query("CREATE INDEX \"ix_case_stats_days_all\" ON \"case_stats_days\" (\"claimType\", \"day\", \"stationId\", \"industry\", \"kind\", \"days\", \"n\") ");
    // The roll-ups of the cases filed so far, replayed from their event trails.
    await backfillStats(queryRunner, true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_case_stats_days_all\"");
    await queryRunner.query("DROP TABLE \"case_stats_days\"");
    await queryRunner.query("DROP INDEX \"ix_case_stats_daily_open\"");
    await queryRunner.query("DROP TABLE \"case_stats_daily\"");
  }
}

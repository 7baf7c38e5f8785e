import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildOpenCounts } from '../../services/cases/open-counts';

export class OpenCounts1796221137670 implements MigrationInterface {
  name = 'OpenCounts1796221137670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_open_counts` (`stationId` varchar(36) NOT NULL, `status` varchar(32) NOT NULL, `urgent` tinyint NOT NULL, `legalAid` tinyint NOT NULL, `dueOn` varchar(10) NOT NULL, `n` int NOT NULL DEFAULT '0', PRIMARY KEY (`stationId`, `status`, `urgent`, `legalAid`, `dueOn`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    // The open cases as they stand (the workbench reads these counts from now on).
    await rebuildOpenCounts(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `case_open_counts`");
  }
}

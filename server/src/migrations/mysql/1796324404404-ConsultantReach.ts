import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildConsultantReach } from '../../services/cases/consultant-reach';

export class ConsultantReach1796324404404 implements MigrationInterface {
  name = 'ConsultantReach1796324404404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_consultant_reach` (`staffUserId` varchar(36) NOT NULL, `id` varchar(36) NOT NULL, `status` varchar(32) NOT NULL, `nextDue` varchar(10) NULL, `urgent` tinyint NOT NULL, `legalAid` tinyint NOT NULL, `stationId` varchar(36) NULL, `outletId` varchar(36) NULL, `respondentOutletId` varchar(36) NULL, `lawyerId` varchar(36) NULL, INDEX `ix_case_consultant_reach_counts` (`staffUserId`, `status`, `nextDue`, `urgent`, `legalAid`, `stationId`, `outletId`, `respondentOutletId`, `lawyerId`, `id`), PRIMARY KEY (`staffUserId`, `id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    // The consultants of the cases flagged urgent now.
    await rebuildConsultantReach(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_case_consultant_reach_counts` ON `case_consultant_reach`");
    await queryRunner.query("DROP TABLE `case_consultant_reach`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildConsultants } from '../../services/cases/consultants';

export class CaseConsultants1796298749803 implements MigrationInterface {
  name = 'CaseConsultants1796298749803';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_consultants` (`consultantId` varchar(36) NOT NULL, `caseId` varchar(36) NOT NULL, INDEX `ix_case_consultants_case` (`caseId`), PRIMARY KEY (`consultantId`, `caseId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    // The urgent cases' consultants as they stand (the queue finds a consultant's cases here from now on).
    await rebuildConsultants(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_case_consultants_case` ON `case_consultants`");
    await queryRunner.query("DROP TABLE `case_consultants`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildConsultants } from '../../services/cases/consultants';

export class CaseConsultants1796298724976 implements MigrationInterface {
  name = 'CaseConsultants1796298724976';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_consultants\" (\"consultantId\" varchar(36) NOT NULL, \"caseId\" varchar(36) NOT NULL, PRIMARY KEY (\"consultantId\", \"caseId\"))");
    await queryRunner.query("CREATE INDEX \"ix_case_consultants_case\" ON \"case_consultants\" (\"caseId\") ");
    // The urgent cases' consultants as they stand (the queue finds a consultant's cases here from now on).
    await rebuildConsultants(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_case_consultants_case\"");
    await queryRunner.query("DROP TABLE \"case_consultants\"");
  }
}

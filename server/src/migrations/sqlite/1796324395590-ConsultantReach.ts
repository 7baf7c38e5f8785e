import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildConsultantReach } from '../../services/cases/consultant-reach';

export class ConsultantReach1796324395590 implements MigrationInterface {
  name = 'ConsultantReach1796324395590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_consultant_reach\" (\"staffUserId\" varchar(36) NOT NULL, \"id\" varchar(36) NOT NULL, \"status\" varchar(32) NOT NULL, \"nextDue\" varchar(10), \"urgent\" boolean NOT NULL, \"legalAid\" boolean NOT NULL, \"stationId\" varchar(36), \"outletId\" varchar(36), \"respondentOutletId\" varchar(36), \"lawyerId\" varchar(36), PRIMARY KEY (\"staffUserId\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_case_consultant_reach_counts\" ON \"case_consultant_reach\" (\"staffUserId\", \"status\", \"nextDue\", \"urgent\", \"legalAid\", \"stationId\", \"outletId\", \"respondentOutletId\", \"lawyerId\", \"id\") ");
    // The consultants of the cases flagged urgent now.
    await rebuildConsultantReach(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_case_consultant_reach_counts\"");
    await queryRunner.query("DROP TABLE \"case_consultant_reach\"");
  }
}

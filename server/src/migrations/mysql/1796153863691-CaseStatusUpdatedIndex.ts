import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStatusUpdatedIndex1796153863691 implements MigrationInterface {
  name = 'CaseStatusUpdatedIndex1796153863691';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `ix_cases_status_updated` ON `cases` (`status`, `updatedAt`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_cases_status_updated` ON `cases`");
  }
}

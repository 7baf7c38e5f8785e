import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseAgreement1795480949705 implements MigrationInterface {
  name = 'CaseAgreement1795480949705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `agreement` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `agreement`");
  }
}

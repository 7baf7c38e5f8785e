import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtSteps1796125879761 implements MigrationInterface {
  name = 'CourtSteps1796125879761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `confirmation` text NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD `paymentOrder` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `paymentOrder`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `confirmation`");
  }
}

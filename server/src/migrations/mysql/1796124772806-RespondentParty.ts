import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentParty1796124772806 implements MigrationInterface {
  name = 'RespondentParty1796124772806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `stations` ADD `organisation` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `stations` ADD `creditCode` varchar(18) NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD `respondentOutletId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD `proposal` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `proposal`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `respondentOutletId`");
    await queryRunner.query("ALTER TABLE `stations` DROP COLUMN `creditCode`");
    await queryRunner.query("ALTER TABLE `stations` DROP COLUMN `organisation`");
  }
}

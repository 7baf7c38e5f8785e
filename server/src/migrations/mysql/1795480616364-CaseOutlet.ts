import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseOutlet1795480616364 implements MigrationInterface {
  name = 'CaseOutlet1795480616364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `outletId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD CONSTRAINT `FK_d4693c6e78f0a1bdb8f13b8b878` FOREIGN KEY (`outletId`) REFERENCES `stations`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP FOREIGN KEY `FK_d4693c6e78f0a1bdb8f13b8b878`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `outletId`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseLawyer1795481557897 implements MigrationInterface {
  name = 'CaseLawyer1795481557897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `lawyerId` varchar(36) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `lawyerId`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArbitrationStage1796124123205 implements MigrationInterface {
  name = 'ArbitrationStage1796124123205';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `arbitration` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `arbitration`");
  }
}

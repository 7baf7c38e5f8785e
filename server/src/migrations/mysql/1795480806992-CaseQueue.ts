import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseQueue1795480806992 implements MigrationInterface {
  name = 'CaseQueue1795480806992';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `nextDue` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD `claimTypes` varchar(300) NOT NULL DEFAULT ''");
    await queryRunner.query("CREATE INDEX `ix_cases_next_due` ON `cases` (`nextDue`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_cases_next_due` ON `cases`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `claimTypes`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `nextDue`");
  }
}

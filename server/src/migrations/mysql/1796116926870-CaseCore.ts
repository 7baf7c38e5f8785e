import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseCore1796116926870 implements MigrationInterface {
  name = 'CaseCore1796116926870';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_action_requests` (`id` varchar(36) NOT NULL, `actorId` varchar(36) NOT NULL, `idempotencyKey` varchar(64) NOT NULL, `caseId` varchar(36) NOT NULL, `action` varchar(32) NOT NULL, `requestHash` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_case_action_requests_key` (`actorId`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `cases` ADD `notesShared` tinyint NOT NULL DEFAULT 0");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `notesShared`");
    await queryRunner.query("DROP INDEX `uq_case_action_requests_key` ON `case_action_requests`");
    await queryRunner.query("DROP TABLE `case_action_requests`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseMessages1795481476507 implements MigrationInterface {
  name = 'CaseMessages1795481476507';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_messages` (`id` varchar(36) NOT NULL, `caseId` varchar(36) NOT NULL, `clientId` varchar(36) NOT NULL, `authorType` varchar(8) NOT NULL, `authorId` varchar(36) NOT NULL, `authorRole` varchar(32) NOT NULL, `authorName` varchar(100) NOT NULL, `body` text NOT NULL, `internal` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_case_messages_client` (`caseId`, `clientId`), INDEX `ix_case_messages_case` (`caseId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_case_messages_case` ON `case_messages`");
    await queryRunner.query("DROP INDEX `uq_case_messages_client` ON `case_messages`");
    await queryRunner.query("DROP TABLE `case_messages`");
  }
}

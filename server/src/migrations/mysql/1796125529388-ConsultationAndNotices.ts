import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationAndNotices1796125529388 implements MigrationInterface {
  name = 'ConsultationAndNotices1796125529388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `staff_notices` (`id` varchar(36) NOT NULL, `staffId` varchar(36) NOT NULL, `caseId` varchar(36) NOT NULL, `caseNumber` varchar(20) NOT NULL, `kind` varchar(32) NOT NULL, `at` datetime(6) NULL, `readAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_staff_notices_staff` (`staffId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `cases` ADD `consultants` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `consultants`");
    await queryRunner.query("DROP INDEX `ix_staff_notices_staff` ON `staff_notices`");
    await queryRunner.query("DROP TABLE `staff_notices`");
  }
}

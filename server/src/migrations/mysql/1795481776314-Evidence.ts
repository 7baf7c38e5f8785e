import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795481776314 implements MigrationInterface {
  name = 'Evidence1795481776314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evidence_files` (`id` varchar(36) NOT NULL, `caseId` varchar(36) NULL, `ownerWorkerId` varchar(36) NOT NULL, `uploadedByType` varchar(8) NOT NULL, `uploadedById` varchar(36) NOT NULL, `kind` varchar(8) NOT NULL, `mime` varchar(40) NOT NULL, `size` int NOT NULL, `sha256` varchar(64) NOT NULL, `originalName` varchar(200) NOT NULL, `storageKey` varchar(80) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_evidence_owner_sha` (`ownerWorkerId`, `sha256`, `caseId`), INDEX `ix_evidence_case` (`caseId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_evidence_case` ON `evidence_files`");
    await queryRunner.query("DROP INDEX `ix_evidence_owner_sha` ON `evidence_files`");
    await queryRunner.query("DROP TABLE `evidence_files`");
  }
}

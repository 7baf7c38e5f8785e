import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowledgeLibrary1796156593349 implements MigrationInterface {
  name = 'KnowledgeLibrary1796156593349';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `knowledge_entries` (`id` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `latestVersion` int NOT NULL, `publishedVersion` int NULL, `title` varchar(200) NOT NULL, `law` varchar(60) NULL, `article` int NULL, `claimTypes` varchar(300) NOT NULL DEFAULT '', `industries` varchar(200) NOT NULL DEFAULT '', `outcome` varchar(32) NULL, `example` tinyint NOT NULL DEFAULT 0, `length` int NOT NULL DEFAULT '0', `published` text NULL, `publishedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_knowledge_entries_published` (`publishedVersion`, `kind`, `publishedAt`), INDEX `ix_knowledge_entries_article` (`law`, `article`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `knowledge_versions` (`id` varchar(36) NOT NULL, `entryId` varchar(36) NOT NULL, `version` int NOT NULL, `status` varchar(16) NOT NULL, `superseded` tinyint NOT NULL DEFAULT 0, `content` text NOT NULL, `note` varchar(300) NULL, `authorId` varchar(36) NULL, `publishedBy` varchar(36) NULL, `publishedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_knowledge_versions` (`entryId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `knowledge_terms` (`term` varchar(64) NOT NULL, `entryId` varchar(36) NOT NULL, `weight` int NOT NULL, INDEX `ix_knowledge_terms_entry` (`entryId`), PRIMARY KEY (`term`, `entryId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_knowledge_terms_entry` ON `knowledge_terms`");
    await queryRunner.query("DROP TABLE `knowledge_terms`");
    await queryRunner.query("DROP INDEX `uq_knowledge_versions` ON `knowledge_versions`");
    await queryRunner.query("DROP TABLE `knowledge_versions`");
    await queryRunner.query("DROP INDEX `ix_knowledge_entries_article` ON `knowledge_entries`");
    await queryRunner.query("DROP INDEX `ix_knowledge_entries_published` ON `knowledge_entries`");
    await queryRunner.query("DROP TABLE `knowledge_entries`");
  }
}

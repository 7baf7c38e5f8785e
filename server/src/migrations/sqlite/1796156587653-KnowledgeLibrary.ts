import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowledgeLibrary1796156587653 implements MigrationInterface {
  name = 'KnowledgeLibrary1796156587653';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"knowledge_entries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"latestVersion\" integer NOT NULL, \"publishedVersion\" integer, \"title\" varchar(200) NOT NULL, \"law\" varchar(60), \"article\" integer, \"claimTypes\" varchar(300) NOT NULL DEFAULT (''), \"industries\" varchar(200) NOT NULL DEFAULT (''), \"outcome\" varchar(32), \"example\" boolean NOT NULL DEFAULT (0), \"length\" integer NOT NULL DEFAULT (0), \"published\" text, \"publishedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_entries_published\" ON \"knowledge_entries\" (\"publishedVersion\", \"kind\", \"publishedAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_entries_article\" ON \"knowledge_entries\" (\"law\", \"article\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_versions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entryId\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"superseded\" boolean NOT NULL DEFAULT (0), \"content\" text NOT NULL, \"note\" varchar(300), \"authorId\" varchar(36), \"publishedBy\" varchar(36), \"publishedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_knowledge_versions\" ON \"knowledge_versions\" (\"entryId\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_terms\" (\"term\" varchar(64) NOT NULL, \"entryId\" varchar(36) NOT NULL, \"weight\" integer NOT NULL, PRIMARY KEY (\"term\", \"entryId\"))");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_terms_entry\" ON \"knowledge_terms\" (\"entryId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_knowledge_terms_entry\"");
    await queryRunner.query("DROP TABLE \"knowledge_terms\"");
    await queryRunner.query("DROP INDEX \"uq_knowledge_versions\"");
    await queryRunner.query("DROP TABLE \"knowledge_versions\"");
    await queryRunner.query("DROP INDEX \"ix_knowledge_entries_article\"");
    await queryRunner.query("DROP INDEX \"ix_knowledge_entries_published\"");
    await queryRunner.query("DROP TABLE \"knowledge_entries\"");
  }
}

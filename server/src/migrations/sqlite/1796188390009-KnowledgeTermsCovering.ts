import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowledgeTermsCovering1796188390009 implements MigrationInterface {
  name = 'KnowledgeTermsCovering1796188390009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_knowledge_terms_entry\"");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_terms_entry_terms\" ON \"knowledge_terms\" (\"entryId\", \"term\", \"weight\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_knowledge_terms_entry_terms\"");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_terms_entry\" ON \"knowledge_terms\" (\"entryId\") ");
  }
}

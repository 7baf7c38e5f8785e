import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseMessages1795481475769 implements MigrationInterface {
  name = 'CaseMessages1795481475769';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_messages\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"caseId\" varchar(36) NOT NULL, \"clientId\" varchar(36) NOT NULL, \"authorType\" varchar(8) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"authorRole\" varchar(32) NOT NULL, \"authorName\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"internal\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_case_messages_client\" ON \"case_messages\" (\"caseId\", \"clientId\") ");
    await queryRunner.query("CREATE INDEX \"ix_case_messages_case\" ON \"case_messages\" (\"caseId\", \"createdAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_case_messages_case\"");
    await queryRunner.query("DROP INDEX \"uq_case_messages_client\"");
    await queryRunner.query("DROP TABLE \"case_messages\"");
  }
}

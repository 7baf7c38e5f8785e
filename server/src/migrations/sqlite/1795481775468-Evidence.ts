import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795481775468 implements MigrationInterface {
  name = 'Evidence1795481775468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"evidence_files\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"caseId\" varchar(36), \"ownerWorkerId\" varchar(36) NOT NULL, \"uploadedByType\" varchar(8) NOT NULL, \"uploadedById\" varchar(36) NOT NULL, \"kind\" varchar(8) NOT NULL, \"mime\" varchar(40) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"originalName\" varchar(200) NOT NULL, \"storageKey\" varchar(80) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_evidence_owner_sha\" ON \"evidence_files\" (\"ownerWorkerId\", \"sha256\", \"caseId\") ");
    await queryRunner.query("CREATE INDEX \"ix_evidence_case\" ON \"evidence_files\" (\"caseId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_evidence_case\"");
    await queryRunner.query("DROP INDEX \"ix_evidence_owner_sha\"");
    await queryRunner.query("DROP TABLE \"evidence_files\"");
  }
}

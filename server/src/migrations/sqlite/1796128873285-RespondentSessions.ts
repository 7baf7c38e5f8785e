import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentSessions1796128873285 implements MigrationInterface {
  name = 'RespondentSessions1796128873285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_refresh_subject\"");
    await queryRunner.query("DROP INDEX \"ix_refresh_family\"");
    await queryRunner.query("DROP INDEX \"uq_refresh_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_refresh_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"familyId\" varchar(36) NOT NULL, \"subjectType\" varchar(16) NOT NULL, \"subjectId\" varchar(36) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"replacedAt\" datetime(6), \"revokedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_refresh_tokens\"(\"id\", \"tokenHash\", \"familyId\", \"subjectType\", \"subjectId\", \"expiresAt\", \"replacedAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"tokenHash\", \"familyId\", \"subjectType\", \"subjectId\", \"expiresAt\", \"replacedAt\", \"revokedAt\", \"createdAt\" FROM \"refresh_tokens\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("ALTER TABLE \"temporary_refresh_tokens\" RENAME TO \"refresh_tokens\"");
    await queryRunner.query("CREATE INDEX \"ix_refresh_family\" ON \"refresh_tokens\" (\"familyId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_refresh_token_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_subject\" ON \"refresh_tokens\" (\"subjectType\", \"subjectId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_refresh_subject\"");
    await queryRunner.query("DROP INDEX \"uq_refresh_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_refresh_family\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" RENAME TO \"temporary_refresh_tokens\"");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"familyId\" varchar(36) NOT NULL, \"subjectType\" varchar(8) NOT NULL, \"subjectId\" varchar(36) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"replacedAt\" datetime(6), \"revokedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"refresh_tokens\"(\"id\", \"tokenHash\", \"familyId\", \"subjectType\", \"subjectId\", \"expiresAt\", \"replacedAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"tokenHash\", \"familyId\", \"subjectType\", \"subjectId\", \"expiresAt\", \"replacedAt\", \"revokedAt\", \"createdAt\" FROM \"temporary_refresh_tokens\"");
    await queryRunner.query("DROP TABLE \"temporary_refresh_tokens\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_refresh_token_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_family\" ON \"refresh_tokens\" (\"familyId\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_subject\" ON \"refresh_tokens\" (\"subjectType\", \"subjectId\") ");
  }
}

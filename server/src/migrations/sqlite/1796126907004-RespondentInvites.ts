import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentInvites1796126907004 implements MigrationInterface {
  name = 'RespondentInvites1796126907004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"respondent_invites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"caseId\" varchar(36) NOT NULL, \"caseNumber\" varchar(20) NOT NULL, \"outletId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"tokenEnc\" varchar(255) NOT NULL, \"phoneEnc\" varchar(255) NOT NULL, \"answerBy\" varchar(10) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"smsStatus\" varchar(8) NOT NULL, \"smsAttempts\" integer NOT NULL DEFAULT (0), \"revokedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_respondent_invites_case\" ON \"respondent_invites\" (\"caseId\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_invites_sms\" ON \"respondent_invites\" (\"smsStatus\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_invites_token\" ON \"respondent_invites\" (\"tokenHash\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_respondent_invites_token\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_invites_sms\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_invites_case\"");
    await queryRunner.query("DROP TABLE \"respondent_invites\"");
  }
}

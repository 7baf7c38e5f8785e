import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentInvites1796126908243 implements MigrationInterface {
  name = 'RespondentInvites1796126908243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `respondent_invites` (`id` varchar(36) NOT NULL, `caseId` varchar(36) NOT NULL, `caseNumber` varchar(20) NOT NULL, `outletId` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `tokenEnc` varchar(255) NOT NULL, `phoneEnc` varchar(255) NOT NULL, `answerBy` varchar(10) NOT NULL, `expiresAt` datetime(6) NOT NULL, `smsStatus` varchar(8) NOT NULL, `smsAttempts` int NOT NULL DEFAULT '0', `revokedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_respondent_invites_case` (`caseId`), INDEX `ix_respondent_invites_sms` (`smsStatus`, `createdAt`), UNIQUE INDEX `uq_respondent_invites_token` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_respondent_invites_token` ON `respondent_invites`");
    await queryRunner.query("DROP INDEX `ix_respondent_invites_sms` ON `respondent_invites`");
    await queryRunner.query("DROP INDEX `ix_respondent_invites_case` ON `respondent_invites`");
    await queryRunner.query("DROP TABLE `respondent_invites`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyAndPatterns1795495414935 implements MigrationInterface {
  name = 'PrivacyAndPatterns1795495414935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `cases` ADD `respondentKey` varchar(100) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `cases` ADD `respondentCreditCode` varchar(18) NULL");
    await queryRunner.query("ALTER TABLE `cases` ADD `purgedAt` datetime(6) NULL");
    await queryRunner.query("ALTER TABLE `evidence_files` ADD `category` varchar(16) NOT NULL DEFAULT 'other'");
    await queryRunner.query("ALTER TABLE `evidence_files` ADD `sensitive` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `evidence_files` ADD `consentVersion` varchar(32) NULL");
    await queryRunner.query("ALTER TABLE `evidence_files` ADD `consentAt` datetime(6) NULL");
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_key` ON `cases` (`respondentKey`)");
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_code` ON `cases` (`respondentCreditCode`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_cases_respondent_code` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_respondent_key` ON `cases`");
    await queryRunner.query("ALTER TABLE `evidence_files` DROP COLUMN `consentAt`");
    await queryRunner.query("ALTER TABLE `evidence_files` DROP COLUMN `consentVersion`");
    await queryRunner.query("ALTER TABLE `evidence_files` DROP COLUMN `sensitive`");
    await queryRunner.query("ALTER TABLE `evidence_files` DROP COLUMN `category`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `purgedAt`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `respondentCreditCode`");
    await queryRunner.query("ALTER TABLE `cases` DROP COLUMN `respondentKey`");
  }
}

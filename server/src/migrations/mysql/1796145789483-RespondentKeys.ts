import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentKeys1796145789483 implements MigrationInterface {
  name = 'RespondentKeys1796145789483';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `respondent_keys` (`respondentKey` varchar(100) NOT NULL, `firstSeen` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`respondentKey`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    // Every respondent of the cases filed so far, once, first seen with its earliest case.
    await queryRunner.query("INSERT INTO `respondent_keys` (`respondentKey`, `firstSeen`) SELECT `respondentKey`, MIN(`createdAt`) FROM `cases` WHERE `respondentKey` <> '' GROUP BY `respondentKey`");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `respondent_keys`");
  }
}

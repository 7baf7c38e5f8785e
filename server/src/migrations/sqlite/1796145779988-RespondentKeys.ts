import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentKeys1796145779988 implements MigrationInterface {
  name = 'RespondentKeys1796145779988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"respondent_keys\" (\"respondentKey\" varchar(100) PRIMARY KEY NOT NULL, \"firstSeen\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    // Every respondent of the cases filed so far, once, first seen with its earliest case.
    await queryRunner.query("INSERT INTO \"respondent_keys\" (\"respondentKey\", \"firstSeen\") SELECT \"respondentKey\", MIN(\"createdAt\") FROM \"cases\" WHERE \"respondentKey\" <> '' GROUP BY \"respondentKey\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"respondent_keys\"");
  }
}

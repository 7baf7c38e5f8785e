import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Texted respondents' sessions: a refresh token's subject type may be `respondent` (10 characters). */
export class RespondentSessions1796128874509 implements MigrationInterface {
  name = 'RespondentSessions1796128874509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // MODIFY keeps the rows (the generator would drop and re-add the column, losing every session).
    await queryRunner.query("ALTER TABLE `refresh_tokens` MODIFY `subjectType` varchar(16) NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `refresh_tokens` MODIFY `subjectType` varchar(8) NOT NULL");
  }
}

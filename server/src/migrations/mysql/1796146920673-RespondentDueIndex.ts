import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RespondentDueIndex1796146920673 implements MigrationInterface {
  name = 'RespondentDueIndex1796146920673';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_due` ON `cases` (`respondentKey`, `nextDue`, `number`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_cases_respondent_due` ON `cases`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitWindows1796139103747 implements MigrationInterface {
  name = 'RateLimitWindows1796139103747';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rate_limit_windows\" (\"keyHash\" varchar(64) PRIMARY KEY NOT NULL, \"windowEndsMs\" bigint NOT NULL, \"hits\" integer NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_rate_limit_windows_end\" ON \"rate_limit_windows\" (\"windowEndsMs\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_rate_limit_windows_end\"");
    await queryRunner.query("DROP TABLE \"rate_limit_windows\"");
  }
}

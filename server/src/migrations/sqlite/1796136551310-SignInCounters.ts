import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInCounters1796136551310 implements MigrationInterface {
  name = 'SignInCounters1796136551310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"signin_counters\" (\"keyHash\" varchar(64) PRIMARY KEY NOT NULL, \"scope\" varchar(16) NOT NULL, \"accountHash\" varchar(64) NOT NULL, \"failures\" integer NOT NULL DEFAULT (0), \"windowEndsAt\" datetime(6) NOT NULL, \"trustedUntil\" datetime(6))");
    await queryRunner.query("CREATE INDEX \"ix_signin_counters_window\" ON \"signin_counters\" (\"windowEndsAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_signin_counters_account\" ON \"signin_counters\" (\"accountHash\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_signin_counters_account\"");
    await queryRunner.query("DROP INDEX \"ix_signin_counters_window\"");
    await queryRunner.query("DROP TABLE \"signin_counters\"");
  }
}

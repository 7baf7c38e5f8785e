import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkLog1796156758543 implements MigrationInterface {
  name = 'WorkLog1796156758543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"work_log_entries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workerId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"date\" varchar(10) NOT NULL, \"kind\" varchar(16) NOT NULL, \"hoursX100\" integer, \"orders\" integer, \"amountFen\" integer, \"platform\" varchar(100), \"note\" varchar(500), \"evidence\" text NOT NULL, \"corrects\" varchar(36), \"idempotencyKey\" varchar(64), \"requestSha256\" varchar(64) NOT NULL, \"savedAt\" datetime(6) NOT NULL, \"prevSha256\" varchar(64), \"sha256\" varchar(64) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_work_log_date\" ON \"work_log_entries\" (\"workerId\", \"date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_work_log_key\" ON \"work_log_entries\" (\"workerId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_work_log_seq\" ON \"work_log_entries\" (\"workerId\", \"seq\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_work_log_seq\"");
    await queryRunner.query("DROP INDEX \"ux_work_log_key\"");
    await queryRunner.query("DROP INDEX \"ix_work_log_date\"");
    await queryRunner.query("DROP TABLE \"work_log_entries\"");
  }
}

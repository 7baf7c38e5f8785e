import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkerProfiles1796156059376 implements MigrationInterface {
  name = 'WorkerProfiles1796156059376';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"worker_profiles\" (\"workerId\" varchar(36) PRIMARY KEY NOT NULL, \"nameEnc\" varchar(255), \"idNumberEnc\" varchar(255), \"industry\" varchar(32), \"workMode\" varchar(32), \"areaCode\" varchar(6), \"employer\" varchar(100), \"outletName\" varchar(100), \"outletAddress\" varchar(300), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"worker_profiles\"");
  }
}

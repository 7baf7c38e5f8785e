import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LocalFigures1796133832176 implements MigrationInterface {
  name = 'LocalFigures1796133832176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"local_figures\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"kind\" varchar(32) NOT NULL, \"value\" integer NOT NULL, \"effectiveFrom\" varchar(10) NOT NULL, \"source\" varchar(500) NOT NULL, \"sourceUrl\" varchar(500), \"example\" boolean NOT NULL, \"note\" varchar(500), \"version\" integer NOT NULL, \"createdBy\" varchar(36), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_local_figures_version\" ON \"local_figures\" (\"areaCode\", \"kind\", \"effectiveFrom\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_local_figures_version\"");
    await queryRunner.query("DROP TABLE \"local_figures\"");
  }
}

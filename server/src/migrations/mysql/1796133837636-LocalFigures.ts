import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LocalFigures1796133837636 implements MigrationInterface {
  name = 'LocalFigures1796133837636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `local_figures` (`id` varchar(36) NOT NULL, `areaCode` varchar(6) NOT NULL, `kind` varchar(32) NOT NULL, `value` int NOT NULL, `effectiveFrom` varchar(10) NOT NULL, `source` varchar(500) NOT NULL, `sourceUrl` varchar(500) NULL, `example` tinyint NOT NULL, `note` varchar(500) NULL, `version` int NOT NULL, `createdBy` varchar(36) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_local_figures_version` (`areaCode`, `kind`, `effectiveFrom`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_local_figures_version` ON `local_figures`");
    await queryRunner.query("DROP TABLE `local_figures`");
  }
}

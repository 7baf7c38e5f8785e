import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitWindows1796139107774 implements MigrationInterface {
  name = 'RateLimitWindows1796139107774';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `rate_limit_windows` (`keyHash` varchar(64) NOT NULL, `windowEndsMs` bigint NOT NULL, `hits` int NOT NULL, INDEX `ix_rate_limit_windows_end` (`windowEndsMs`), PRIMARY KEY (`keyHash`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_rate_limit_windows_end` ON `rate_limit_windows`");
    await queryRunner.query("DROP TABLE `rate_limit_windows`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInCounters1796136552623 implements MigrationInterface {
  name = 'SignInCounters1796136552623';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `signin_counters` (`keyHash` varchar(64) NOT NULL, `scope` varchar(16) NOT NULL, `accountHash` varchar(64) NOT NULL, `failures` int NOT NULL DEFAULT '0', `windowEndsAt` datetime(6) NOT NULL, `trustedUntil` datetime(6) NULL, INDEX `ix_signin_counters_window` (`windowEndsAt`), INDEX `ix_signin_counters_account` (`accountHash`), PRIMARY KEY (`keyHash`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_signin_counters_account` ON `signin_counters`");
    await queryRunner.query("DROP INDEX `ix_signin_counters_window` ON `signin_counters`");
    await queryRunner.query("DROP TABLE `signin_counters`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkerProfiles1796156063539 implements MigrationInterface {
  name = 'WorkerProfiles1796156063539';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `worker_profiles` (`workerId` varchar(36) NOT NULL, `nameEnc` varchar(255) NULL, `idNumberEnc` varchar(255) NULL, `industry` varchar(32) NULL, `workMode` varchar(32) NULL, `areaCode` varchar(6) NULL, `employer` varchar(100) NULL, `outletName` varchar(100) NULL, `outletAddress` varchar(300) NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`workerId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `worker_profiles`");
  }
}

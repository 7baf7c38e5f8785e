import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkLog1796156767575 implements MigrationInterface {
  name = 'WorkLog1796156767575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `work_log_entries` (`id` varchar(36) NOT NULL, `workerId` varchar(36) NOT NULL, `seq` int NOT NULL, `date` varchar(10) NOT NULL, `kind` varchar(16) NOT NULL, `hoursX100` int NULL, `orders` int NULL, `amountFen` int NULL, `platform` varchar(100) NULL, `note` varchar(500) NULL, `evidence` text NOT NULL, `corrects` varchar(36) NULL, `idempotencyKey` varchar(64) NULL, `requestSha256` varchar(64) NOT NULL, `savedAt` datetime(6) NOT NULL, `prevSha256` varchar(64) NULL, `sha256` varchar(64) NOT NULL, INDEX `ix_work_log_date` (`workerId`, `date`), UNIQUE INDEX `ux_work_log_key` (`workerId`, `idempotencyKey`), UNIQUE INDEX `ux_work_log_seq` (`workerId`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_work_log_seq` ON `work_log_entries`");
    await queryRunner.query("DROP INDEX `ux_work_log_key` ON `work_log_entries`");
    await queryRunner.query("DROP INDEX `ix_work_log_date` ON `work_log_entries`");
    await queryRunner.query("DROP TABLE `work_log_entries`");
  }
}

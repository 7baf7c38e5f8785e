import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillStatsMonths } from '../stats-months';

/** The statistics' month rows beside the day rows (no change of schema: `day` holds 'MYYYY-MM'). */
export class StatsMonths1796298109075 implements MigrationInterface {
  name = 'StatsMonths1796298109075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await fillStatsMonths(queryRunner, true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "case_stats_daily" WHERE day >= 'M'`);
    await queryRunner.query(`DELETE FROM "case_stats_days" WHERE day >= 'M'`);
  }
}

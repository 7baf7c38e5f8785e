import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QueueIndexes1796144361297 implements MigrationInterface {
  name = 'QueueIndexes1796144361297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // An index that leads with stationId first: its foreign key needs one while ix_cases_station_status is rebuilt.
    await queryRunner.query("CREATE INDEX `ix_cases_station_due` ON `cases` (`stationId`, `nextDue`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_station_number` ON `cases` (`stationId`, `number`)");
    await queryRunner.query("DROP INDEX `ix_cases_worker` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_next_due` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_station_status` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_respondent_key` ON `cases`");
    await queryRunner.query("CREATE INDEX `ix_cases_received` ON `cases` (`receivedAt`)");
    await queryRunner.query("CREATE INDEX `ix_cases_worker` ON `cases` (`workerId`, `createdAt`)");
    await queryRunner.query("CREATE INDEX `ix_cases_lawyer` ON `cases` (`lawyerId`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_legal_aid` ON `cases` (`legalAid`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_urgent` ON `cases` (`urgent`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_outlet` ON `cases` (`respondentOutletId`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_outlet` ON `cases` (`outletId`, `status`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_key` ON `cases` (`respondentKey`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_next_due` ON `cases` (`nextDue`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_status_number` ON `cases` (`status`, `number`)");
    await queryRunner.query("CREATE INDEX `ix_cases_station_status` ON `cases` (`stationId`, `status`, `nextDue`, `urgent`, `legalAid`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_cases_station_status` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_status_number` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_next_due` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_respondent_key` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_outlet` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_respondent_outlet` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_urgent` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_legal_aid` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_lawyer` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_worker` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_received` ON `cases`");
    await queryRunner.query("CREATE INDEX `ix_cases_respondent_key` ON `cases` (`respondentKey`)");
    await queryRunner.query("CREATE INDEX `ix_cases_station_status` ON `cases` (`stationId`, `status`)");
    await queryRunner.query("CREATE INDEX `ix_cases_next_due` ON `cases` (`nextDue`)");
    await queryRunner.query("CREATE INDEX `ix_cases_worker` ON `cases` (`workerId`)");
    await queryRunner.query("DROP INDEX `ix_cases_station_number` ON `cases`");
    await queryRunner.query("DROP INDEX `ix_cases_station_due` ON `cases`");
  }
}

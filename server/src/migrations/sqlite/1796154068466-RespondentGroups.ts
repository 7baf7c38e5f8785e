import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillRespondentGroups } from '../backfill-respondent-groups';

/**
 * One respondent across spellings (cases.respondentGroup, backfilled for the cases filed so far),
 * the names a credit code bridged into another respondent, the early warnings raised (once per respondent and window), a warning notice's respondent, and
 * a staff phone for the warnings' texts. Columns are added in place (no copy of `cases`); the
 * indexes are built after the backfill.
 */
export class RespondentGroups1796154068466 implements MigrationInterface {
  name = 'RespondentGroups1796154068466';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"early_warnings\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"respondentGroup\" varchar(100) NOT NULL, \"respondentName\" varchar(200) NOT NULL, \"windowStart\" varchar(10) NOT NULL, \"windowEnd\" varchar(10) NOT NULL, \"workers\" integer NOT NULL, \"claims\" integer NOT NULL, \"raisedAt\" datetime(6) NOT NULL, \"notifiedAt\" datetime(6), \"smsAttempts\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"ix_early_warnings_raised\" ON \"early_warnings\" (\"raisedAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_early_warnings_window\" ON \"early_warnings\" (\"respondentGroup\", \"windowStart\") ");
    await queryRunner.query("CREATE TABLE \"respondent_aliases\" (\"nameKey\" varchar(100) PRIMARY KEY NOT NULL, \"respondentGroup\" varchar(100) NOT NULL)");
    await queryRunner.query("ALTER TABLE \"cases\" ADD COLUMN \"respondentGroup\" varchar(100) NOT NULL DEFAULT ('')");
    await queryRunner.query("ALTER TABLE \"staff_notices\" ADD COLUMN \"respondentGroup\" varchar(100)");
    await queryRunner.query("ALTER TABLE \"staff_users\" ADD COLUMN \"phoneEnc\" varchar(255)");
    await backfillRespondentGroups(queryRunner, (id) => `"${id}"`);
    await queryRunner.query("CREATE INDEX \"ix_cases_group_received\" ON \"cases\" (\"respondentGroup\", \"receivedAt\", \"stationId\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_received_group\" ON \"cases\" (\"receivedAt\", \"respondentGroup\", \"workerId\", \"totalFen\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_cases_received_group\"");
    await queryRunner.query("DROP INDEX \"ix_cases_group_received\"");
    await queryRunner.query("ALTER TABLE \"staff_users\" DROP COLUMN \"phoneEnc\"");
    await queryRunner.query("ALTER TABLE \"staff_notices\" DROP COLUMN \"respondentGroup\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP COLUMN \"respondentGroup\"");
    await queryRunner.query("DROP TABLE \"respondent_aliases\"");
    await queryRunner.query("DROP INDEX \"uq_early_warnings_window\"");
    await queryRunner.query("DROP INDEX \"ix_early_warnings_raised\"");
    await queryRunner.query("DROP TABLE \"early_warnings\"");
  }
}

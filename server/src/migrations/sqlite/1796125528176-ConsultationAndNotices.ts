import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationAndNotices1796125528176 implements MigrationInterface {
  name = 'ConsultationAndNotices1796125528176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"staff_notices\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"staffId\" varchar(36) NOT NULL, \"caseId\" varchar(36) NOT NULL, \"caseNumber\" varchar(20) NOT NULL, \"kind\" varchar(32) NOT NULL, \"at\" datetime(6), \"readAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_staff_notices_staff\" ON \"staff_notices\" (\"staffId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"uq_cases_number\"");
    await queryRunner.query("DROP INDEX \"ix_cases_worker\"");
    await queryRunner.query("DROP INDEX \"ix_cases_respondent\"");
    await queryRunner.query("DROP INDEX \"ix_cases_id_hash\"");
    await queryRunner.query("DROP INDEX \"ix_cases_next_due\"");
    await queryRunner.query("DROP INDEX \"ix_cases_station_status\"");
    await queryRunner.query("DROP INDEX \"uq_cases_worker_idempotency\"");
    await queryRunner.query("DROP INDEX \"ix_cases_respondent_key\"");
    await queryRunner.query("DROP INDEX \"ix_cases_respondent_code\"");
    await queryRunner.query("CREATE TABLE \"temporary_cases\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"number\" varchar(20) NOT NULL, \"status\" varchar(32) NOT NULL, \"stationId\" varchar(36), \"outletId\" varchar(36), \"routeReason\" varchar(40) NOT NULL, \"mediationType\" varchar(32), \"labourDispute\" boolean NOT NULL, \"scannedStationSkipped\" boolean NOT NULL DEFAULT (0), \"workerId\" varchar(36) NOT NULL, \"idempotencyKey\" varchar(64) NOT NULL, \"requestHash\" varchar(64) NOT NULL, \"industry\" varchar(32) NOT NULL, \"workMode\" varchar(32) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"respondentName\" varchar(100) NOT NULL, \"claimantNameEnc\" varchar(255) NOT NULL, \"idNumberEnc\" varchar(255) NOT NULL, \"idNumberHash\" varchar(64) NOT NULL, \"phoneEnc\" varchar(255) NOT NULL, \"claim\" text NOT NULL, \"totalFen\" integer NOT NULL, \"legalAid\" boolean NOT NULL DEFAULT (0), \"urgent\" boolean NOT NULL DEFAULT (0), \"deadlines\" text NOT NULL, \"agreement\" text, \"nextDue\" varchar(10), \"claimTypes\" varchar(300) NOT NULL DEFAULT (''), \"receivedAt\" datetime(6) NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lawyerId\" varchar(36), \"respondentKey\" varchar(100) NOT NULL DEFAULT (''), \"respondentCreditCode\" varchar(18), \"purgedAt\" datetime(6), \"notesShared\" boolean NOT NULL DEFAULT (0), \"arbitration\" text, \"respondentOutletId\" varchar(36), \"proposal\" text, \"consultants\" text, CONSTRAINT \"FK_1abe953ddb855c56d8daaece79c\" FOREIGN KEY (\"stationId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d4693c6e78f0a1bdb8f13b8b878\" FOREIGN KEY (\"outletId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_9c37df18f608c42327ab701051c\" FOREIGN KEY (\"workerId\") REFERENCES \"workers\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_cases\"(\"id\", \"number\", \"status\", \"stationId\", \"outletId\", \"routeReason\", \"mediationType\", \"labourDispute\", \"scannedStationSkipped\", \"workerId\", \"idempotencyKey\", \"requestHash\", \"industry\", \"workMode\", \"areaCode\", \"respondentName\", \"claimantNameEnc\", \"idNumberEnc\", \"idNumberHash\", \"phoneEnc\", \"claim\", \"totalFen\", \"legalAid\", \"urgent\", \"deadlines\", \"agreement\", \"nextDue\", \"claimTypes\", \"receivedAt\", \"version\", \"createdAt\", \"updatedAt\", \"lawyerId\", \"respondentKey\", \"respondentCreditCode\", \"purgedAt\", \"notesShared\", \"arbitration\", \"respondentOutletId\", \"proposal\") SELECT \"id\", \"number\", \"status\", \"stationId\", \"outletId\", \"routeReason\", \"mediationType\", \"labourDispute\", \"scannedStationSkipped\", \"workerId\", \"idempotencyKey\", \"requestHash\", \"industry\", \"workMode\", \"areaCode\", \"respondentName\", \"claimantNameEnc\", \"idNumberEnc\", \"idNumberHash\", \"phoneEnc\", \"claim\", \"totalFen\", \"legalAid\", \"urgent\", \"deadlines\", \"agreement\", \"nextDue\", \"claimTypes\", \"receivedAt\", \"version\", \"createdAt\", \"updatedAt\", \"lawyerId\", \"respondentKey\", \"respondentCreditCode\", \"purgedAt\", \"notesShared\", \"arbitration\", \"respondentOutletId\", \"proposal\" FROM \"cases\"");
    await queryRunner.query("DROP TABLE \"cases\"");
    await queryRunner.query("ALTER TABLE \"temporary_cases\" RENAME TO \"cases\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_number\" ON \"cases\" (\"number\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_worker\" ON \"cases\" (\"workerId\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent\" ON \"cases\" (\"respondentName\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_id_hash\" ON \"cases\" (\"idNumberHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_next_due\" ON \"cases\" (\"nextDue\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_station_status\" ON \"cases\" (\"stationId\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_worker_idempotency\" ON \"cases\" (\"workerId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent_key\" ON \"cases\" (\"respondentKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent_code\" ON \"cases\" (\"respondentCreditCode\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_cases_respondent_code\"");
    await queryRunner.query("DROP INDEX \"ix_cases_respondent_key\"");
    await queryRunner.query("DROP INDEX \"uq_cases_worker_idempotency\"");
    await queryRunner.query("DROP INDEX \"ix_cases_station_status\"");
    await queryRunner.query("DROP INDEX \"ix_cases_next_due\"");
    await queryRunner.query("DROP INDEX \"ix_cases_id_hash\"");
    await queryRunner.query("DROP INDEX \"ix_cases_respondent\"");
    await queryRunner.query("DROP INDEX \"ix_cases_worker\"");
    await queryRunner.query("DROP INDEX \"uq_cases_number\"");
    await queryRunner.query("ALTER TABLE \"cases\" RENAME TO \"temporary_cases\"");
    await queryRunner.query("CREATE TABLE \"cases\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"number\" varchar(20) NOT NULL, \"status\" varchar(32) NOT NULL, \"stationId\" varchar(36), \"outletId\" varchar(36), \"routeReason\" varchar(40) NOT NULL, \"mediationType\" varchar(32), \"labourDispute\" boolean NOT NULL, \"scannedStationSkipped\" boolean NOT NULL DEFAULT (0), \"workerId\" varchar(36) NOT NULL, \"idempotencyKey\" varchar(64) NOT NULL, \"requestHash\" varchar(64) NOT NULL, \"industry\" varchar(32) NOT NULL, \"workMode\" varchar(32) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"respondentName\" varchar(100) NOT NULL, \"claimantNameEnc\" varchar(255) NOT NULL, \"idNumberEnc\" varchar(255) NOT NULL, \"idNumberHash\" varchar(64) NOT NULL, \"phoneEnc\" varchar(255) NOT NULL, \"claim\" text NOT NULL, \"totalFen\" integer NOT NULL, \"legalAid\" boolean NOT NULL DEFAULT (0), \"urgent\" boolean NOT NULL DEFAULT (0), \"deadlines\" text NOT NULL, \"agreement\" text, \"nextDue\" varchar(10), \"claimTypes\" varchar(300) NOT NULL DEFAULT (''), \"receivedAt\" datetime(6) NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lawyerId\" varchar(36), \"respondentKey\" varchar(100) NOT NULL DEFAULT (''), \"respondentCreditCode\" varchar(18), \"purgedAt\" datetime(6), \"notesShared\" boolean NOT NULL DEFAULT (0), \"arbitration\" text, \"respondentOutletId\" varchar(36), \"proposal\" text, CONSTRAINT \"FK_1abe953ddb855c56d8daaece79c\" FOREIGN KEY (\"stationId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d4693c6e78f0a1bdb8f13b8b878\" FOREIGN KEY (\"outletId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_9c37df18f608c42327ab701051c\" FOREIGN KEY (\"workerId\") REFERENCES \"workers\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"cases\"(\"id\", \"number\", \"status\", \"stationId\", \"outletId\", \"routeReason\", \"mediationType\", \"labourDispute\", \"scannedStationSkipped\", \"workerId\", \"idempotencyKey\", \"requestHash\", \"industry\", \"workMode\", \"areaCode\", \"respondentName\", \"claimantNameEnc\", \"idNumberEnc\", \"idNumberHash\", \"phoneEnc\", \"claim\", \"totalFen\", \"legalAid\", \"urgent\", \"deadlines\", \"agreement\", \"nextDue\", \"claimTypes\", \"receivedAt\", \"version\", \"createdAt\", \"updatedAt\", \"lawyerId\", \"respondentKey\", \"respondentCreditCode\", \"purgedAt\", \"notesShared\", \"arbitration\", \"respondentOutletId\", \"proposal\") SELECT \"id\", \"number\", \"status\", \"stationId\", \"outletId\", \"routeReason\", \"mediationType\", \"labourDispute\", \"scannedStationSkipped\", \"workerId\", \"idempotencyKey\", \"requestHash\", \"industry\", \"workMode\", \"areaCode\", \"respondentName\", \"claimantNameEnc\", \"idNumberEnc\", \"idNumberHash\", \"phoneEnc\", \"claim\", \"totalFen\", \"legalAid\", \"urgent\", \"deadlines\", \"agreement\", \"nextDue\", \"claimTypes\", \"receivedAt\", \"version\", \"createdAt\", \"updatedAt\", \"lawyerId\", \"respondentKey\", \"respondentCreditCode\", \"purgedAt\", \"notesShared\", \"arbitration\", \"respondentOutletId\", \"proposal\" FROM \"temporary_cases\"");
    await queryRunner.query("DROP TABLE \"temporary_cases\"");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent_code\" ON \"cases\" (\"respondentCreditCode\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent_key\" ON \"cases\" (\"respondentKey\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_worker_idempotency\" ON \"cases\" (\"workerId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_station_status\" ON \"cases\" (\"stationId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_next_due\" ON \"cases\" (\"nextDue\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_id_hash\" ON \"cases\" (\"idNumberHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_respondent\" ON \"cases\" (\"respondentName\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_worker\" ON \"cases\" (\"workerId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_number\" ON \"cases\" (\"number\") ");
    await queryRunner.query("DROP INDEX \"ix_staff_notices_staff\"");
    await queryRunner.query("DROP TABLE \"staff_notices\"");
  }
}

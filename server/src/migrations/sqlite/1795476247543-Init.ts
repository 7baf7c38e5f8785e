import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795476247543 implements MigrationInterface {
  name = 'Init1795476247543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actorType\" varchar(8) NOT NULL, \"actorId\" varchar(36), \"action\" varchar(64) NOT NULL, \"targetType\" varchar(32) NOT NULL, \"targetId\" varchar(36), \"detail\" text, \"requestId\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_audit_created\" ON \"audit_entries\" (\"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_actor\" ON \"audit_entries\" (\"actorType\", \"actorId\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_target\" ON \"audit_entries\" (\"targetType\", \"targetId\") ");
    await queryRunner.query("CREATE TABLE \"otp_challenges\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"phoneHash\" varchar(64) NOT NULL, \"ipHash\" varchar(64) NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"consumedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_otp_ip_created\" ON \"otp_challenges\" (\"ipHash\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_otp_phone_created\" ON \"otp_challenges\" (\"phoneHash\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"familyId\" varchar(36) NOT NULL, \"subjectType\" varchar(8) NOT NULL, \"subjectId\" varchar(36) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"replacedAt\" datetime(6), \"revokedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_refresh_token_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_subject\" ON \"refresh_tokens\" (\"subjectType\", \"subjectId\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_family\" ON \"refresh_tokens\" (\"familyId\") ");
    await queryRunner.query("CREATE TABLE \"stations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(100) NOT NULL, \"nameEn\" varchar(200), \"kind\" varchar(32) NOT NULL, \"industries\" text NOT NULL, \"mediationTypes\" text NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"parentId\" varchar(36), \"address\" varchar(300) NOT NULL, \"hours\" varchar(200) NOT NULL DEFAULT (''), \"phone\" varchar(20) NOT NULL, \"lat\" double, \"lng\" double, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_stations_code\" ON \"stations\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"ix_stations_area\" ON \"stations\" (\"areaCode\") ");
    await queryRunner.query("CREATE TABLE \"staff_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"displayName\" varchar(100) NOT NULL, \"role\" varchar(32) NOT NULL, \"stationId\" varchar(36), \"passwordHash\" varchar(255) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"disabled\" boolean NOT NULL DEFAULT (0), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_users_username\" ON \"staff_users\" (\"username\") ");
    await queryRunner.query("CREATE TABLE \"workers\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"openidHash\" varchar(64), \"phoneHash\" varchar(64), \"phoneEnc\" varchar(255), \"displayName\" varchar(100) NOT NULL DEFAULT (''), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_openid_hash\" ON \"workers\" (\"openidHash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workers_phone_hash\" ON \"workers\" (\"phoneHash\") ");
    await queryRunner.query("DROP INDEX \"uq_stations_code\"");
    await queryRunner.query("DROP INDEX \"ix_stations_area\"");
    await queryRunner.query("CREATE TABLE \"temporary_stations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(100) NOT NULL, \"nameEn\" varchar(200), \"kind\" varchar(32) NOT NULL, \"industries\" text NOT NULL, \"mediationTypes\" text NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"parentId\" varchar(36), \"address\" varchar(300) NOT NULL, \"hours\" varchar(200) NOT NULL DEFAULT (''), \"phone\" varchar(20) NOT NULL, \"lat\" double, \"lng\" double, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_89e56c26769884a756d3435fa11\" FOREIGN KEY (\"parentId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_stations\"(\"id\", \"code\", \"name\", \"nameEn\", \"kind\", \"industries\", \"mediationTypes\", \"areaCode\", \"parentId\", \"address\", \"hours\", \"phone\", \"lat\", \"lng\", \"active\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"nameEn\", \"kind\", \"industries\", \"mediationTypes\", \"areaCode\", \"parentId\", \"address\", \"hours\", \"phone\", \"lat\", \"lng\", \"active\", \"createdAt\", \"updatedAt\" FROM \"stations\"");
    await queryRunner.query("DROP TABLE \"stations\"");
    await queryRunner.query("ALTER TABLE \"temporary_stations\" RENAME TO \"stations\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_stations_code\" ON \"stations\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"ix_stations_area\" ON \"stations\" (\"areaCode\") ");
    await queryRunner.query("DROP INDEX \"uq_staff_users_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_staff_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"displayName\" varchar(100) NOT NULL, \"role\" varchar(32) NOT NULL, \"stationId\" varchar(36), \"passwordHash\" varchar(255) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"disabled\" boolean NOT NULL DEFAULT (0), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_8eb0235d4b4fb8cb1faefd548d6\" FOREIGN KEY (\"stationId\") REFERENCES \"stations\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_staff_users\"(\"id\", \"username\", \"displayName\", \"role\", \"stationId\", \"passwordHash\", \"failedLogins\", \"lockedUntil\", \"disabled\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"displayName\", \"role\", \"stationId\", \"passwordHash\", \"failedLogins\", \"lockedUntil\", \"disabled\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"staff_users\"");
    await queryRunner.query("DROP TABLE \"staff_users\"");
    await queryRunner.query("ALTER TABLE \"temporary_staff_users\" RENAME TO \"staff_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_users_username\" ON \"staff_users\" (\"username\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_staff_users_username\"");
    await queryRunner.query("ALTER TABLE \"staff_users\" RENAME TO \"temporary_staff_users\"");
    await queryRunner.query("CREATE TABLE \"staff_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"displayName\" varchar(100) NOT NULL, \"role\" varchar(32) NOT NULL, \"stationId\" varchar(36), \"passwordHash\" varchar(255) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"disabled\" boolean NOT NULL DEFAULT (0), \"lastLoginAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"staff_users\"(\"id\", \"username\", \"displayName\", \"role\", \"stationId\", \"passwordHash\", \"failedLogins\", \"lockedUntil\", \"disabled\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"displayName\", \"role\", \"stationId\", \"passwordHash\", \"failedLogins\", \"lockedUntil\", \"disabled\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_staff_users\"");
    await queryRunner.query("DROP TABLE \"temporary_staff_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_users_username\" ON \"staff_users\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_stations_area\"");
    await queryRunner.query("DROP INDEX \"uq_stations_code\"");
    await queryRunner.query("ALTER TABLE \"stations\" RENAME TO \"temporary_stations\"");
    await queryRunner.query("CREATE TABLE \"stations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(100) NOT NULL, \"nameEn\" varchar(200), \"kind\" varchar(32) NOT NULL, \"industries\" text NOT NULL, \"mediationTypes\" text NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"parentId\" varchar(36), \"address\" varchar(300) NOT NULL, \"hours\" varchar(200) NOT NULL DEFAULT (''), \"phone\" varchar(20) NOT NULL, \"lat\" double, \"lng\" double, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"stations\"(\"id\", \"code\", \"name\", \"nameEn\", \"kind\", \"industries\", \"mediationTypes\", \"areaCode\", \"parentId\", \"address\", \"hours\", \"phone\", \"lat\", \"lng\", \"active\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"nameEn\", \"kind\", \"industries\", \"mediationTypes\", \"areaCode\", \"parentId\", \"address\", \"hours\", \"phone\", \"lat\", \"lng\", \"active\", \"createdAt\", \"updatedAt\" FROM \"temporary_stations\"");
    await queryRunner.query("DROP TABLE \"temporary_stations\"");
    await queryRunner.query("CREATE INDEX \"ix_stations_area\" ON \"stations\" (\"areaCode\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_stations_code\" ON \"stations\" (\"code\") ");
    await queryRunner.query("DROP INDEX \"uq_workers_phone_hash\"");
    await queryRunner.query("DROP INDEX \"uq_workers_openid_hash\"");
    await queryRunner.query("DROP TABLE \"workers\"");
    await queryRunner.query("DROP INDEX \"uq_staff_users_username\"");
    await queryRunner.query("DROP TABLE \"staff_users\"");
    await queryRunner.query("DROP INDEX \"ix_stations_area\"");
    await queryRunner.query("DROP INDEX \"uq_stations_code\"");
    await queryRunner.query("DROP TABLE \"stations\"");
    await queryRunner.query("DROP INDEX \"ix_refresh_family\"");
    await queryRunner.query("DROP INDEX \"ix_refresh_subject\"");
    await queryRunner.query("DROP INDEX \"uq_refresh_token_hash\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"ix_otp_phone_created\"");
    await queryRunner.query("DROP INDEX \"ix_otp_ip_created\"");
    await queryRunner.query("DROP TABLE \"otp_challenges\"");
    await queryRunner.query("DROP INDEX \"ix_audit_target\"");
    await queryRunner.query("DROP INDEX \"ix_audit_actor\"");
    await queryRunner.query("DROP INDEX \"ix_audit_created\"");
    await queryRunner.query("DROP TABLE \"audit_entries\"");
  }
}

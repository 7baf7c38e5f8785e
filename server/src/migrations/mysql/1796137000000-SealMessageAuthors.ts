import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's messages no longer carry the worker's name in clear: it is read from the case's
 * sealed claimant name when the thread is shown. This clears the copies already written. There is
 * nothing to restore on the way down (the names are on the cases).
 */
export class SealMessageAuthors1796137000000 implements MigrationInterface {
  name = 'SealMessageAuthors1796137000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE case_messages SET authorName = '' WHERE authorType = 'worker'");
  }

  public async down(): Promise<void> {
    // Irreversible by design: the names were personal data in clear.
  }
}

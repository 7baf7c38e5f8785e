import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildOpenCounts } from '../../services/cases/open-counts';

export class OpenCountsByDay1796311567421 implements MigrationInterface {
  name = 'OpenCountsByDay1796311567421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `ix_case_open_counts_status_due` ON `case_open_counts` (`status`, `dueOn`, `urgent`, `legalAid`, `n`)");
    // The counts in their new shape (total rows, and rows per due day and month), from the cases.
    await rebuildOpenCounts(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_case_open_counts_status_due` ON `case_open_counts`");
  }
}

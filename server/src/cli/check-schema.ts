/**
 * Fails when the entities and the committed migrations drift apart: migrates the database of
 * DATABASE_URL (use an empty one) and lists any statement still needed. The test suites run the
 * same check on SQLite and MariaDB.
 */
import 'reflect-metadata';
import { createDataSource, pendingSchemaChanges } from '../db/data-source';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (an empty database)');
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const pending = await pendingSchemaChanges(ds);
    if (pending.length) {
      console.error(
        `Entities and migrations differ; generate a migration (npm run migration:generate -w server -- Name):\n${pending.join(';\n')}`,
      );
      process.exitCode = 1;
    } else console.log('Entities and migrations are in step.');
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

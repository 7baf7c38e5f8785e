/** Applies pending migrations to DATABASE_URL: the deploy step when API processes run with DB_MIGRATIONS_RUN=false. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';

async function main() {
  const config = loadConfig(process.env, { dotenv: true });
  const ds = createDataSource(config.DATABASE_URL);
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

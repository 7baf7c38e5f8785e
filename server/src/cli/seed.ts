/**
 * Seeds the demo city (stations and one staff account per role).
 * Usage: npm run seed [-- --force]. Refuses a database that already has stations unless --force,
 * and refuses NODE_ENV=production unless --force.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { seedDemoGuarded } from '../seed/demo';

async function main() {
  const force = process.argv.includes('--force');
  const config = loadConfig(process.env, { dotenv: true });
  const ds = createDataSource(config.DATABASE_URL);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const summary = await seedDemoGuarded(ds, { force, production: config.NODE_ENV === 'production' });
    console.log(`Seeded ${summary.stations} stations and ${summary.staff} staff accounts (demo password: see README).`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

/**
 * Seeds the demo city (stations and one staff account per role).
 * Usage: npm run seed [-- --force]. Refuses a database that already has stations unless --force,
 * and refuses NODE_ENV=production unless --force.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { StationEntity } from '../entities';
import { seedDemo } from '../services/demo-seed';

async function main() {
  const force = process.argv.includes('--force');
  const config = loadConfig(process.env, { dotenv: true });
  const ds = createDataSource(config.DATABASE_URL);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const existing = await ds.getRepository(StationEntity).count();
    if (!force && config.NODE_ENV === 'production') throw new Error('Refusing to seed demo data with NODE_ENV=production (use --force if you really mean it).');
    if (existing > 0 && !force) throw new Error(`Refusing to seed: the database already has ${existing} stations (use --force to add the demo city anyway).`);
    const summary = await seedDemo(ds);
    console.log(`Seeded ${summary.stations} stations and ${summary.staff} staff accounts.`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

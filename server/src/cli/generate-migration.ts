/**
 * Writes a migration for the dialect of DATABASE_URL with the statements that bring a database,
 * migrated to the latest committed migration, in line with the entities.
 * Usage: DATABASE_URL=sqlite:.tmp/gen.sqlite node server/dist/cli/generate-migration.js Name
 * (then add the class to migrations/<dialect>/index.ts). Run it once per dialect: sqlite and mariadb.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource, parseDatabaseUrl } from '../db/data-source';

async function main() {
  const name = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) {
    console.error('usage: DATABASE_URL=... generate-migration <PascalCaseName>');
    process.exit(2);
  }
  const { dialect } = parseDatabaseUrl(url);
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (log.upQueries.length === 0) {
    console.log('Schema is in step with the entities: nothing to generate.');
    return;
  }
  const ts = Date.now();
  const cls = `${name}${ts}`;
  // Tables carry utf8mb4 themselves, whatever the server's default (Chinese names, emoji in messages).
  const q = (s: string) =>
    JSON.stringify(
      dialect === 'sqlite'
        ? s
        : s.replace(/\) ENGINE=InnoDB$/, ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci'),
    );
  const up = log.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = log.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const folder = dialect === 'sqlite' ? 'sqlite' : 'mysql';
  const file = path.join(__dirname, '..', '..', 'src', 'migrations', folder, `${ts}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${cls} to migrations/${folder}/index.ts`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

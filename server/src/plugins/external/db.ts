import fp from 'fastify-plugin';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { seedDemo } from '../../seed/demo';
import { StationEntity } from '../../entities';

/**
 * The database: migrations at boot when DB_MIGRATIONS_RUN (on by default; turn it off when a
 * deploy step runs them once for several API processes), and the demo city in an empty database
 * when DEMO_SEED.
 */
export default fp(
  async (fastify) => {
    const { config } = fastify;
    const ds = createDataSource(config.DATABASE_URL);
    await ds.initialize();
    fastify.addHook('onClose', async () => {
      if (ds.isInitialized) await ds.destroy();
    });
    if (config.DB_MIGRATIONS_RUN) {
      const applied = await ds.runMigrations({ transaction: 'each' });
      if (applied.length) fastify.log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
    if (config.DEMO_SEED && (await ds.getRepository(StationEntity).count()) === 0) {
      const summary = await seedDemo(ds);
      fastify.log.info(summary, 'empty database: demo city seeded');
    }
    fastify.decorate('db', ds);
  },
  { name: 'db' },
);

declare module 'fastify' {
  interface FastifyInstance {
    db: DataSource;
  }
}

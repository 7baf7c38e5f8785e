import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
const health: FastifyPluginAsyncTypebox = async (fastify) => {
  const Health = Type.Object({
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
    database: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    dialect: Type.String(),
  });
  fastify.get(
    '/healthz',
    { schema: { tags: ['ops'], summary: 'Health: does the database answer', response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      const dialect = String(fastify.db.options.type);
      try {
        await fastify.db.query('SELECT 1');
        return { status: 'ok' as const, database: 'up' as const, dialect };
      } catch {
        return reply.code(503).send({ status: 'degraded' as const, database: 'down' as const, dialect });
      }
    },
  );
};
export default health;

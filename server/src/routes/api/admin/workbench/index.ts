import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The staff workbench: what needs attention now, within the user's reach. */
const workbench: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  const counts = ROUTES['admin.workbench'];
  fastify.get(urlIn(fastify, counts), { schema: schemaOf(counts) }, async (req) =>
    fastify.services.cases.queue.workbench(req.principal!),
  );
};
export default workbench;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The early warning: respondents with a cluster of claims in a short time, within the user's reach. */
const warnings: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  const list = ROUTES['admin.warnings'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) =>
    fastify.services.warnings.list(req.principal!, req.query),
  );
};
export default warnings;

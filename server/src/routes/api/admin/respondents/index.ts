import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** One respondent across spellings: every claim against it within the user's reach, and what they came to. */
const respondents: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  const get = ROUTES['admin.respondents.get'];
  fastify.get(urlIn(fastify, get), { schema: schemaOf(get) }, async (req) =>
    fastify.services.warnings.respondent(req.principal!, req.params.key, req.query),
  );
};
export default respondents;

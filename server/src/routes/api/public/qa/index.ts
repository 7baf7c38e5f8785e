import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The legal Q&A, without signing in; limited per address (QA_RATE_LIMIT_PER_MINUTE). Questions are not stored. */
const ask: FastifyPluginAsyncTypebox = async (fastify) => {
  const spec = ROUTES['public.qa'];
  fastify.post(
    urlIn(fastify, spec),
    {
      config: { rateLimit: { max: fastify.config.QA_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
      schema: schemaOf(spec),
    },
    async (req) => fastify.services.knowledge.qa.ask(req.body),
  );
};
export default ask;

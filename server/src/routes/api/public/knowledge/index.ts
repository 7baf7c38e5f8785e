import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The published library, without signing in: search with filters, one entry, "cases like mine". */
const publicKnowledge: FastifyPluginAsyncTypebox = async (fastify) => {
  const search = ROUTES['public.knowledge.search'];
  fastify.get(urlIn(fastify, search), { schema: schemaOf(search) }, async (req) =>
    fastify.services.knowledge.reader.search(req.query),
  );
  const get = ROUTES['public.knowledge.get'];
  fastify.get(urlIn(fastify, get), { schema: schemaOf(get) }, async (req) =>
    fastify.services.knowledge.reader.get(req.params.id),
  );
  const similar = ROUTES['public.knowledge.similar'];
  fastify.post(
    urlIn(fastify, similar),
    // The wizard asks again as the claim changes: three times the Q&A's allowance.
    {
      config: { rateLimit: { max: 3 * fastify.config.QA_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
      schema: schemaOf(similar),
    },
    async (req) => fastify.services.knowledge.reader.similar(req.body),
  );
};
export default publicKnowledge;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** Where a claim would go, and why, before the worker files it (the wizard's station step). */
const routePreview: FastifyPluginAsyncTypebox = async (fastify) => {
  const preview = ROUTES['public.route'];
  fastify.post(
    urlIn(fastify, preview),
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } }, schema: schemaOf(preview) },
    async (req) => fastify.services.stations.route(req.body),
  );
};
export default routePreview;

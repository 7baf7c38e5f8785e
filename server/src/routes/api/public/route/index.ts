import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RouteDecision, RouteRequestBody } from '@gig/shared';
import { ERROR_RESPONSES } from '../../../schemas';

/** Where a claim would go, and why, before the worker files it (the wizard's station step). */
const routePreview: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post(
    '/',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Preview routing: the station a claim goes to and the reason',
        body: RouteRequestBody,
        response: { 200: RouteDecision, ...ERROR_RESPONSES },
      },
    },
    async (req) => fastify.services.stations.route(req.body),
  );
};
export default routePreview;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WarningList, WarningQuery } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/** The early warning: respondents with a cluster of claims in a short time, within the user's reach. */
const warnings: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  fastify.get(
    '/',
    {
      schema: {
        tags: ['admin'],
        summary: 'Respondents with at least minCases claims in the last days days (defaults EARLY_WARNING_MIN_CASES, EARLY_WARNING_DAYS), most first',
        security: BEARER,
        querystring: WarningQuery,
        response: { 200: WarningList, ...ERROR_RESPONSES },
      },
    },
    async (req) => fastify.services.patterns.warnings(req.principal!, req.query),
  );
};
export default warnings;

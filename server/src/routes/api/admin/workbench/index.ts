import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WorkbenchCounts } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/** The staff workbench: what needs attention now, within the user's reach. */
const workbench: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  fastify.get(
    '/',
    { schema: { tags: ['admin'], summary: 'Counts that matter now in your reach: new, due within 3 days, overdue, urgent, legal aid, awaiting the worker', security: BEARER, response: { 200: WorkbenchCounts, ...ERROR_RESPONSES } } },
    async (req) => fastify.services.cases.queue.workbench(req.principal!),
  );
};
export default workbench;

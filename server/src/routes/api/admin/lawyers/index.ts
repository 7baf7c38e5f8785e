import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The legal-aid lawyers a case can be assigned to (active accounts), for the assign-lawyer form. */
const lawyers: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook(
    'onRequest',
    fastify.requireStaff(['legal_aid_lawyer', 'station_admin', 'supervisor', 'system_admin']),
  );
  const list = ROUTES['admin.lawyers'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async () => ({
    items: await fastify.services.staff.lawyers(),
  }));
};
export default lawyers;

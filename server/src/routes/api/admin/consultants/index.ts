import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The accounts an urgent consultation can name, for the flag-urgent form's pickers (those who may flag). */
const consultants: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff(['mediator', 'station_admin', 'supervisor', 'system_admin']));
  const list = ROUTES['admin.consultants'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async () => ({
    items: await fastify.services.staff.consultants(),
  }));
};
export default consultants;

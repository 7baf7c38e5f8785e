import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** A staff account's notices about cases that concern them. */
const notices: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  const list = ROUTES['admin.notices'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) =>
    fastify.services.notices.list(req.principal!),
  );
  const read = ROUTES['admin.notices.read'];
  fastify.post(urlIn(fastify, read), { schema: schemaOf(read) }, async (req) => {
    await fastify.services.notices.read(req.principal!, req.params.id);
    return { ok: true as const };
  });
};
export default notices;

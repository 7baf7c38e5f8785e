import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** Every version of the local figures (any staff account), and a new version (a system admin). */
const figures: FastifyPluginAsyncTypebox = async (fastify) => {
  const list = ROUTES['admin.figures'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list), onRequest: fastify.requireStaff() }, async () => ({
    items: await fastify.services.figures.all(),
  }));
  const create = ROUTES['admin.figures.create'];
  fastify.post(
    urlIn(fastify, create),
    { schema: schemaOf(create), onRequest: fastify.requireStaff(['system_admin']) },
    async (req, reply) => reply.code(201).send(await fastify.services.figures.create(req.principal!, req.body, req.id)),
  );
};
export default figures;

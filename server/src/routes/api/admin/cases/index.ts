import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { registerThreadRoutes } from '../../../case-thread';
import { registerActionRoutes } from '../../../case-actions';
import { registerDocumentRoutes } from '../../../case-documents';
import { schemaOf, urlIn } from '../../../schemas';

/** Staff on cases: the queue of what they may see, a case, its actions (from the shared table), thread, files and documents. */
const staffCases: FastifyPluginAsyncTypebox = async (fastify) => {
  const { cases } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff());

  const queue = ROUTES['admin.cases.queue'];
  fastify.get(urlIn(fastify, queue), { schema: schemaOf(queue) }, async (req) => {
    const page = await cases.queue.queue(req.principal!, req.query);
    return {
      items: page.items.map((c) => ({ ...cases.views.summary(c), nextDue: c.nextDue })),
      nextCursor: page.nextCursor,
    };
  });

  const one = ROUTES['admin.cases.get'];
  fastify.get(urlIn(fastify, one), { schema: schemaOf(one) }, async (req) =>
    cases.views.get(req.principal!, req.params.id),
  );

  const reveal = ROUTES['admin.cases.reveal'];
  fastify.post(
    urlIn(fastify, reveal),
    { config: { rateLimit: { max: 30, timeWindow: '1 hour' } }, schema: schemaOf(reveal) },
    async (req, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await cases.privacy.reveal({ principal: req.principal!, requestId: req.id }, req.params.id, req.body)),
  );

  registerActionRoutes(fastify, 'staff');

  registerDocumentRoutes(fastify, 'staff');

  const related = ROUTES['admin.cases.related'];
  fastify.get(urlIn(fastify, related), { schema: schemaOf(related) }, async (req) =>
    fastify.services.patterns.related(req.principal!, req.params.id),
  );

  const told = ROUTES['admin.cases.notifications'];
  fastify.get(urlIn(fastify, told), { schema: schemaOf(told) }, async (req) => {
    const { c } = await cases.reach.load(req.principal!, req.params.id);
    return { items: await fastify.services.notifications.forCaseView(c.id) };
  });

  registerThreadRoutes(fastify, 'staff');
};
export default staffCases;

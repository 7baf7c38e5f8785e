import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { registerActionRoutes } from '../../../case-actions';
import { readUpload, schemaOf, uploadValidators, urlIn } from '../../../schemas';

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

  const pdf = ROUTES['admin.cases.agreementPdf'];
  fastify.get(urlIn(fastify, pdf), { schema: schemaOf(pdf) }, async (req, reply) => {
    // The PDF names the parties in full: only for those who may reveal, and audited like a reveal.
    const { c } = await cases.reach.load(req.principal!, req.params.id, 'reveal');
    const view = await cases.views.view(c, req.principal!);
    const file = await fastify.services.documents.agreementPdf(c, view.workerSignature?.evidenceId ?? null);
    await cases.privacy.audited(req.principal!, req.id, 'agreement.pdf_generated', c);
    return reply
      .type('application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="agreement-${c.number}.pdf"`)
      .send(file);
  });

  const related = ROUTES['admin.cases.related'];
  fastify.get(urlIn(fastify, related), { schema: schemaOf(related) }, async (req) => ({
    items: await fastify.services.patterns.related(req.principal!, req.params.id),
  }));

  const told = ROUTES['admin.cases.notifications'];
  fastify.get(urlIn(fastify, told), { schema: schemaOf(told) }, async (req) => {
    const { c } = await cases.reach.load(req.principal!, req.params.id);
    return { items: await fastify.services.notifications.forCaseView(c.id) };
  });

  const thread = ROUTES['admin.cases.messages'];
  fastify.get(urlIn(fastify, thread), { schema: schemaOf(thread) }, async (req) => ({
    items: await cases.messages.list(req.principal!, req.params.id),
  }));

  const post = ROUTES['admin.cases.post'];
  fastify.post(urlIn(fastify, post), { schema: schemaOf(post) }, async (req, reply) => {
    const { replayed } = await cases.messages.post(req.principal!, req.params.id, req.body);
    return reply.code(replayed ? 200 : 201).send({ items: await cases.messages.list(req.principal!, req.params.id) });
  });

  const upload = ROUTES['admin.cases.upload'];
  fastify.post(
    urlIn(fastify, upload),
    { validatorCompiler: uploadValidators, schema: schemaOf(upload) },
    async (req, reply) => {
      const r = await fastify.services.evidence.upload(req.principal!, await readUpload(req), req.params.id);
      return reply.code(r.replayed ? 200 : 201).send(r.view);
    },
  );
};
export default staffCases;

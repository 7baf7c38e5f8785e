import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { ROUTES } from '@gig/shared';
import { registerThreadRoutes } from '../../case-thread';
import { registerActionRoutes } from '../../case-actions';
import { registerDocumentRoutes } from '../../case-documents';
import { schemaOf, urlIn } from '../../schemas';

/** The worker's side: file a claim once per Idempotency-Key, follow their own cases, act on them. */
const workerCases: FastifyPluginAsyncTypebox = async (fastify) => {
  const { cases } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);
  const actor = (req: FastifyRequest) => ({ principal: req.principal!, requestId: req.id });

  const file = ROUTES['cases.file'];
  fastify.post(urlIn(fastify, file), { schema: schemaOf(file) }, async (req, reply) => {
    const r = await cases.filing.file(actor(req), req.body, req.headers['idempotency-key']);
    return reply
      .code(r.replayed ? 200 : 201)
      .send({ case: await cases.views.filed(req.principal!, r), nextStep: r.nextStep, replayed: r.replayed });
  });

  const mine = ROUTES['cases.mine'];
  fastify.get(urlIn(fastify, mine), { schema: schemaOf(mine) }, async (req) => ({
    items: (await cases.queue.listForWorker(req.principal!)).map((c) => cases.views.summary(c)),
  }));

  const one = ROUTES['cases.get'];
  fastify.get(urlIn(fastify, one), { schema: schemaOf(one) }, async (req) =>
    cases.views.get(req.principal!, req.params.id),
  );

  registerActionRoutes(fastify, 'worker');

  registerThreadRoutes(fastify, 'worker');
  registerDocumentRoutes(fastify, 'worker');

  const consent = ROUTES['cases.consentOutlet'];
  fastify.post(urlIn(fastify, consent), { schema: schemaOf(consent) }, async (req) => {
    await cases.privacy.consentToOutlet(actor(req), req.params.id);
    return cases.views.get(req.principal!, req.params.id);
  });
};
export default workerCases;

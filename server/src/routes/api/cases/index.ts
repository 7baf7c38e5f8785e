import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { ROUTES } from '@gig/shared';
import { registerActionRoutes } from '../../case-actions';
import { readUpload, schemaOf, uploadValidators, urlIn } from '../../schemas';

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
      .send({ case: await cases.views.get(req.principal!, r.entity.id), nextStep: r.nextStep, replayed: r.replayed });
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

  const thread = ROUTES['cases.messages'];
  fastify.get(urlIn(fastify, thread), { schema: schemaOf(thread) }, async (req) => ({
    items: await cases.messages.list(req.principal!, req.params.id),
  }));

  const post = ROUTES['cases.post'];
  fastify.post(urlIn(fastify, post), { schema: schemaOf(post) }, async (req, reply) => {
    const { replayed } = await cases.messages.post(req.principal!, req.params.id, req.body);
    return reply.code(replayed ? 200 : 201).send({ items: await cases.messages.list(req.principal!, req.params.id) });
  });

  const consent = ROUTES['cases.consentOutlet'];
  fastify.post(urlIn(fastify, consent), { schema: schemaOf(consent) }, async (req) => {
    await cases.privacy.consentToOutlet(actor(req), req.params.id);
    return cases.views.get(req.principal!, req.params.id);
  });

  const upload = ROUTES['cases.upload'];
  fastify.post(
    urlIn(fastify, upload),
    { validatorCompiler: uploadValidators, schema: schemaOf(upload) },
    async (req, reply) => {
      const r = await fastify.services.evidence.upload(req.principal!, await readUpload(req), req.params.id);
      return reply.code(r.replayed ? 200 : 201).send(r.view);
    },
  );
};
export default workerCases;

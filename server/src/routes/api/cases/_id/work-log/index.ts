import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../../schemas';

/** Attach a date range of the worker's own work record to their case, as a PDF of evidence. */
const attachWorkLog: FastifyPluginAsyncTypebox = async (fastify) => {
  const { workLog } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const spec = ROUTES['cases.attachWorkLog'];
  fastify.post(urlIn(fastify, spec), { schema: schemaOf(spec) }, async (req, reply) => {
    const r = await workLog.attach(req.principal!, req.params.id, req.body);
    return reply.code(r.replayed ? 200 : 201).send(r.view);
  });
};
export default attachWorkLog;

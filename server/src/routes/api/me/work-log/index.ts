import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The worker's own work record: read a range with its summaries and chain check; add an entry; erase it all. */
const workLog: FastifyPluginAsyncTypebox = async (fastify) => {
  const { workLog: log } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const list = ROUTES['me.workLog'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) => log.list(req.principal!.id, req.query));

  const save = ROUTES['me.workLogSave'];
  fastify.post(urlIn(fastify, save), { schema: schemaOf(save) }, async (req, reply) => {
    const r = await log.save(req.principal!.id, req.body, req.headers['idempotency-key'], {
      requestId: req.id,
      ip: req.ip,
    });
    return reply.code(r.replayed ? 200 : 201).send({ ...r.view, replayed: r.replayed });
  });

  const erase = ROUTES['me.workLogErase'];
  fastify.post(urlIn(fastify, erase), { schema: schemaOf(erase) }, async (req) =>
    log.erase(req.principal!.id, { requestId: req.id, ip: req.ip }),
  );
};
export default workLog;

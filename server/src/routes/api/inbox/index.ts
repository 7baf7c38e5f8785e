import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../schemas';
import { localeOf } from '../../../plugins/app/errors';

/** The worker's in-app inbox: every notification lands here, whatever happens on WeChat or SMS. */
const inbox: FastifyPluginAsyncTypebox = async (fastify) => {
  const { notifications } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const list = ROUTES['inbox.list'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) =>
    notifications.inbox(req.principal!.id, localeOf(req), req.query),
  );

  const read = ROUTES['inbox.read'];
  fastify.post(urlIn(fastify, read), { schema: schemaOf(read) }, async (req) => {
    await notifications.markRead(req.principal!.id, req.params.id);
    return { ok: true as const };
  });

  const all = ROUTES['inbox.readAll'];
  fastify.post(urlIn(fastify, all), { schema: schemaOf(all) }, async (req) => {
    await notifications.markRead(req.principal!.id);
    return { ok: true as const };
  });
};
export default inbox;

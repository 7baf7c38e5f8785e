import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The worker's profile: read it, change it (only the fields sent). */
const profile: FastifyPluginAsyncTypebox = async (fastify) => {
  const { profiles } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const get = ROUTES['me.profile'];
  fastify.get(urlIn(fastify, get), { schema: schemaOf(get) }, async (req) => profiles.get(req.principal!.id));

  const update = ROUTES['me.profileUpdate'];
  fastify.patch(urlIn(fastify, update), { schema: schemaOf(update) }, async (req) =>
    profiles.update(req.principal!.id, req.body, { requestId: req.id, ip: req.ip }),
  );
};
export default profile;

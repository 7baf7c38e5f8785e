import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** Staff accounts: station admins for their station and its outlets, system admins for all, supervisors read. */
const staffAccounts: FastifyPluginAsyncTypebox = async (fastify) => {
  const { staff } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff(['station_admin', 'supervisor', 'system_admin']));

  const list = ROUTES['admin.staff'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) => ({
    items: await staff.list(req.principal!, req.query),
  }));

  const create = ROUTES['admin.staff.create'];
  fastify.post(urlIn(fastify, create), { schema: schemaOf(create) }, async (req, reply) =>
    reply.code(201).send(await staff.create(req.principal!, req.body, req.id)),
  );

  const update = ROUTES['admin.staff.update'];
  fastify.patch(urlIn(fastify, update), { schema: schemaOf(update) }, async (req) =>
    staff.update(req.principal!, req.params.id, req.body, req.id),
  );

  const password = ROUTES['admin.staff.password'];
  fastify.post(urlIn(fastify, password), { schema: schemaOf(password) }, async (req) => {
    await staff.resetPassword(req.principal!, req.params.id, req.body.password, req.id);
    return { ok: true as const };
  });
};
export default staffAccounts;

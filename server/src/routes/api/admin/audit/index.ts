import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The audit log: who did what to which case or account, and every reveal of personal data. */
const auditLog: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff(['supervisor', 'system_admin']));
  const list = ROUTES['admin.audit'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) =>
    fastify.services.staff.auditLog(req.principal!, req.query),
  );
};
export default auditLog;

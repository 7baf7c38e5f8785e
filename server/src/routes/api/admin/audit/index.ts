import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPage, AuditQuery } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/** The audit log: who did what to which case or account, and every reveal of personal data. */
const auditLog: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff(['supervisor', 'system_admin']));
  fastify.get(
    '/',
    { schema: { tags: ['admin'], summary: 'Audit entries, newest first; page with `before` = nextBefore', security: BEARER, querystring: AuditQuery, response: { 200: AuditPage, ...ERROR_RESPONSES } } },
    async (req) => fastify.services.staff.auditLog(req.principal!, req.query),
  );
};
export default auditLog;

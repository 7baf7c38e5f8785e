import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id, PasswordResetBody, StaffAccount, StaffCreateBody, StaffListQuery, StaffUpdateBody } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/** Staff accounts: station admins for their station and its outlets, system admins for all, supervisors read. */
const staffAccounts: FastifyPluginAsyncTypebox = async (fastify) => {
  const { staff } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff(['station_admin', 'supervisor', 'system_admin']));
  const IdParams = Type.Object({ id: Id });

  fastify.get(
    '/',
    { schema: { tags: ['admin'], summary: 'Staff accounts in your reach', security: BEARER, querystring: StaffListQuery, response: { 200: Type.Object({ items: Type.Array(StaffAccount) }), ...ERROR_RESPONSES } } },
    async (req) => ({ items: await staff.list(req.principal!, req.query) }),
  );
  fastify.post(
    '/',
    { schema: { tags: ['admin'], summary: 'Create an account (a station admin: mediators and station admins of their station or its outlets)', security: BEARER, body: StaffCreateBody, response: { 201: StaffAccount, ...ERROR_RESPONSES } } },
    async (req, reply) => reply.code(201).send(await staff.create(req.principal!, req.body, req.id)),
  );
  fastify.patch(
    '/:id',
    { schema: { tags: ['admin'], summary: 'Change name, role or station, or disable / enable (ends the sessions of a disabled account)', security: BEARER, params: IdParams, body: StaffUpdateBody, response: { 200: StaffAccount, ...ERROR_RESPONSES } } },
    async (req) => staff.update(req.principal!, req.params.id, req.body, req.id),
  );
  fastify.post(
    '/:id/password',
    { schema: { tags: ['admin'], summary: 'Set a new password (clears a lockout, ends the sessions)', security: BEARER, params: IdParams, body: PasswordResetBody, response: { 200: Type.Object({ ok: Type.Literal(true) }), ...ERROR_RESPONSES } } },
    async (req) => {
      await staff.resetPassword(req.principal!, req.params.id, req.body.password, req.id);
      return { ok: true as const };
    },
  );
};
export default staffAccounts;

import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id } from '@gig/shared';
import { StaffUserEntity } from '../../../../entities';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/** The legal-aid lawyers a case can be assigned to (active accounts), for the assign-lawyer form. */
const lawyers: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff(['legal_aid_lawyer', 'station_admin', 'supervisor', 'system_admin']));
  fastify.get(
    '/',
    {
      schema: {
        tags: ['admin'],
        summary: 'Active legal-aid lawyers, by name',
        security: BEARER,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Id, name: Type.String(), stationId: Type.Union([Id, Type.Null()]) })) }), ...ERROR_RESPONSES },
      },
    },
    async () => {
      const rows = await fastify.db.getRepository(StaffUserEntity).find({ where: { role: 'legal_aid_lawyer', disabled: false }, order: { displayName: 'ASC' } });
      return { items: rows.map((u) => ({ id: u.id, name: u.displayName, stationId: u.stationId })) };
    },
  );
};
export default lawyers;

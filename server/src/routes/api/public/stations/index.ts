import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { StationCard, StationCode, StationListQuery } from '@gig/shared';
import { ERROR_RESPONSES } from '../../../schemas';

/** What anyone may read of the station network: the card behind a QR, and the list to choose from. */
const publicStations: FastifyPluginAsyncTypebox = async (fastify) => {
  const { stations } = fastify.services;

  fastify.get(
    '/',
    {
      schema: {
        tags: ['public'],
        summary: 'Active stations that take claims, filterable by kind, industry and area',
        querystring: StationListQuery,
        response: { 200: Type.Object({ items: Type.Array(StationCard) }), ...ERROR_RESPONSES },
      },
    },
    async (req) => {
      const rows = await stations.list({ ...req.query, active: true });
      const intake = rows.filter((s) => s.kind === 'association' || s.kind === 'government' || req.query.kind !== undefined);
      return { items: intake.map((s) => stations.toCard(s)) };
    },
  );

  fastify.get(
    '/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'A station card by its QR code (inactive stations are shown with active=false)',
        params: Type.Object({ code: StationCode }),
        response: { 200: StationCard, ...ERROR_RESPONSES },
      },
    },
    async (req) => stations.card(req.params.code),
  );
};
export default publicStations;

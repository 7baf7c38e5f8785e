import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** What anyone may read of the station network: the card behind a QR, and the list to choose from. */
const publicStations: FastifyPluginAsyncTypebox = async (fastify) => {
  const { stations } = fastify.services;

  const list = ROUTES['public.stations'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) => {
    const rows = await stations.list({ ...req.query, active: true });
    const intake = rows.filter(
      (s) => s.kind === 'association' || s.kind === 'government' || req.query.kind !== undefined,
    );
    return { items: intake.map((s) => stations.toCard(s)) };
  });

  const one = ROUTES['public.station'];
  fastify.get(urlIn(fastify, one), { schema: schemaOf(one) }, async (req) => stations.card(req.params.code));
};
export default publicStations;

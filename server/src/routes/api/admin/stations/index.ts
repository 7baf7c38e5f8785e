import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/**
 * Staff work on the station network. Every staff member may read it; system admins and
 * supervisors change any station; a station admin edits the contact details of their own station
 * and its outlets, opens and closes its outlets, and adds outlets under it.
 */
const adminStations: FastifyPluginAsyncTypebox = async (fastify) => {
  const { stations } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff());

  const list = ROUTES['admin.stations'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) => ({
    items: (await stations.list(req.query)).map((s) => stations.toDto(s)),
  }));

  const create = ROUTES['admin.stations.create'];
  fastify.post(urlIn(fastify, create), { schema: schemaOf(create) }, async (req, reply) =>
    reply.code(201).send(stations.toDto(await stations.create(req.principal!, req.body, req.id))),
  );

  const one = ROUTES['admin.stations.get'];
  fastify.get(urlIn(fastify, one), { schema: schemaOf(one) }, async (req) =>
    stations.toDto(await stations.get(req.params.id)),
  );

  const update = ROUTES['admin.stations.update'];
  fastify.patch(urlIn(fastify, update), { schema: schemaOf(update) }, async (req) =>
    stations.toDto(await stations.update(req.principal!, await req.scope(), req.params.id, req.body, req.id)),
  );

  const qr = ROUTES['admin.stations.qr'];
  fastify.get(urlIn(fastify, qr), { schema: schemaOf(qr) }, async (req, reply) => {
    const station = await stations.get(req.params.id);
    const format = req.query.format ?? 'png';
    const body = await stations.qr(station.code, format, req.query.size ?? 512);
    return reply
      .type(format === 'svg' ? 'image/svg+xml' : 'image/png')
      .header('content-disposition', `inline; filename="station-${station.code}.${format}"`)
      .send(body);
  });

  const poster = ROUTES['admin.stations.poster'];
  fastify.get(urlIn(fastify, poster), { schema: schemaOf(poster) }, async (req, reply) => {
    const station = await stations.get(req.params.id);
    const pdf = await fastify.services.documents.posterPdf(station);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="poster-${station.code}.pdf"`)
      .send(pdf);
  });
};
export default adminStations;

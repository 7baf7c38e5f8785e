import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id, QrQuery, Station, StationCreateBody, StationListQuery, StationUpdateBody } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../../schemas';

/**
 * Staff work on the station network. Every staff member may read it; system admins and
 * supervisors change any station; a station admin edits their own station and its outlets and
 * adds outlets under it.
 */
const adminStations: FastifyPluginAsyncTypebox = async (fastify) => {
  const { stations } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff());
  const IdParams = Type.Object({ id: Id });

  fastify.get(
    '/',
    {
      schema: { tags: ['admin'], summary: 'All stations (filterable)', security: BEARER, querystring: StationListQuery, response: { 200: Type.Object({ items: Type.Array(Station) }), ...ERROR_RESPONSES } },
    },
    async (req) => ({ items: (await stations.list(req.query)).map((s) => stations.toDto(s)) }),
  );

  fastify.post(
    '/',
    {
      schema: { tags: ['admin'], summary: 'Create a station', security: BEARER, body: StationCreateBody, response: { 201: Station, ...ERROR_RESPONSES } },
    },
    async (req, reply) => reply.code(201).send(stations.toDto(await stations.create(req.principal!, req.body, req.id))),
  );

  fastify.get(
    '/:id',
    { schema: { tags: ['admin'], summary: 'One station', security: BEARER, params: IdParams, response: { 200: Station, ...ERROR_RESPONSES } } },
    async (req) => stations.toDto(await stations.get(req.params.id)),
  );

  fastify.patch(
    '/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Edit a station (send only the fields that change; active=false takes it out of routing)',
        security: BEARER,
        params: IdParams,
        body: StationUpdateBody,
        response: { 200: Station, ...ERROR_RESPONSES },
      },
    },
    async (req) => stations.toDto(await stations.update(req.principal!, await req.scope(), req.params.id, req.body, req.id)),
  );

  fastify.get(
    '/:id/qr',
    {
      schema: {
        tags: ['admin'],
        summary: "The station's printable QR code (PNG or SVG) for PUBLIC_BASE_URL/s/<code>",
        security: BEARER,
        params: IdParams,
        querystring: QrQuery,
        produces: ['image/png', 'image/svg+xml'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const station = await stations.get(req.params.id);
      const format = req.query.format ?? 'png';
      const body = await stations.qr(station.code, format, req.query.size ?? 512);
      return reply
        .type(format === 'svg' ? 'image/svg+xml' : 'image/png')
        .header('content-disposition', `inline; filename="station-${station.code}.${format}"`)
        .send(body);
    },
  );

  fastify.get(
    '/:id/poster.pdf',
    {
      schema: {
        tags: ['admin'],
        summary: "The station's A4 poster to print: its name, the QR code, one line of instructions, address, hours and phone",
        security: BEARER,
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const station = await stations.get(req.params.id);
      const pdf = await fastify.services.documents.posterPdf(station);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="poster-${station.code}.pdf"`).send(pdf);
    },
  );
};
export default adminStations;

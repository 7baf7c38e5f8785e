import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { h5StationPath } from '@gig/shared';

/**
 * The printed QR's address, PUBLIC_BASE_URL/s/<code>: a phone camera opens it and lands on the H5
 * claim page with the station filled in. Unknown codes land there too: the page says so and
 * offers the station list.
 */
const qrLanding: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'QR landing: redirects to the H5 station page',
        params: Type.Object({ code: Type.String({ maxLength: 64 }) }),
        response: { 302: Type.Null() },
      },
    },
    async (req, reply) => reply.header('cache-control', 'no-store').redirect(h5StationPath(req.params.code), 302),
  );
};
export default qrLanding;

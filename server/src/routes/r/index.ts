import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffRespondPath } from '@gig/shared';

/**
 * The link texted to a respondent without an account, PUBLIC_BASE_URL/r/<token>: redirects to the
 * staff page's respond screen, which asks for the code sent to the same phone.
 */
const respondLanding: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/:token',
    {
      schema: {
        tags: ['public'],
        summary: "A texted respondent's link: redirects to the staff page's respond screen",
        params: Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}$' }) }),
        response: { 302: Type.Null() },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .redirect(staffRespondPath(req.params.token), 302),
  );
};
export default respondLanding;

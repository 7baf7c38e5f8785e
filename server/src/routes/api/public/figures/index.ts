import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The local figures in force for a place on a day: what the worker's calculator reads, without signing in. */
const publicFigures: FastifyPluginAsyncTypebox = async (fastify) => {
  const spec = ROUTES['public.figures'];
  fastify.get(urlIn(fastify, spec), { schema: schemaOf(spec) }, async (req) =>
    fastify.services.figures.inForce(req.query.areaCode, req.query.on),
  );
};
export default publicFigures;

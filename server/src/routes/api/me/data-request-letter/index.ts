import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf } from '../../../schemas';

/** The letter to the platform asking for the worker's own data (PIPL arts 45 and 24), as a PDF. */
const letter: FastifyPluginAsyncTypebox = async (fastify) => {
  const { workLog } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const spec = ROUTES['me.dataRequestLetter'];
  // The folder cannot carry the ".pdf": the route is registered at its full path, outside the prefix.
  fastify.get(spec.path.slice(fastify.prefix.length), { schema: schemaOf(spec) }, async (req, reply) => {
    const pdf = await workLog.letter(req.principal!.id, req.query);
    return reply
      .type('application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'attachment; filename="data-request-letter.pdf"')
      .send(pdf);
  });
};
export default letter;

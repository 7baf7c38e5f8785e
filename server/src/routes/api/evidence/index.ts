import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, uploadValidators, urlIn } from '../../schemas';
import { readUpload, uploadRoutes } from '../../upload';

/** Evidence files: a worker's uploads before filing, and reading any file one may see. */
const evidenceRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { evidence } = fastify.services;

  const upload = ROUTES['evidence.upload'];
  uploadRoutes(fastify, (f) =>
    f.post(
      urlIn(f, upload),
      { onRequest: [fastify.requireWorker], validatorCompiler: uploadValidators, schema: schemaOf(upload) },
      async (req, reply) => {
        const r = await evidence.upload(req.principal!, await readUpload(req), null);
        return reply.code(r.replayed ? 200 : 201).send(r.view);
      },
    ),
  );

  const content = ROUTES['evidence.content'];
  fastify.get(
    urlIn(fastify, content),
    { onRequest: [fastify.authenticate], schema: schemaOf(content) },
    async (req, reply) => {
      const { row, body } = await evidence.content(req.principal!, req.params.id);
      return reply
        .type(row.mime)
        .header('content-length', String(row.size))
        .header('x-content-sha256', row.sha256)
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `inline; filename="evidence-${row.id}"; filename*=UTF-8''${encodeURIComponent(row.originalName)}`,
        )
        .send(body);
    },
  );
};
export default evidenceRoutes;

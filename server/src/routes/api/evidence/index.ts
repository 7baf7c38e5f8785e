import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EvidenceView, Id } from '@gig/shared';
import { BEARER, ERROR_RESPONSES, FILE_UPLOAD, readUpload, uploadValidators } from '../../schemas';

/** Evidence files: a worker's uploads before filing, and reading any file one may see. */
const evidenceRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { evidence } = fastify.services;

  fastify.post(
    '/',
    {
      onRequest: [fastify.requireWorker],
      validatorCompiler: uploadValidators,
      schema: {
        tags: ['cases'],
        summary: 'Upload a file before filing (photo, screenshot, PDF, short audio); list its id in evidenceIds when filing. The same bytes again return the same file.',
        security: BEARER,
        consumes: ['multipart/form-data'],
        body: FILE_UPLOAD,
        response: { 200: EvidenceView, 201: EvidenceView, ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const r = await evidence.upload(req.principal!, await readUpload(req), null);
      return reply.code(r.replayed ? 200 : 201).send(r.view);
    },
  );

  fastify.get(
    '/:id/content',
    {
      onRequest: [fastify.authenticate],
      schema: {
        tags: ['cases'],
        summary: "A file's bytes, for its worker and the staff who may see its case; X-Content-SHA256 carries its hash",
        security: BEARER,
        params: Type.Object({ id: Id }),
        produces: ['image/*', 'application/pdf', 'audio/*'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const { row, bytes } = await evidence.content(req.principal!, req.params.id);
      return reply
        .type(row.mime)
        .header('x-content-sha256', row.sha256)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename="evidence-${row.id}"; filename*=UTF-8''${encodeURIComponent(row.originalName)}`)
        .send(bytes);
    },
  );
};
export default evidenceRoutes;

import type { FastifyInstance } from 'fastify';
import { ROUTES } from '@gig/shared';
import { schemaOf, uploadValidators, urlIn } from './schemas';
import { readUpload, uploadRoutes } from './upload';

/**
 * The thread and the files of a case, the same on both sides: the worker's routes under
 * `/api/cases/:id`, the staff's under `/api/admin/cases/:id` (with internal notes for those who
 * may write them). A message's clientId makes a retried send post nothing new (200 instead of 201);
 * the same bytes uploaded again return the file already kept.
 */
export function registerThreadRoutes(fastify: FastifyInstance, side: 'staff' | 'worker'): void {
  const { cases, evidence } = fastify.services;
  const [list, post, upload] =
    side === 'staff'
      ? [ROUTES['admin.cases.messages'], ROUTES['admin.cases.post'], ROUTES['admin.cases.upload']]
      : [ROUTES['cases.messages'], ROUTES['cases.post'], ROUTES['cases.upload']];
  type Params = { Params: { id: string } };

  fastify.get<Params>(urlIn(fastify, list), { schema: schemaOf(list) }, async (req) => ({
    items: await cases.messages.list(req.principal!, req.params.id),
  }));

  fastify.post<Params & { Body: { clientId: string; body: string; internal?: boolean } }>(
    urlIn(fastify, post),
    { schema: schemaOf(post) },
    async (req, reply) => {
      const { replayed } = await cases.messages.post(req.principal!, req.params.id, req.body);
      return reply.code(replayed ? 200 : 201).send({ items: await cases.messages.list(req.principal!, req.params.id) });
    },
  );

  uploadRoutes(fastify, (f) =>
    f.post<Params>(
      urlIn(f, upload),
      { validatorCompiler: uploadValidators, schema: schemaOf(upload) },
      async (req, reply) => {
        const r = await evidence.upload(req.principal!, await readUpload(req), req.params.id);
        return reply.code(r.replayed ? 200 : 201).send(r.view);
      },
    ),
  );
}

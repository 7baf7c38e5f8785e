import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KNOWLEDGE_EDITOR_ROLES, ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The library's editors (KNOWLEDGE_EDITOR_ROLES): drafts, review, publishing, versions, Markdown import, case drafts. */
const knowledge: FastifyPluginAsyncTypebox = async (fastify) => {
  const onRequest = fastify.requireStaff(KNOWLEDGE_EDITOR_ROLES);
  const k = () => fastify.services.knowledge;

  const list = ROUTES['admin.knowledge.list'];
  fastify.get(urlIn(fastify, list), { schema: schemaOf(list), onRequest }, async (req) => k().editor.list(req.query));
  const create = ROUTES['admin.knowledge.create'];
  fastify.post(urlIn(fastify, create), { schema: schemaOf(create), onRequest }, async (req, reply) =>
    reply.code(201).send(await k().editor.create(req.principal!, req.body, req.id)),
  );
  const importMd = ROUTES['admin.knowledge.import'];
  fastify.post(urlIn(fastify, importMd), { schema: schemaOf(importMd), onRequest }, async (req, reply) =>
    reply.code(201).send({ items: await k().editor.importMarkdown(req.principal!, req.body.markdown, req.id) }),
  );
  const fromCase = ROUTES['admin.knowledge.fromCase'];
  fastify.post(urlIn(fastify, fromCase), { schema: schemaOf(fromCase), onRequest }, async (req, reply) =>
    reply.code(201).send(await k().fromCase.draft(req.principal!, req.params.caseId, req.id)),
  );
  const get = ROUTES['admin.knowledge.get'];
  fastify.get(urlIn(fastify, get), { schema: schemaOf(get), onRequest }, async (req) => k().editor.get(req.params.id));
  const update = ROUTES['admin.knowledge.update'];
  fastify.patch(urlIn(fastify, update), { schema: schemaOf(update), onRequest }, async (req) =>
    k().editor.update(req.principal!, req.params.id, req.body, req.id),
  );
  const submit = ROUTES['admin.knowledge.submit'];
  fastify.post(urlIn(fastify, submit), { schema: schemaOf(submit), onRequest }, async (req) =>
    k().editor.submit(req.principal!, req.params.id, req.id),
  );
  const publish = ROUTES['admin.knowledge.publish'];
  fastify.post(urlIn(fastify, publish), { schema: schemaOf(publish), onRequest }, async (req) =>
    k().editor.publish(req.principal!, req.params.id, req.id),
  );
  const versions = ROUTES['admin.knowledge.versions'];
  fastify.get(urlIn(fastify, versions), { schema: schemaOf(versions), onRequest }, async (req) => ({
    items: await k().editor.versions(req.params.id),
  }));
};
export default knowledge;

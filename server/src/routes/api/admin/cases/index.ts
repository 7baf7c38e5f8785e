import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RelatedCases, CaseNotificationList, RevealBody, RevealResponse, EvidenceView, MessageList, StaffMessageBody, CaseQueuePage, CaseQueueQuery, CaseView, Id } from '@gig/shared';
import { registerActionRoutes } from '../../../case-actions';
import { BEARER, ERROR_RESPONSES, FILE_UPLOAD, readUpload, uploadValidators } from '../../../schemas';

/** Staff on cases: the queue of what they may see, a case, its actions (from the shared table), thread, files and documents. */
const staffCases: FastifyPluginAsyncTypebox = async (fastify) => {
  const { cases } = fastify.services;
  fastify.addHook('onRequest', fastify.requireStaff());
  const IdParams = Type.Object({ id: Id });

  fastify.get(
    '/',
    {
      schema: {
        tags: ['admin'],
        summary: 'The queue: cases of my stations (all for city-wide roles), filtered and searched, newest first or by due date, a page at a time',
        security: BEARER,
        querystring: CaseQueueQuery,
        response: { 200: CaseQueuePage, ...ERROR_RESPONSES },
      },
    },
    async (req) => {
      const page = await cases.queue.queue(req.principal!, req.query);
      return { items: page.items.map((c) => ({ ...cases.views.summary(c), nextDue: c.nextDue })), nextCursor: page.nextCursor };
    },
  );

  fastify.get(
    '/:id',
    { schema: { tags: ['admin'], summary: 'One case of my stations', security: BEARER, params: IdParams, response: { 200: CaseView, ...ERROR_RESPONSES } } },
    async (req) => cases.views.get(req.principal!, req.params.id),
  );

  fastify.post(
    '/:id/reveal',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 hour' } },
      schema: {
        tags: ['admin'],
        summary: "Show the worker's full ID number or phone; the reason is recorded in the audit log",
        security: BEARER,
        params: IdParams,
        body: RevealBody,
        response: { 200: RevealResponse, ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => reply.header('cache-control', 'no-store').send(await cases.privacy.reveal({ principal: req.principal!, requestId: req.id }, req.params.id, req.body)),
  );

  registerActionRoutes(fastify, 'staff');

  fastify.get(
    '/:id/agreement.pdf',
    {
      schema: {
        tags: ['admin'],
        summary: 'The mediation agreement as a PDF to print and sign (parties in full, so generating it is audited like a reveal); 409 NO_AGREEMENT before one is recorded',
        security: BEARER,
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const { c } = await cases.reach.load(req.principal!, req.params.id, 'reveal');
      const view = await cases.views.view(c, req.principal!);
      const pdf = await fastify.services.documents.agreementPdf(c, view.workerSignature?.evidenceId ?? null);
      await cases.privacy.audited(req.principal!, req.id, 'agreement.pdf_generated', c);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="agreement-${c.number}.pdf"`)
        .send(pdf);
    },
  );

  fastify.get(
    '/:id/related',
    { schema: { tags: ['admin'], summary: 'Other cases against the same respondent (same name, however written, or same credit code) that you may see', security: BEARER, params: IdParams, response: { 200: RelatedCases, ...ERROR_RESPONSES } } },
    async (req) => ({ items: await fastify.services.patterns.related(req.principal!, req.params.id) }),
  );

  fastify.get(
    '/:id/notifications',
    { schema: { tags: ['admin'], summary: 'What the worker was told about the case, and each delivery attempt by WeChat and SMS', security: BEARER, params: IdParams, response: { 200: CaseNotificationList, ...ERROR_RESPONSES } } },
    async (req) => {
      const { c } = await cases.reach.load(req.principal!, req.params.id);
      return { items: await fastify.services.notifications.forCaseView(c.id) };
    },
  );

  fastify.get(
    '/:id/messages',
    { schema: { tags: ['admin'], summary: 'The thread on a case, with internal notes', security: BEARER, params: IdParams, response: { 200: MessageList, ...ERROR_RESPONSES } } },
    async (req) => ({ items: await cases.messages.list(req.principal!, req.params.id) }),
  );

  fastify.post(
    '/:id/messages',
    {
      schema: { tags: ['admin'], summary: 'Message the worker, or add an internal note (internal: true) the worker never sees', security: BEARER, params: IdParams, body: StaffMessageBody, response: { 200: MessageList, 201: MessageList, ...ERROR_RESPONSES } },
    },
    async (req, reply) => {
      const { replayed } = await cases.messages.post(req.principal!, req.params.id, req.body);
      return reply.code(replayed ? 200 : 201).send({ items: await cases.messages.list(req.principal!, req.params.id) });
    },
  );

  fastify.post(
    '/:id/evidence',
    {
      validatorCompiler: uploadValidators,
      schema: {
        tags: ['admin'],
        summary: 'Add a file to the case (e.g. the signed agreement, a payment record)',
        security: BEARER,
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: FILE_UPLOAD,
        response: { 200: EvidenceView, 201: EvidenceView, ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const r = await fastify.services.evidence.upload(req.principal!, await readUpload(req), req.params.id);
      return reply.code(r.replayed ? 200 : 201).send(r.view);
    },
  );
};
export default staffCases;

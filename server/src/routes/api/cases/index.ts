import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OutletConsentBody, EvidenceView, MessageBody, MessageList, CaseSummary, CaseView, ClaimCreateBody, FilingReceipt, Id } from '@gig/shared';
import { registerActionRoutes } from '../../case-actions';
import { BEARER, ERROR_RESPONSES, FILE_UPLOAD, IDEMPOTENCY_KEY, readUpload, uploadValidators } from '../../schemas';

/** The worker's side: file a claim once per Idempotency-Key, follow their own cases, act on them. */
const workerCases: FastifyPluginAsyncTypebox = async (fastify) => {
  const { cases } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);
  const IdParams = Type.Object({ id: Id });

  fastify.post(
    '/',
    {
      schema: {
        tags: ['cases'],
        summary: 'File a claim. A retry with the same Idempotency-Key returns the same case (200) instead of filing again (201).',
        security: BEARER,
        headers: Type.Object({ 'idempotency-key': IDEMPOTENCY_KEY }),
        body: ClaimCreateBody,
        response: { 200: FilingReceipt, 201: FilingReceipt, ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const r = await cases.filing.file({ principal: req.principal!, requestId: req.id }, req.body, req.headers['idempotency-key']);
      return reply.code(r.replayed ? 200 : 201).send({ case: await cases.views.get(req.principal!, r.entity.id), nextStep: r.nextStep, replayed: r.replayed });
    },
  );

  fastify.get(
    '/',
    { schema: { tags: ['cases'], summary: 'My cases, newest first', security: BEARER, response: { 200: Type.Object({ items: Type.Array(CaseSummary) }), ...ERROR_RESPONSES } } },
    async (req) => ({ items: (await cases.queue.listForWorker(req.principal!)).map((c) => cases.views.summary(c)) }),
  );

  fastify.get(
    '/:id',
    { schema: { tags: ['cases'], summary: 'One of my cases, with its timeline, deadlines and what I can do now', security: BEARER, params: IdParams, response: { 200: CaseView, ...ERROR_RESPONSES } } },
    async (req) => cases.views.get(req.principal!, req.params.id),
  );

  registerActionRoutes(fastify, 'worker');

  fastify.get(
    '/:id/messages',
    { schema: { tags: ['cases'], summary: 'The messages between me and the station on my case', security: BEARER, params: IdParams, response: { 200: MessageList, ...ERROR_RESPONSES } } },
    async (req) => ({ items: await cases.messages.list(req.principal!, req.params.id) }),
  );

  fastify.post(
    '/:id/messages',
    {
      schema: { tags: ['cases'], summary: 'Send the station a message (a retry with the same clientId sends nothing new)', security: BEARER, params: IdParams, body: MessageBody, response: { 200: MessageList, 201: MessageList, ...ERROR_RESPONSES } },
    },
    async (req, reply) => {
      const { replayed } = await cases.messages.post(req.principal!, req.params.id, req.body);
      return reply.code(replayed ? 200 : 201).send({ items: await cases.messages.list(req.principal!, req.params.id) });
    },
  );

  fastify.post(
    '/:id/consents/outlet',
    {
      schema: {
        tags: ['cases'],
        summary: "Agree (separately, PIPL art 23) that the station may hand my case to the employer's outlet to settle; send the version of the text I was shown",
        security: BEARER,
        params: IdParams,
        body: OutletConsentBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => {
      await cases.privacy.consentToOutlet({ principal: req.principal!, requestId: req.id }, req.params.id);
      return cases.views.get(req.principal!, req.params.id);
    },
  );

  fastify.post(
    '/:id/evidence',
    {
      validatorCompiler: uploadValidators,
      schema: {
        tags: ['cases'],
        summary: 'Add a file to my case',
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
export default workerCases;

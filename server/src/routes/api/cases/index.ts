import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ConfirmationRequestBody, OutletConsentBody, SignAgreementBody, EvidenceView, MessageBody, MessageList, CaseActionBody, CaseSummary, CaseView, ClaimCreateBody, FilingReceipt, Id, StringEnum } from '@gig/shared';
import { BEARER, ERROR_RESPONSES, FILE_UPLOAD, readUpload, uploadValidators } from '../../schemas';

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
        headers: Type.Object({ 'idempotency-key': Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$', description: 'Made by the client once per claim and kept with the draft' }) }),
        body: ClaimCreateBody,
        response: { 200: FilingReceipt, 201: FilingReceipt, ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      const r = await cases.file({ principal: req.principal!, requestId: req.id }, req.body, req.headers['idempotency-key']);
      const filed = await cases.load(req.principal!, r.entity.id);
      return reply.code(r.replayed ? 200 : 201).send({ case: await cases.view(filed, req.principal!), nextStep: r.nextStep, replayed: r.replayed });
    },
  );

  fastify.get(
    '/',
    { schema: { tags: ['cases'], summary: 'My cases, newest first', security: BEARER, response: { 200: Type.Object({ items: Type.Array(CaseSummary) }), ...ERROR_RESPONSES } } },
    async (req) => ({ items: (await cases.listForWorker(req.principal!)).map((c) => cases.summary(c)) }),
  );

  fastify.get(
    '/:id',
    { schema: { tags: ['cases'], summary: 'One of my cases, with its timeline, deadlines and what I can do now', security: BEARER, params: IdParams, response: { 200: CaseView, ...ERROR_RESPONSES } } },
    async (req) => cases.view(await cases.load(req.principal!, req.params.id), req.principal!),
  );

  fastify.post(
    '/:id/actions/:action',
    {
      schema: {
        tags: ['cases'],
        summary: 'Withdraw; ask for arbitration after a failed mediation or once the 15-day window has passed; confirm the agreed payment arrived, or report that it did not',
        security: BEARER,
        params: Type.Object({ id: Id, action: StringEnum(['withdraw', 'request_arbitration', 'confirm_receipt', 'report_non_payment'] as const) }),
        body: CaseActionBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.act(actor, req.params.id, req.params.action, req.body)),
  );

  fastify.post(
    '/:id/actions/sign_agreement',
    {
      schema: {
        tags: ['cases'],
        summary: 'Sign the agreement: upload the signature image to the case first (POST /api/cases/:id/evidence), then send its id',
        security: BEARER,
        params: IdParams,
        body: SignAgreementBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.signAgreement(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/request_confirmation',
    {
      schema: {
        tags: ['cases'],
        summary: 'Ask for court judicial confirmation (within 30 days of the agreement) or arbitration review (within 15 days), so the agreement can be enforced',
        security: BEARER,
        params: IdParams,
        body: ConfirmationRequestBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.requestConfirmation(actor, req.params.id, req.body)),
  );

  fastify.get(
    '/:id/messages',
    { schema: { tags: ['cases'], summary: 'The messages between me and the station on my case', security: BEARER, params: IdParams, response: { 200: MessageList, ...ERROR_RESPONSES } } },
    async (req) => ({ items: await cases.messages(req.principal!, req.params.id) }),
  );

  fastify.post(
    '/:id/messages',
    {
      schema: { tags: ['cases'], summary: 'Send the station a message (a retry with the same clientId sends nothing new)', security: BEARER, params: IdParams, body: MessageBody, response: { 200: MessageList, 201: MessageList, ...ERROR_RESPONSES } },
    },
    async (req, reply) => {
      const { replayed } = await cases.post(req.principal!, req.params.id, req.body);
      return reply.code(replayed ? 200 : 201).send({ items: await cases.messages(req.principal!, req.params.id) });
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
    async (req) => cases.view(await cases.consentToOutlet({ principal: req.principal!, requestId: req.id }, req.params.id), req.principal!),
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

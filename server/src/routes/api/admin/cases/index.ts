import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RelatedCases, CaseNotificationList, AgreementBody, RevealBody, RevealResponse, AssignLawyerBody, EvidenceView, ConfirmationOutcomeBody, EnforcementBody, MessageList, StaffMessageBody, AttendanceBody, PerformanceBody, SessionBody, CaseActionBody, CaseQueuePage, CaseQueueQuery, CaseView, DispatchBody, Id, StringEnum, TransferBody, UrgentConsultationBody } from '@gig/shared';
import { BEARER, ERROR_RESPONSES, FILE_UPLOAD, readUpload, uploadValidators } from '../../../schemas';

/** Station staff on cases: their stations' queue, a case, and the actions that take a reason. */
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
      const page = await cases.queue(req.principal!, req.query);
      return { items: page.items.map((c) => ({ ...cases.summary(c), nextDue: c.nextDue })), nextCursor: page.nextCursor };
    },
  );

  fastify.get(
    '/:id',
    { schema: { tags: ['admin'], summary: 'One case of my stations', security: BEARER, params: IdParams, response: { 200: CaseView, ...ERROR_RESPONSES } } },
    async (req) => cases.view(await cases.load(req.principal!, req.params.id), req.principal!),
  );

  fastify.post(
    '/:id/actions/:action',
    {
      schema: {
        tags: ['admin'],
        summary: 'Accept, reject (reason), start mediation, record a failure (reason), take back from the outlet (reason), record a default, clear the urgent flag, or close. 409 names the current status and what is allowed.',
        security: BEARER,
        params: Type.Object({ id: Id, action: StringEnum(['accept', 'reject', 'start_mediation', 'record_failure', 'take_back', 'record_default', 'clear_urgent', 'close'] as const) }),
        body: CaseActionBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => {
      const { id, action } = req.params;
      return cases.answer(req, (actor) =>
        action === 'take_back' ? cases.takeBack(actor, id, req.body) : action === 'clear_urgent' ? cases.clearUrgent(actor, id, req.body) : cases.act(actor, id, action, req.body),
      );
    },
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
    async (req, reply) => reply.header('cache-control', 'no-store').send(await cases.reveal({ principal: req.principal!, requestId: req.id }, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/transfer',
    {
      schema: {
        tags: ['admin'],
        summary: 'Transfer to another association or government station (reason required); it must accept the case again',
        security: BEARER,
        params: IdParams,
        body: TransferBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    // After a transfer the case is out of this user's scope; they still get the answer to their act.
    async (req) => cases.answer(req, (actor) => cases.transfer(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/flag_urgent',
    {
      schema: {
        tags: ['admin'],
        summary: 'Flag the urgent joint consultation (特事急诊): participants and a written one-case plan. A flag, not a status.',
        security: BEARER,
        params: IdParams,
        body: UrgentConsultationBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.flagUrgent(actor, req.params.id, req.body)),
  );

  for (const action of ['record_agreement', 'outlet_settled'] as const) {
    fastify.post(
      `/:id/actions/${action}`,
      {
        schema: {
          tags: ['admin'],
          summary:
            action === 'record_agreement'
              ? 'Record the mediation agreement; opens the 30-day judicial-confirmation and 15-day arbitration-review windows and the agreed payment date'
              : "Record the outlet's settlement (an agreement reached at the outlet)",
          security: BEARER,
          params: IdParams,
          body: AgreementBody,
          response: { 200: CaseView, ...ERROR_RESPONSES },
        },
      },
      async (req) => cases.answer(req, (actor) => cases.recordAgreement(actor, req.params.id, action, req.body)),
    );
  }

  fastify.post(
    '/:id/actions/schedule_session',
    {
      schema: {
        tags: ['admin'],
        summary: 'Schedule a mediation session: time, on site (address) or online (link), and who attends',
        security: BEARER,
        params: IdParams,
        body: SessionBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.scheduleSession(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/record_attendance',
    {
      schema: { tags: ['admin'], summary: 'Record who came to a session', security: BEARER, params: IdParams, body: AttendanceBody, response: { 200: CaseView, ...ERROR_RESPONSES } },
    },
    async (req) => cases.answer(req, (actor) => cases.recordAttendance(actor, req.params.id, req.body)),
  );

  for (const action of ['record_confirmation', 'confirmation_refused'] as const) {
    fastify.post(
      `/:id/actions/${action}`,
      {
        schema: {
          tags: ['admin'],
          summary:
            action === 'record_confirmation'
              ? 'Record that the court (judicial confirmation) or the commission (arbitration review) confirmed the agreement'
              : 'Record that the confirmation was refused (reason required): the agreement does not hold, the case returns to failed mediation',
          security: BEARER,
          params: IdParams,
          body: ConfirmationOutcomeBody,
          response: { 200: CaseView, ...ERROR_RESPONSES },
        },
      },
      async (req) => cases.answer(req, (actor) => cases.recordConfirmation(actor, req.params.id, action, req.body)),
    );
  }

  fastify.post(
    '/:id/actions/record_enforcement',
    {
      schema: {
        tags: ['admin'],
        summary: 'Record the application to the court for enforcement of a confirmed agreement',
        security: BEARER,
        params: IdParams,
        body: EnforcementBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.recordEnforcement(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/assign_lawyer',
    {
      schema: {
        tags: ['admin'],
        summary: 'Assign a legal-aid lawyer (legal-aid desk or supervisor), when the worker asked for legal aid',
        security: BEARER,
        params: IdParams,
        body: AssignLawyerBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.assignLawyer(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/record_performance',
    {
      schema: { tags: ['admin'], summary: 'Record that the employer paid', security: BEARER, params: IdParams, body: PerformanceBody, response: { 200: CaseView, ...ERROR_RESPONSES } },
    },
    async (req) => cases.answer(req, (actor) => cases.recordPerformance(actor, req.params.id, req.body)),
  );

  fastify.post(
    '/:id/actions/dispatch',
    {
      schema: {
        tags: ['admin'],
        summary: "Dispatch to one of the station's employer outlets for a quick settlement",
        security: BEARER,
        params: IdParams,
        body: DispatchBody,
        response: { 200: CaseView, ...ERROR_RESPONSES },
      },
    },
    async (req) => cases.answer(req, (actor) => cases.dispatch(actor, req.params.id, req.body)),
  );

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
      const c = await cases.load(req.principal!, req.params.id);
      const view = await cases.view(c, req.principal!);
      const pdf = await fastify.services.documents.agreementPdf(c, view.workerSignature?.evidenceId ?? null);
      await cases.audited(req.principal!, req.id, 'agreement.pdf_generated', c);
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
      const c = await cases.load(req.principal!, req.params.id);
      return { items: await fastify.services.notifications.forCaseView(c.id) };
    },
  );

  fastify.get(
    '/:id/messages',
    { schema: { tags: ['admin'], summary: 'The thread on a case, with internal notes', security: BEARER, params: IdParams, response: { 200: MessageList, ...ERROR_RESPONSES } } },
    async (req) => ({ items: await cases.messages(req.principal!, req.params.id) }),
  );

  fastify.post(
    '/:id/messages',
    {
      schema: { tags: ['admin'], summary: 'Message the worker, or add an internal note (internal: true) the worker never sees', security: BEARER, params: IdParams, body: StaffMessageBody, response: { 200: MessageList, 201: MessageList, ...ERROR_RESPONSES } },
    },
    async (req, reply) => {
      const { replayed } = await cases.post(req.principal!, req.params.id, req.body);
      return reply.code(replayed ? 200 : 201).send({ items: await cases.messages(req.principal!, req.params.id) });
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

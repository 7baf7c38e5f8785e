import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROUTES } from '@gig/shared';
import type { CaseEntity } from '../entities';
import { ApplicationDocument } from '../services/application-document';
import { schemaOf, urlIn } from './schemas';

/**
 * The case's printable documents, the same on both sides: the mediation agreement, the
 * arbitration application (仲裁申请书), the joint application to confirm the agreement and the
 * payment-order application. They name the parties in full: staff need the right to
 * reveal personal data and each copy is audited like a reveal; the worker gets their own.
 * The mediation application as filed masks the ID number and phone, so whoever may read the
 * case may have it.
 */
export function registerDocumentRoutes(fastify: FastifyInstance, side: 'staff' | 'worker'): void {
  const { cases, documents } = fastify.services;
  const { courtDocuments } = fastify.services;
  const [agreement, application, confirmation, paymentOrder, enforcement] =
    side === 'staff'
      ? [
          ROUTES['admin.cases.agreementPdf'],
          ROUTES['admin.cases.arbitrationPdf'],
          ROUTES['admin.cases.confirmationPdf'],
          ROUTES['admin.cases.paymentOrderPdf'],
          ROUTES['admin.cases.enforcementPdf'],
        ]
      : [
          ROUTES['cases.agreementPdf'],
          ROUTES['cases.arbitrationPdf'],
          ROUTES['cases.confirmationPdf'],
          ROUTES['cases.paymentOrderPdf'],
          ROUTES['cases.enforcementPdf'],
        ];
  type Params = { Params: { id: string } };
  const serve =
    (kind: string, make: (c: CaseEntity, signatureId: string | null) => Promise<Buffer>) =>
    async (req: FastifyRequest<Params>, reply: FastifyReply) => {
      const p = req.principal!;
      const { c } = await cases.reach.load(p, req.params.id, side === 'staff' ? 'reveal' : 'read');
      const view = await cases.views.view(c, p);
      const file = await make(c, view.workerSignature?.evidenceId ?? null);
      if (side === 'staff') await cases.privacy.audited(p, req.id, `${kind}.pdf_generated`, c);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${kind}-${c.number}.pdf"`)
        .send(file);
    };

  fastify.get<Params>(
    urlIn(fastify, agreement),
    { schema: schemaOf(agreement) },
    serve('agreement', (c, sig) => documents.agreementPdf(c, sig)),
  );
  fastify.get<Params>(
    urlIn(fastify, application),
    { schema: schemaOf(application) },
    serve('arbitration-application', (c) => documents.arbitrationApplicationPdf(c)),
  );
  fastify.get<Params>(
    urlIn(fastify, confirmation),
    { schema: schemaOf(confirmation) },
    serve('confirmation-application', (c) => courtDocuments.confirmationPdf(c)),
  );
  fastify.get<Params>(
    urlIn(fastify, paymentOrder),
    { schema: schemaOf(paymentOrder) },
    serve('payment-order-application', (c) => courtDocuments.paymentOrderPdf(c)),
  );
  fastify.get<Params>(
    urlIn(fastify, enforcement),
    { schema: schemaOf(enforcement) },
    serve('enforcement-application', (c) => courtDocuments.enforcementPdf(c)),
  );

  const filed = ROUTES[side === 'staff' ? 'admin.cases.applicationPdf' : 'cases.applicationPdf'];
  const applications = new ApplicationDocument(fastify.db, fastify.services.protector, documents);
  fastify.get<Params>(urlIn(fastify, filed), { schema: schemaOf(filed) }, async (req, reply) => {
    const { c, access } = await cases.reach.load(req.principal!, req.params.id, 'read');
    const file = await applications.pdf(c, { sensitiveEvidence: access.sensitiveEvidence });
    return reply
      .type('application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="application-${c.number}.pdf"`)
      .send(file);
  });
}

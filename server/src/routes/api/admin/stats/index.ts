import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES, STATS_READERS } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The city's statistics (definitions: shared STATS_DEFINITIONS, also in /docs): the figures as
 * JSON, the same as an Excel workbook, and the month's PDF report for the bureau. Who may read
 * them: STATS_READERS; within their stations (a station's staff) or the city.
 */
const stats: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff(STATS_READERS));
  const figures = ROUTES['admin.stats'];
  fastify.get(urlIn(fastify, figures), { schema: schemaOf(figures) }, async (req) =>
    fastify.services.stats.report(req.principal!, req.query),
  );

  const workbook = ROUTES['admin.stats.export'];
  fastify.get(urlIn(fastify, workbook), { schema: schemaOf(workbook) }, async (req, reply) => {
    const { body, filename } = await fastify.services.stats.exportXlsx(req.principal!, req.id, req.query);
    return reply
      .type(XLSX)
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(body);
  });

  const report = ROUTES['admin.stats.report'];
  fastify.get(urlIn(fastify, report), { schema: schemaOf(report) }, async (req, reply) => {
    const { body, filename } = await fastify.services.stats.monthlyReport(req.principal!, req.query);
    return reply
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header('content-disposition', `inline; filename="${filename}"`)
      .send(body);
  });
};
export default stats;

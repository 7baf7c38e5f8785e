import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES, STATUTORY_HOLIDAY_YEARS, chinaDate, holidayNoticeConfigured } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/**
 * Whether the clock has each year's days off: the statutory ones (fixed dates always; the lunar
 * ones where tabled) and the State Council's yearly notice (bridge days, make-up working days),
 * which is configuration (CLOCK_RULES_JSON). The workbench warns while a year deadlines reach is missing.
 */
const holidays: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireStaff());
  const spec = ROUTES['admin.holidays'];
  fastify.get(urlIn(fastify, spec), { schema: schemaOf(spec) }, async () => {
    const year = Number(chinaDate(new Date()).slice(0, 4));
    return {
      years: [year, year + 1, year + 2].map((y) => ({
        year: y,
        statutoryTabled: STATUTORY_HOLIDAY_YEARS.includes(y),
        noticeConfigured: holidayNoticeConfigured(y, fastify.config.clockRules),
      })),
    };
  });
};
export default holidays;

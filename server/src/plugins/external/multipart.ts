import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { EVIDENCE_CAPS } from '../../adapters/files';

/**
 * What an upload may carry: text fields (`category`, `consent`) of at most 1 KB each, then one
 * file no larger than the largest per-kind cap (each kind's own cap is enforced while it streams;
 * the extra byte lets that check see a file over it). Parts past these are refused with a 400.
 */
export const MULTIPART_LIMITS = {
  fileSize: Math.max(...Object.values(EVIDENCE_CAPS)) + 1,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  fieldNameSize: 64,
  parts: 6,
  headerPairs: 16,
};

export default fp(
  async (fastify) => {
    await fastify.register(multipart, { limits: MULTIPART_LIMITS });
  },
  { name: 'multipart' },
);

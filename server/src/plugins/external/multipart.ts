import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { EVIDENCE_CAPS } from '../../adapters/files';

/** File uploads: one file a request, no larger than the largest per-kind cap (each kind is checked again). */
export default fp(
  async (fastify) => {
    await fastify.register(multipart, {
      limits: { fileSize: Math.max(...Object.values(EVIDENCE_CAPS)), files: 1, fields: 5 },
    });
  },
  { name: 'multipart' },
);

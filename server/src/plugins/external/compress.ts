import fp from 'fastify-plugin';
import compress from '@fastify/compress';

/**
 * Compressed responses (brotli or gzip, as the client accepts): the H5 app's scripts shrink to about
 * a third, which is what a worker on a weak phone network waits for. Already-compressed types
 * (photos, PDFs, audio) and small bodies are sent as they are.
 */
export default fp(
  async (fastify) => {
    await fastify.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  },
  { name: 'compress' },
);

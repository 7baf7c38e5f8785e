import fp from 'fastify-plugin';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** The app's scripts and pages: brotli first (at @fastify/compress's quality 4), small bodies as they are. */
const FILES = { global: true, threshold: 1024, encodings: ['br', 'gzip'] } satisfies Parameters<typeof compress>[1];

/**
 * The API's JSON answers (a case is about 3 KB): gzip first. At this size gzip's output is as
 * small as brotli's at quality 4 (1.58 KB either way for a case) for a third of the CPU, which
 * was an eighth of the work of reading a case.
 */
const JSON_ANSWERS = { encodings: ['gzip', 'br'] as ('gzip' | 'br')[] };

/**
 * Compressed responses (brotli or gzip, as the client accepts): the H5 app's scripts shrink to about
 * a third, which is what a worker on a weak phone network waits for. Already-compressed types
 * (photos, PDFs, audio) and small bodies are sent as they are. Routes under `jsonPrefixes` get the
 * JSON policy (the benchmark's baselines use the same function, so both sides pay alike).
 */
export async function registerCompression(fastify: FastifyInstance, jsonPrefixes: readonly string[] = ['/api/']) {
  fastify.addHook('onRoute', (route) => {
    if (route.compress === undefined && jsonPrefixes.some((p) => route.url.startsWith(p)))
      route.compress = JSON_ANSWERS;
  });
  await fastify.register(compress, FILES);
}

export default fp(async (fastify) => registerCompression(fastify), { name: 'compress' });

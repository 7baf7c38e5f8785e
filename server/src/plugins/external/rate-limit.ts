import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { AppError } from '../../errors';

/**
 * Per-route limits (sign-in routes set theirs in `config.rateLimit`). In-memory per process;
 * behind several API processes, the per-phone and per-IP SMS limits in the database still hold.
 */
export default fp(
  async (fastify) => {
    await fastify.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) =>
        new AppError('RATE_LIMITED', {
          details: { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) },
          headers: { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) },
        }),
    });
  },
  { name: 'rate-limit' },
);

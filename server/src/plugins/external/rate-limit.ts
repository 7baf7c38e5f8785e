import fp from 'fastify-plugin';
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import { AppError } from '../../errors';
import { DatabaseRateLimit } from '../../services/rate-limit-store';

/**
 * Per-route limits per address (sign-in routes set theirs in `config.rateLimit`), counted in the
 * database (services/rate-limit-store.ts), so that a limit holds across every API process behind
 * the load balancer. While the database is down a limited route answers 503 like the others.
 */
export default fp(
  async (fastify) => {
    const counters = new DatabaseRateLimit(() => fastify.db, fastify.config.DATA_KEY);

    /** @fastify/rate-limit's store protocol; `child` is called once per limited route. */
    class DatabaseStore implements FastifyRateLimitStore {
      /** Made by the plugin with its options (unused: the limits come with each call), then per route. */
      constructor(
        _options: unknown,
        private readonly route = '',
      ) {}

      incr(
        key: string,
        callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
        window: number,
      ) {
        counters.hit(this.route, key, window).then(
          (r) => callback(null, r),
          (err: Error) => callback(err),
        );
      }

      child(params: unknown): FastifyRateLimitStore {
        const info = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
        return new DatabaseStore(params, `${[info.method ?? ''].flat().join(',')} ${info.url ?? ''}`);
      }
    }

    await fastify.register(rateLimit, {
      global: false,
      store: DatabaseStore,
      errorResponseBuilder: (_req, ctx) =>
        new AppError('RATE_LIMITED', {
          details: { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) },
          headers: { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) },
        }),
    });
  },
  { name: 'rate-limit' },
);

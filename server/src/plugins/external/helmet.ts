import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers (helmet). The staff page (Ant Design) sets inline styles; scripts come only
 * from us. helmet's middleware is made once here: @fastify/helmet builds it again on every
 * request (its directives parsed each time), which was a twentieth of the CPU of reading a case.
 * Nothing here depends on the request (no nonce, no per-request directive), so its headers are
 * asked for once.
 */
export default fp(
  async (fastify) => {
    const headers = helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          // blob: lets the H5 app read a photo the worker picked (or compressed) to upload it.
          connectSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: fastify.config.NODE_ENV === 'production',
    });
    // With these options every header is the same for every request: ask helmet for them once
    // and hand Fastify the finished set (one object per reply, written with the response's own
    // headers), instead of running its fifteen middlewares and setHeader calls per request.
    const fixed: Record<string, string> = {};
    const probe = {
      setHeader: (name: string, value: string | number | readonly string[]) => (fixed[name] = String(value)),
      removeHeader: (name: string) => delete fixed[name],
    };
    headers({} as never, probe as never, (err) => {
      if (err) throw err;
    });
    fastify.addHook('onRequest', (_req, reply, done) => {
      reply.headers(fixed);
      done();
    });
  },
  { name: 'helmet' },
);

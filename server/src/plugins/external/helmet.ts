import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers (helmet). The staff page (Ant Design) sets inline styles; scripts come only
 * from us. helmet's middleware is made once here: @fastify/helmet builds it again on every
 * request (its directives parsed each time), which was a twentieth of the CPU of reading a case.
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
    fastify.addHook('onRequest', (req, reply, done) =>
      headers(req.raw, reply.raw, (err) => done(err as Error | undefined)),
    );
  },
  { name: 'helmet' },
);

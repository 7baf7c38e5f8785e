import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/** Security headers. The staff page (Ant Design) sets inline styles; scripts come only from us. */
export default fp(
  async (fastify) => {
    await fastify.register(helmet, {
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
      hsts: fastify.config.NODE_ENV === 'production',
    });
  },
  { name: 'helmet' },
);

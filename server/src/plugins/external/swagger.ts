import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

/** OpenAPI generated from the route schemas; the page at /docs, the document at /docs/json. */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Gig-worker labour-dispute service API',
          description:
            'Claims from gig workers, routed to mediation stations and worked by station staff. Errors share one body: `{ statusCode, code, message, fields?, requestId }`; `code` is stable.',
          version: '0.1.0',
        },
        servers: [{ url: fastify.config.PUBLIC_BASE_URL }],
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
        tags: [
          { name: 'auth', description: 'Sign-in and sessions' },
          { name: 'public', description: 'No sign-in needed' },
          { name: 'cases', description: 'The worker’s claims and cases' },
          { name: 'admin', description: 'Station staff' },
          { name: 'ops', description: 'Operations' },
        ],
      },
    });
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      // The docs page's own policy, on its routes only (the API and the apps keep helmet's): Swagger
      // UI's scripts and styles from here (it sets inline styles, as the staff page does), its
      // requests to /docs/json and "try it out" on this origin, no third-party validator badge, and
      // no upgrade-insecure-requests (the API's policy leaves it out: plain HTTP in development).
      staticCSP: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
      },
      uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
    });
  },
  { name: 'swagger' },
);

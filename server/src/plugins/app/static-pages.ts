import fs from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { resolveFromRoot } from '../../config';

/**
 * The staff page at /admin/ and the worker H5 app at /app/, from their workspaces' build output.
 * A missing build is said plainly on the page rather than a bare 404.
 */
export default fp(
  async (fastify) => {
    const sites = [
      { prefix: '/admin/', dir: resolveFromRoot(fastify.config.ADMIN_DIST), name: 'server/admin' },
      { prefix: '/app/', dir: resolveFromRoot(fastify.config.H5_DIST), name: 'miniapp' },
    ];
    for (const site of sites) {
      if (fs.existsSync(site.dir)) {
        await fastify.register(fastifyStatic, {
          root: site.dir,
          prefix: site.prefix,
          decorateReply: false,
          index: false,
          cacheControl: false,
        });
        // The page itself at /admin/ and /admin (the router ignores trailing slashes).
        const index = path.join(site.dir, 'index.html');
        fastify.get(site.prefix, { schema: { hide: true } }, async (_req, reply) =>
          reply
            .header('cache-control', 'no-cache')
            .type('text/html; charset=utf-8')
            .send(await fs.promises.readFile(index)),
        );
        // The service's icon at the address browsers try on their own (a JSON answer, /docs/json).
        const icon = path.join(site.dir, 'favicon.svg');
        if (site.name === 'server/admin' && fs.existsSync(icon))
          fastify.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) =>
            reply
              .header('cache-control', 'public, max-age=86400')
              .type('image/svg+xml')
              .send(await fs.promises.readFile(icon)),
          );
      } else {
        fastify.log.warn(`${site.name} is not built (${site.dir}); run npm run build`);
        fastify.get(`${site.prefix}*`, { schema: { hide: true } }, (_req, reply) =>
          reply
            .code(503)
            .type('text/html; charset=utf-8')
            .send(
              `<!doctype html><meta charset="utf-8"><title>Not built</title><p>${site.name} 尚未构建 / is not built. Run <code>npm run build</code>.</p>`,
            ),
        );
      }
    }
  },
  { name: 'static-pages' },
);

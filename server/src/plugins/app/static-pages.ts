import fs from 'node:fs';
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
      const bare = site.prefix.slice(0, -1);
      fastify.get(bare, { schema: { hide: true } }, (_req, reply) => reply.redirect(site.prefix, 301));
      if (fs.existsSync(site.dir)) {
        await fastify.register(fastifyStatic, { root: site.dir, prefix: site.prefix, decorateReply: false, index: ['index.html'], cacheControl: false });
      } else {
        fastify.log.warn(`${site.name} is not built (${site.dir}); run npm run build`);
        fastify.get(`${site.prefix}*`, { schema: { hide: true } }, (_req, reply) =>
          reply
            .code(503)
            .type('text/html; charset=utf-8')
            .send(`<!doctype html><meta charset="utf-8"><title>Not built</title><p>${site.name} 尚未构建 / is not built. Run <code>npm run build</code>.</p>`),
        );
      }
    }
  },
  { name: 'static-pages' },
);

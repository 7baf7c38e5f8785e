import path from 'node:path';
import autoload from '@fastify/autoload';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';

/**
 * The one composition root, in a fixed order: external plugins (helmet, rate limit, swagger, db),
 * then our own (services, auth, errors, static pages), then routes, where the folder path is the URL.
 * Within each folder, plugins declare `dependencies` and autoload orders them.
 */
export default async function app(fastify: FastifyInstance, opts: { config: Config }): Promise<void> {
  fastify.decorate('config', opts.config);
  for (const w of opts.config.warnings) fastify.log.warn(w);

  await fastify.register(autoload, {
    dir: path.join(__dirname, 'plugins', 'external'),
    options: { config: opts.config },
  });
  await fastify.register(autoload, { dir: path.join(__dirname, 'plugins', 'app'), options: { config: opts.config } });
  await fastify.register(autoload, {
    dir: path.join(__dirname, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    routeParams: true,
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

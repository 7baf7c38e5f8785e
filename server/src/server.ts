import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config';
import app from './app';
import { AJV_OPTIONS } from './ajv';

/** Fields that never reach a log: personal data, codes, secrets (architecture.md principle 8). */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  ...[
    'phone',
    'code',
    'password',
    'currentPassword',
    'newPassword',
    'idNumber',
    'openid',
    'unionid',
    'refreshToken',
    'accessToken',
    'js_code',
    'secret',
  ].flatMap((k) => [k, `*.${k}`]),
];

/** ajv options shared by every route, in production and in tests alike. */
/** Builds the whole application; `main.ts` listens, tests `inject` or listen on port 0. */
export async function buildServer(
  config: Config,
  opts: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    ajv: AJV_OPTIONS,
    genReqId: () => randomUUID(),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // fp: the app's decorators, hooks and error handler belong to the root instance.
  await fastify.register(fp(app), { config });
  return fastify;
}

import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { stdSerializers } from 'pino';
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config';
import app from './app';
import { validatorCompiler } from './ajv';

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

/**
 * An error as the logs show it: pino's standard serializer, and the error's own code again as
 * `errorCode`. `*.code` above keeps a sign-in code out of the logs, and redacts `err.code` with
 * it; an operator needs ER_LOCK_DEADLOCK or PROTOCOL_CONNECTION_LOST, which name no person.
 */
export function serializeError(err: Error & { code?: unknown }): ReturnType<typeof stdSerializers.err> {
  const out = stdSerializers.err(err);
  const code = err?.code;
  return typeof code === 'string' || typeof code === 'number' ? { ...out, errorCode: String(code) } : out;
}

/** Builds the whole application; `main.ts` listens, tests `inject` or listen on port 0. */
export async function buildServer(
  config: Config,
  opts: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    trustProxy: config.TRUST_PROXY,
    // The largest JSON body (a claim: 5,000 characters of story, 20 items with notes) is under 100 KB;
    // files come as multipart, with their own limit.
    bodyLimit: 256 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // One validation policy for every route (ajv.ts): no coercion of JSON bodies, bounded error lists.
  fastify.setValidatorCompiler(validatorCompiler);
  // fp: the app's decorators, hooks and error handler belong to the root instance.
  await fastify.register(fp(app), { config });
  return fastify;
}

import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, type ErrorBody, type ErrorCode, type FieldError, type Locale } from '@gig/shared';
import { AppError } from '../../errors';
import { MAX_FIELD_ERRORS } from '../../ajv';
import { isDatabaseUnavailable } from '../../db/unavailable';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  parentSchema?: { description?: string };
}

const CONTEXT_PATH: Record<string, string> = {
  body: '/body',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

/** One ajv issue → the field it names and why, e.g. `/body/phone` `pattern` "must be a mainland mobile number, 11 digits". */
export function toFieldError(context: string, issue: AjvIssue): FieldError {
  let path = `${CONTEXT_PATH[context] ?? `/${context}`}${issue.instancePath}`;
  let message = issue.message ?? 'is not valid';
  if (issue.keyword === 'required') path += `/${String(issue.params.missingProperty)}`;
  if (issue.keyword === 'additionalProperties') {
    path += `/${String(issue.params.additionalProperty)}`;
    message = 'is not a known field';
  }
  if (issue.keyword === 'pattern' && issue.parentSchema?.description)
    message = `must be: ${issue.parentSchema.description}`;
  if (issue.keyword === 'enum') message = `must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`;
  return { path, rule: issue.keyword, message };
}

export function localeOf(req: FastifyRequest): Locale {
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: Partial<ErrorBody> = {},
  headers: Record<string, string> = {},
) {
  const status = ERRORS[code].status;
  const body: ErrorBody = {
    statusCode: status,
    code,
    message: ERRORS[code][localeOf(req)],
    requestId: req.id,
    ...extra,
  };
  return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
};

/**
 * The one error policy: a stable code and words in the caller's language (Accept-Language),
 * 4xx name the fields at fault, 5xx say nothing of the cause (it goes to the log with the request id).
 */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((err: FastifyError | AppError, req, reply) => {
      if (err instanceof AppError) {
        return send(
          req,
          reply,
          err.code,
          {
            ...(err.extra.fields ? { fields: err.extra.fields.slice(0, MAX_FIELD_ERRORS) } : {}),
            ...(err.extra.details ? { details: err.extra.details } : {}),
          },
          err.extra.headers,
        );
      }
      const fe = err as FastifyError;
      if (fe.validation) {
        const fields = fe.validation
          .slice(0, MAX_FIELD_ERRORS)
          .map((i) => toFieldError(fe.validationContext ?? 'body', i as unknown as AjvIssue));
        const unknownOnly = fields.every((f) => f.rule === 'additionalProperties');
        return send(req, reply, unknownOnly ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { fields });
      }
      const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
      if (mapped) {
        return send(
          req,
          reply,
          mapped,
          mapped === 'VALIDATION_FAILED'
            ? { fields: [{ path: '/body', rule: 'json', message: 'is not valid JSON' }] }
            : {},
        );
      }
      if (isDatabaseUnavailable(err)) {
        req.log.warn({ err }, 'database unavailable');
        return send(req, reply, 'SERVICE_UNAVAILABLE', {}, { 'retry-after': '5' });
      }
      const status = fe.statusCode ?? 500;
      if (status < 500) {
        req.log.info({ err }, 'client error');
        const byStatus: Record<number, ErrorCode> = {
          401: 'UNAUTHENTICATED',
          403: 'FORBIDDEN',
          404: 'NOT_FOUND',
          413: 'PAYLOAD_TOO_LARGE',
          415: 'UNSUPPORTED_MEDIA_TYPE',
          429: 'RATE_LIMITED',
        };
        return send(req, reply, byStatus[status] ?? 'VALIDATION_FAILED');
      }
      req.log.error({ err }, 'unhandled error');
      return send(req, reply, status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR');
    });

    fastify.setNotFoundHandler((req, reply) =>
      send(req, reply, 'NOT_FOUND', { details: { method: req.method, url: req.url.split('?')[0] } }),
    );
  },
  { name: 'errors' },
);

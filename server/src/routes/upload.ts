import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type Multipart } from '@fastify/multipart';
import { EVIDENCE_CATEGORY, type EvidenceCategory } from '@gig/shared';
import { AppError } from '../errors';
import type { Upload } from '../services/evidence';
import { EVIDENCE_CAPS } from '../adapters/files';

export type { Upload };

/**
 * What an upload may carry: text fields (`category`, `consent`) of at most 1 KB each, then one
 * file no larger than the largest per-kind cap (each kind's own cap is enforced while it streams;
 * the extra byte lets that check see a file over it). Parts past these are refused with a 400.
 */
export const MULTIPART_LIMITS = {
  fileSize: Math.max(...Object.values(EVIDENCE_CAPS)) + 1,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  fieldNameSize: 64,
  parts: 6,
  headerPairs: 16,
};

/**
 * Registers upload routes in their own context with the multipart parser: registered for the
 * whole app it added a hook on every request and on every response (its temporary-file clean-up),
 * a few percent of every JSON route's work. Elsewhere a multipart body is a 415.
 */
export function uploadRoutes(fastify: FastifyInstance, routes: (f: FastifyInstance) => void): void {
  void fastify.register(async (child) => {
    await child.register(multipart, { limits: MULTIPART_LIMITS });
    routes(child);
  });
}

/** The text fields an upload takes, before its file. */
const FIELDS = ['category', 'consent'] as const;
/** NUL and other C0/C1 controls, and the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069). */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** After a refusal the rest of the request is read and dropped, up to this much; then the connection is closed. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

const refuse = (path: string, rule: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, rule, message }] });

/** What the multipart parser (busboy, @fastify/multipart) refused, as the 400 (or 413) that names it. */
export function multipartProblem(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const L = MULTIPART_LIMITS;
  switch (e.code) {
    case 'FST_FILES_LIMIT':
      return refuse('/body/file', 'one_file', 'send one file a request, in the field named file');
    case 'FST_FIELDS_LIMIT':
      return refuse('/body', 'fields', `at most ${L.fields} text fields (category, consent) before the file`);
    case 'FST_PARTS_LIMIT':
      return refuse('/body', 'parts', `at most ${L.parts} parts: the text fields, then one file`);
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', {
        fields: [
          { path: '/body/file', rule: 'size', message: `a file may be at most ${(L.fileSize - 1) / 1024 / 1024} MB` },
        ],
      });
    case 'FST_PROTO_VIOLATION':
      return refuse('/body', 'field_name', 'a field name is not allowed');
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return refuse('/body', 'json', 'a field declared as JSON is not valid JSON');
    case 'FST_MP_PREMATURE_CLOSE':
      return refuse('/body', 'multipart', 'the request ended before the form was complete');
  }
  return refuse('/body', 'multipart', `the multipart form could not be read (${e.message ?? 'malformed'})`);
}

/** Reads the rest of a refused request and drops it (so the client can read the answer), closing a connection that sends too much. */
function drain(raw: IncomingMessage): void {
  raw.unpipe();
  let n = 0;
  raw.on('data', (chunk: Buffer) => {
    n += chunk.length;
    if (n > DRAIN_LIMIT) raw.socket?.destroy();
  });
  raw.resume();
}

/**
 * Opens the one file of a multipart upload: the text fields before it (`category`, `consent`,
 * each at most MULTIPART_LIMITS.fieldSize bytes) are read and checked, the file's name is checked,
 * and its bytes are left streaming for the evidence service. Anything malformed is a 400 that
 * names it, never a 500.
 */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      fields: [
        { path: '/body', rule: 'multipart', message: 'send the file as multipart/form-data in a field named file' },
      ],
    });
  let parts: AsyncIterableIterator<Multipart>;
  const next = async (): Promise<Multipart | null> => {
    try {
      const r = await parts.next();
      return r.done ? null : r.value;
    } catch (err) {
      throw multipartProblem(err);
    }
  };
  try {
    parts = req.parts();
    const fields: Record<string, string> = {};
    for (;;) {
      const part = await next();
      if (!part) throw refuse('/body/file', 'required', 'no file in a field named file');
      if (part.type === 'field') {
        const name = part.fieldname;
        if (!(FIELDS as readonly string[]).includes(name))
          throw new AppError('UNKNOWN_FIELD', {
            fields: [
              { path: `/body/${name.slice(0, 64)}`, rule: 'additionalProperties', message: 'is not a known field' },
            ],
          });
        if (part.valueTruncated || typeof part.value !== 'string')
          throw refuse(`/body/${name}`, 'maxLength', `must be text of at most ${MULTIPART_LIMITS.fieldSize} bytes`);
        if (name in fields) throw refuse(`/body/${name}`, 'duplicate', 'is sent more than once');
        fields[name] = part.value;
        continue;
      }
      if (part.fieldname !== 'file') throw refuse('/body/file', 'required', 'no file in a field named file');
      return opened(req, part, fields, next);
    }
  } catch (err) {
    drain(req.raw);
    throw multipartProblem(err);
  }
}

function opened(
  req: FastifyRequest,
  part: Extract<Multipart, { type: 'file' }>,
  fields: Record<string, string>,
  next: () => Promise<Multipart | null>,
): Upload {
  const filename = part.filename ?? '';
  if (UNSAFE_NAME.test(filename))
    throw refuse(
      '/body/file',
      'filename',
      'the file name must not contain control characters (such as NUL) or bidirectional overrides (U+202A-U+202E, U+2066-U+2069)',
    );
  const category = fields.category ?? 'other';
  if (!(EVIDENCE_CATEGORY.values as readonly string[]).includes(category))
    throw refuse('/body/category', 'enum', `must be one of: ${EVIDENCE_CATEGORY.values.join(', ')}`);

  // The file's bytes go on through a stream of our own, so a refusal downstream (type, size) does
  // not stall the parser, and the parser's failures (a form cut short) arrive as 400s.
  const source = part.file;
  const body = new PassThrough();
  // Its failure is read by whoever consumes it (pipeline sees `errored`), or by no one after a refusal.
  body.on('error', () => undefined);
  source.on('error', (err) => body.destroy(multipartProblem(err)));
  source.on('end', () => {
    if (source.truncated) body.destroy(multipartProblem({ code: 'FST_REQ_FILE_TOO_LARGE' }));
  });
  body.on('close', () => {
    if (!source.readableEnded) source.unpipe(body);
  });
  source.pipe(body);
  // The parser may have failed the part already (a form cut short, read in one chunk) before
  // these listeners were on it.
  if (source.errored || source.destroyed) body.destroy(multipartProblem(source.errored ?? { message: 'cut short' }));

  return {
    filename,
    category: category as EvidenceCategory,
    consent: fields.consent ?? null,
    body,
    async finish() {
      // Text fields after the file are not read; another file is refused.
      for (let p = await next(); p; p = await next()) {
        if (p.type === 'file') {
          p.file.resume();
          throw multipartProblem({ code: 'FST_FILES_LIMIT' });
        }
      }
    },
    discard: () => drain(req.raw),
  };
}

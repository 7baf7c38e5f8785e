import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { ErrorResponse, EVIDENCE_CATEGORY, SENSITIVE_CONSENT, StringEnum, type EvidenceCategory } from '@gig/shared';
import { AppError } from '../errors';
import type { Upload } from '../services/evidence';
export type { Upload };
import { AJV_OPTIONS } from '../ajv';

/** Error responses every route may give; listed so the docs show them and the serializer shapes them. */
export const ERROR_RESPONSES = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;
export const BEARER = [{ bearer: [] }];
/** Made by the client once per user intent (a claim, an action) and kept across its retries. */
export const IDEMPOTENCY_KEY = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$', description: 'Made by the client once per intent and kept across retries' });

/**
 * The request body of an upload, for the docs: one file in a multipart form field named `file`,
 * after the optional text fields `category` and `consent` (fields after the file are not read).
 */
export const FILE_UPLOAD = Type.Object(
  {
    category: Type.Optional(StringEnum(EVIDENCE_CATEGORY.values, { description: 'What the file is (default other). medical, bank, trajectory and id_document are sensitive and need `consent`.' })),
    consent: Type.Optional(Type.String({ description: `For sensitive categories: the version of the separate consent the worker agreed to (${SENSITIVE_CONSENT.version})` })),
    file: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The file; its type is read from its bytes' }),
  },
  { required: ['file'] },
);


/**
 * Validators for an upload route: the multipart body is read and checked by the handler (by its
 * bytes), the other parts by ajv with the server's own options.
 */
const ajv = addFormats(new Ajv({ ...AJV_OPTIONS.customOptions }), { mode: 'fast', formats: ['uuid', 'date-time', 'date', 'email', 'uri'] });
export const uploadValidators: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  httpPart === 'body' ? () => true : (ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>);

/** Reads the one file of a multipart request and the text fields before it, or says which field is wrong. */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { fields: [{ path: '/body', rule: 'multipart', message: 'send the file as multipart/form-data in a field named file' }] });
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/file', rule: 'required', message: 'no file in a field named file' }] });
  const text = (name: string): string | null => {
    const f = part.fields[name];
    const one = Array.isArray(f) ? f[0] : f;
    return one && 'value' in one && typeof one.value === 'string' ? one.value : null;
  };
  const category = text('category') ?? 'other';
  if (!(EVIDENCE_CATEGORY.values as readonly string[]).includes(category)) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/category', rule: 'enum', message: `must be one of: ${EVIDENCE_CATEGORY.values.join(', ')}` }] });
  }
  return { filename: part.filename, bytes: await part.toBuffer(), category: category as EvidenceCategory, consent: text('consent') };
}

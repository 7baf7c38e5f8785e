import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { ErrorResponse } from '@gig/shared';
import { AppError } from '../errors';
import { AJV_OPTIONS } from '../server';

/** Error responses every route may give; listed so the docs show them and the serializer shapes them. */
export const ERROR_RESPONSES = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;
export const BEARER = [{ bearer: [] }];

/** The request body of an upload, for the docs: one file in a multipart form field named `file`. */
export const FILE_UPLOAD = Type.Object({ file: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The file; its type is read from its bytes' }) }, { required: ['file'] });

/**
 * Validators for an upload route: the multipart body is read and checked by the handler (by its
 * bytes), the other parts by ajv with the server's own options.
 */
const ajv = addFormats(new Ajv({ ...AJV_OPTIONS.customOptions }), { mode: 'fast', formats: ['uuid', 'date-time', 'date', 'email', 'uri'] });
export const uploadValidators: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  httpPart === 'body' ? () => true : (ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>);

/** Reads the one file of a multipart request, or says which field is missing. */
export async function readUpload(req: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { fields: [{ path: '/body', rule: 'multipart', message: 'send the file as multipart/form-data in a field named file' }] });
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/file', rule: 'required', message: 'no file in a field named file' }] });
  return { filename: part.filename, bytes: await part.toBuffer() };
}

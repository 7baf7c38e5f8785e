import { ERRORS, type ErrorCode, type FieldError } from '@gig/shared';

/** A domain error with a stable code; the one error handler turns it into the response. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    readonly extra: {
      fields?: FieldError[];
      details?: Record<string, unknown>;
      message?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(extra.message ?? ERRORS[code].en);
    this.statusCode = ERRORS[code].status;
  }
}

/** A 400 naming one field, for rules a JSON Schema cannot say (checksums, cross-field rules). */
export function fieldError(path: string, rule: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule, message }] });
}

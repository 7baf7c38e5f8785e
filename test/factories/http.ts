import { randomUUID } from 'node:crypto';
import type { ApiResponse, TestApp } from '../server/helpers/app';

/**
 * Files a claim over HTTP as the worker the token belongs to, with a fresh Idempotency-Key unless
 * the test gives one (to retry, or to replay with other content).
 */
export const fileClaim = (t: TestApp, token: string, body: unknown, key: string = randomUUID()): Promise<ApiResponse> =>
  t.api('POST', '/api/cases', { token, body, headers: { 'idempotency-key': key } });

import type { CaseAction, CaseView } from '@gig/shared';
import { ApiError, call, retryable } from '../api';
import { uuid } from '../draft';

/**
 * Sends the worker's actions on one case, each intent with its own Idempotency-Key: a retry after
 * a lost answer (the network, the server) is applied once; an answer — done, or refused — ends the
 * intent, so the next tap is a new one (and may carry another body, e.g. a signature on a new text).
 */
export function caseActor(id: string) {
  const intents = new Map<CaseAction, string>();
  return async function send(action: CaseAction, body: Record<string, unknown>): Promise<CaseView> {
    let key = intents.get(action);
    if (!key) intents.set(action, (key = uuid()));
    try {
      const answer = await call('cases.act', { params: { id, action }, body, headers: { 'idempotency-key': key } });
      intents.delete(action);
      return answer;
    } catch (err) {
      if (err instanceof ApiError && !retryable(err)) intents.delete(action);
      throw err;
    }
  };
}
export type CaseActor = ReturnType<typeof caseActor>;

/** The agreement's text changed since the worker read it: the hash of the new text, else null. */
export function changedText(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'AGREEMENT_TEXT_CHANGED') return null;
  const sha = err.details.textSha256;
  return typeof sha === 'string' ? sha : '';
}

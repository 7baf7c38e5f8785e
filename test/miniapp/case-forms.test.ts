import { fake } from './taro-fake';

jest.mock('@tarojs/taro', () => require('./taro-fake'));

import { Value } from '@sinclair/typebox/value';
import { ACTIONS, ERRORS, WORKER_ACTIONS, type CaseView } from '@gig/shared';
import { setSession } from '../../miniapp/src/api';
import { caseActor, changedText } from '../../miniapp/src/case/act';
import {
  IN_CARDS,
  inCard,
  leadsTo,
  legalAidBody,
  legalAidDeclined,
  legalAidProblems,
  listed,
  requiredFields,
} from '../../miniapp/src/case/forms';
import { registerFormats } from '../../miniapp/src/validation';

/**
 * The worker's actions on the case page come from the shared actions table: an action whose body
 * needs fields has a form in its card, the rest are buttons that send only the status seen; the
 * legal-aid request is checked with the server's own schema; every intent keeps its key while it
 * may be retried, and a changed agreement text is recognised to be read again.
 */
beforeAll(registerFormats);

describe('which actions have a form, from the table', () => {
  test('every worker action that needs fields has a card with its form; the others send only the status', () => {
    for (const action of WORKER_ACTIONS) {
      if (requiredFields(action).length) expect({ action, inCard: inCard(action) }).toEqual({ action, inCard: true });
      else if (!inCard(action))
        expect({ action, ok: Value.Check(ACTIONS[action].body, { expectedStatus: 'agreement' }) }).toEqual({
          action,
          ok: true,
        });
    }
    expect(requiredFields('request_legal_aid').sort()).toEqual(['hardship', 'situation']);
    expect(requiredFields('sign_agreement')).toEqual(['textSha256']);
    expect(requiredFields('withdraw')).toEqual([]);
    // Every action placed in a card is the worker's.
    for (const a of Object.keys(IN_CARDS)) expect(WORKER_ACTIONS).toContain(a);
  });

  test('the list shows what has no card of its own, as offered, refusals and all', () => {
    const offered: CaseView['actions'] = [
      { action: 'sign_agreement', refusal: null },
      { action: 'request_confirmation', refusal: 'AGREEMENT_NOT_IN_EFFECT' },
      { action: 'report_non_payment', refusal: 'AGREEMENT_NOT_IN_EFFECT' },
      { action: 'withdraw', refusal: null },
    ];
    expect(listed(offered)).toEqual([
      { action: 'report_non_payment', refusal: 'AGREEMENT_NOT_IN_EFFECT' },
      { action: 'withdraw', refusal: null },
    ]);
  });

  test('what comes next is the status the action leads to, none when it stays', () => {
    expect(leadsTo('defaulted', 'apply_payment_order')).toBe('payment_order');
    expect(leadsTo('dispatched', 'accept_proposal')).toBe('agreement');
    expect(leadsTo('dispatched', 'decline_proposal')).toBeNull();
    expect(leadsTo('agreement', 'sign_agreement')).toBeNull();
  });
});

describe('the legal-aid request', () => {
  test('both questions must be answered, the help asked for in 5 to 500 characters', () => {
    expect(legalAidProblems({ hardship: undefined, situation: '' }, 'mediating')).toEqual({
      hardship: 'required',
      situation: 'required',
    });
    expect(legalAidProblems({ hardship: false, situation: ' 帮我 ' }, 'mediating')).toEqual({
      situation: 'too_short',
    });
    expect(legalAidProblems({ hardship: true, situation: '字'.repeat(501) }, 'mediating')).toEqual({
      situation: 'too_long',
    });
    expect(legalAidProblems({ hardship: true, situation: '帮我写仲裁申请书' }, 'mediating')).toEqual({});
  });

  test('what is sent is what the server’s schema takes', () => {
    const body = legalAidBody({ hardship: true, situation: '  帮我写仲裁申请书，陪我去开庭  ' }, 'mediation_failed');
    expect(body).toEqual({
      hardship: true,
      situation: '帮我写仲裁申请书，陪我去开庭',
      expectedStatus: 'mediation_failed',
    });
    expect(Value.Check(ACTIONS.request_legal_aid.body, body)).toBe(true);
  });

  test('a declined request shows its reason until the worker asks again', () => {
    const e = (seq: number, action: string, reason: string | null = null) => ({
      seq,
      action,
      fromStatus: 'mediating' as const,
      toStatus: 'mediating' as const,
      actorRole: 'worker',
      reason,
      at: `2026-12-0${seq}T02:00:00.000Z`,
    });
    const declined = [e(1, 'submit'), e(2, 'request_legal_aid'), e(3, 'decline_legal_aid', '收入超过援助标准')];
    expect(legalAidDeclined({ events: declined, legalAid: false })).toEqual({
      reason: '收入超过援助标准',
      at: '2026-12-03T02:00:00.000Z',
    });
    expect(legalAidDeclined({ events: [...declined, e(4, 'request_legal_aid')], legalAid: true })).toBeNull();
    expect(legalAidDeclined({ events: [e(1, 'submit')], legalAid: false })).toBeNull();
  });
});

describe('sending an action', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  const pair = {
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    user: { id: 'w1', role: 'worker' as const, displayName: '', stationId: null, phoneMasked: '139****1111' },
  };
  beforeEach(() => {
    fake.reset();
    setSession(pair);
  });
  const keys = () => fake.requests.map((r) => r.header['idempotency-key']);

  test('a retry after no answer carries the same key; after an answer the next tap is a new intent', async () => {
    const answers = [{ statusCode: 503, data: { statusCode: 503, code: 'UPSTREAM_UNAVAILABLE', message: 'x' } }];
    fake.handler = () => answers.shift() ?? { statusCode: 200, data: { id, status: 'agreement' } };
    const send = caseActor(id);
    await expect(send('withdraw', { expectedStatus: 'mediating' })).rejects.toMatchObject({ status: 503 });
    await send('withdraw', { expectedStatus: 'mediating' });
    await send('withdraw', { expectedStatus: 'mediating' });
    const [first, retry, next] = keys();
    expect(first).toBe(retry);
    expect(next).not.toBe(first);
    expect(fake.requests[0]!.url).toBe(`/api/cases/${id}/actions/withdraw`);
  });

  test('a changed agreement text is a refusal with the new text’s hash: read again, and sign with a new key', async () => {
    const fresh = 'c'.repeat(64);
    fake.handler = (r) =>
      (r.data as { textSha256: string }).textSha256 === fresh
        ? { statusCode: 200, data: { id, status: 'agreement' } }
        : {
            statusCode: 409,
            data: { statusCode: 409, code: 'AGREEMENT_TEXT_CHANGED', message: 'raw', details: { textSha256: fresh } },
          };
    const send = caseActor(id);
    const err = await send('sign_agreement', { textSha256: 'a'.repeat(64) }).catch((e: unknown) => e);
    expect(changedText(err)).toBe(fresh);
    expect((err as Error).message).toBe(ERRORS.AGREEMENT_TEXT_CHANGED['zh-CN']); // words, never the raw message
    await send('sign_agreement', { textSha256: fresh });
    expect(keys()[0]).not.toBe(keys()[1]);
    expect(changedText(new Error('other'))).toBeNull();
  });
});

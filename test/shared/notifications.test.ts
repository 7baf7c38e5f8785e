import {
  ACTIONS,
  CASE_ACTIONS,
  NOTIFICATION_KINDS,
  NOTIFICATION_TEXT,
  miniappCasePage,
  notificationText,
} from '@gig/shared';

describe('notification words', () => {
  it.each(NOTIFICATION_KINDS)('%s has a title and words in both languages that fit WeChat’s fields', (kind) => {
    const params = {
      caseNumber: 'LD2026-000123',
      stationName: '温州市快递行业调解站',
      stationPhone: '0577-88001234',
      reason: '材料不全',
      sessionAt: '2026-12-01 09:30',
      sessionPlace: '调解室',
      deadlineKind: 'limitation' as const,
      due: '2027-01-10',
      daysLeft: 7,
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      const { title, body } = notificationText(kind, params, lang);
      expect(title.length).toBeGreaterThan(0);
      expect(body).toContain('LD2026-000123');
      expect(body).not.toMatch(/undefined|null|\[object/);
    }
    // thing ≤ 20 characters, phrase ≤ 5 (WeChat subscribe message field limits).
    expect([...NOTIFICATION_TEXT[kind].title['zh-CN']].length).toBeLessThanOrEqual(20);
    expect([...NOTIFICATION_TEXT[kind].phrase].length).toBeLessThanOrEqual(5);
  });

  it('the worker is told when a claim is accepted, rejected or transferred, a session is set, an agreement is ready, each step at the outlet and in arbitration, the case closes', () => {
    const told = Object.fromEntries(CASE_ACTIONS.flatMap((a) => (ACTIONS[a].notify ? [[a, ACTIONS[a].notify]] : [])));
    expect(told).toEqual({
      accept: 'case_accepted',
      reject: 'case_rejected',
      transfer: 'case_transferred',
      schedule_session: 'session_scheduled',
      record_agreement: 'agreement_to_sign',
      outlet_settled: 'agreement_to_sign',
      accept_proposal: 'agreement_to_sign',
      amend_agreement: 'agreement_to_sign',
      assign_lawyer: 'lawyer_assigned',
      decline_legal_aid: 'legal_aid_declined',
      dispatch: 'case_dispatched',
      outlet_reply: 'outlet_replied',
      outlet_propose: 'settlement_proposed',
      outlet_return: 'outlet_returned',
      outlet_timeout: 'outlet_returned',
      take_back: 'outlet_returned',
      request_arbitration: 'arbitration_filed',
      accept_arbitration: 'arbitration_accepted',
      refuse_arbitration: 'arbitration_refused',
      schedule_hearing: 'hearing_scheduled',
      record_award: 'award_made',
      close: 'case_closed',
    });
  });

  it('missing values read as a dash, never as "undefined"', () => {
    expect(notificationText('case_rejected', { caseNumber: 'LD2026-000001' }, 'zh-CN').body).toContain('原因：—');
    expect(notificationText('case_rejected', { caseNumber: 'LD2026-000001' }, 'en').body).toContain('the station');
  });

  it('opens the case page in the mini-program', () => {
    expect(miniappCasePage('a b')).toBe('pages/case/index?id=a%20b');
  });
});

describe('respondent matching and sensitive evidence', () => {
  const { respondentKey, SENSITIVE_EVIDENCE, EVIDENCE_CATEGORY, SENSITIVE_CONSENT } = jest.requireActual(
    '@gig/shared',
  ) as typeof import('@gig/shared');
  it('folds width, brackets, spaces and case', () => {
    expect(respondentKey('温州某某（鹿城）快递有限公司')).toBe(respondentKey('温州某某(鹿城) 快递有限公司'));
    expect(respondentKey('ＡＢＣ Logistics Co., Ltd.')).toBe(respondentKey('abc logistics co ltd'));
    expect(respondentKey('甲公司')).not.toBe(respondentKey('乙公司'));
  });
  it('the sensitive categories are the ones PIPL art 28 names, and the consent says so in both languages', () => {
    expect([...SENSITIVE_EVIDENCE].sort()).toEqual(['bank', 'id_document', 'medical', 'trajectory']);
    for (const c of SENSITIVE_EVIDENCE) expect(EVIDENCE_CATEGORY.values).toContain(c);
    expect(SENSITIVE_CONSENT.text['zh-CN']).toContain('单独同意');
    expect(SENSITIVE_CONSENT.text.en).toContain('separate consent');
  });
});

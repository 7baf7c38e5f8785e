import { partValidator } from '@gig/server/ajv';
import { ACTIONS, addDays, chinaDate, type CaseAction } from '@gig/shared';
import { actionBodyOf, chinaInstant } from '../../server/admin/src/pages/case/action-body';

/** The server's own check of an action body (its validator: no coercion, unknown fields refused). */
const ajv = { compile: (schema: object) => partValidator(schema, 'body') };
const accepts = (a: CaseAction, body: Record<string, unknown>) => {
  const check = ajv.compile(ACTIONS[a].body);
  const ok = check(body);
  return ok ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

const today = chinaDate(new Date());
const hash = 'a'.repeat(64);
const id = '2f1c7a7e-3b7e-4f0e-9a55-0d6f1b2c3d4e';

/**
 * What the staff page's new forms hold when filled (their rows also carry what they show beside
 * each item, e.g. the amount claimed), and that each makes a body the API accepts.
 */
const FILLED: Partial<Record<CaseAction, Record<string, unknown>>> = {
  outlet_reply: { account: '该骑手十月出勤22天，同意核实后补发。' },
  outlet_propose: {
    items: [
      { type: 'unpaid_wages', amountYuan: '3600.00', claimedYuan: '3600.00' },
      { type: 'overtime', amountYuan: ' 400 ', claimedYuan: '800.00' },
    ],
    dueDate: addDays(today, 10),
    paymentMethod: 'wechat_pay',
    note: '',
  },
  answer_session: { sessionId: id, attend: false, note: '请改到周五' },
  sign_agreement: { textSha256: hash },
  confirm_agreement: { textSha256: hash },
  record_signature: { side: 'respondent', name: '中通网点负责人', evidenceId: id, textSha256: hash },
  record_agreement: {
    items: [{ type: 'unpaid_wages', amountYuan: '3,500.50', payer: '温州中通快递有限公司' }],
    facts: '',
    dueDate: addDays(today, 10),
    paymentMethod: 'bank_transfer',
    effectiveOn: undefined,
  },
  amend_agreement: {
    items: [{ type: 'unpaid_wages', amountYuan: '3300', payer: '温州中通快递有限公司' }],
    facts: '十月工资未发放，多次催要无果。',
    dueDate: addDays(today, 10),
    paymentMethod: 'bank_transfer',
    reason: '双方同意增加100元交通费',
  },
  consent_confirmation: { evidenceId: id },
  record_payment_order: { outcome: 'issued', court: '温州市鹿城区人民法院', documentNumber: '', decidedOn: today },
  flag_urgent: {
    reason: '群体性欠薪，涉及二十余名骑手',
    meetingAt: `${addDays(today, 2)} 14:30:00`,
    place: '市调解中心三楼会商室',
    participants: [
      { role: 'arbitrator', staffId: id, name: '仲裁院 仲裁员 张' },
      { role: 'other', staffId: undefined, name: '社区网格员 李' },
    ],
    plan: '一案一策：先行垫付工资，再追偿平台合作方。',
  },
  decline_legal_aid: { reason: '经审查不符合经济困难条件' },
};

describe('the staff page’s forms make bodies the API accepts', () => {
  it.each(Object.keys(FILLED) as CaseAction[])('%s', (a) => {
    expect(accepts(a, actionBodyOf(a, FILLED[a]!))).toEqual([]);
  });

  it('an offer’s rows keep only the item’s columns, amounts trimmed', () => {
    expect(actionBodyOf('outlet_propose', FILLED.outlet_propose!).items).toEqual([
      { type: 'unpaid_wages', amountYuan: '3600.00' },
      { type: 'overtime', amountYuan: '400' },
    ]);
  });

  it('a respondent who cannot come says so: "no" is sent, not dropped', () => {
    expect(actionBodyOf('answer_session', FILLED.answer_session!).attend).toBe(false);
  });

  it('the consultation meets at the time typed, in China’s time; a participant without an account has only a name', () => {
    const body = actionBodyOf('flag_urgent', FILLED.flag_urgent!);
    expect(body.meetingAt).toBe(new Date(`${addDays(today, 2)}T14:30:00+08:00`).toISOString());
    expect(chinaInstant('2026-12-03 09:05')).toBe('2026-12-03T01:05:00.000Z');
    expect((body.participants as object[])[1]).toEqual({ role: 'other', name: '社区网格员 李' });
  });

  it('an agreement drafted to be signed in the app sends no paper date and no empty facts', () => {
    const body = actionBodyOf('record_agreement', FILLED.record_agreement!);
    expect(Object.keys(body).sort()).toEqual(['dueDate', 'items', 'paymentMethod']);
  });
});

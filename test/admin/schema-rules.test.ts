import { NO_CONTROL_PATTERN, ACTIONS, StationCreateBody } from '@gig/shared';
import { rulesOf } from '../../server/admin/src/schema-rules';

/** The staff page's form rules come from the shared body schemas: they ask what the API asks. */
describe('form rules from the actions table', () => {
  it('a reason is required where the table says so, and limited to what the API takes', () => {
    expect(rulesOf(ACTIONS.reject.body, ['reason'])).toEqual([{ required: true, whitespace: true }, { max: 1000 }]);
    expect(rulesOf(ACTIONS.accept.body, ['reason'])).toEqual([{ max: 1000 }]);
  });

  it('the urgent plan, the agreement items and the online link carry the schema’s own limits', () => {
    expect(rulesOf(ACTIONS.flag_urgent.body, ['plan'])).toEqual([
      { required: true, whitespace: true },
      { min: 10 },
      { max: 5000 },
    ]);
    const amount = rulesOf(ACTIONS.record_agreement.body, ['items', 'amountYuan']);
    expect(amount[0]).toEqual({ required: true, whitespace: true });
    expect((amount[1] as { pattern: RegExp }).pattern.test('3,500.50')).toBe(true);
    expect((amount[1] as { pattern: RegExp }).pattern.test('12.345')).toBe(false);
    expect(rulesOf(ACTIONS.schedule_session.body, ['link'])).toEqual([{ max: 500 }, { type: 'url' }]);
    expect(rulesOf(ACTIONS.record_enforcement.body, ['appliedOn'])).toEqual([{ required: true }]);
  });

  it('a nullable field (an outlet’s company and credit code) has the rules of its non-null form', () => {
    expect(rulesOf(StationCreateBody, ['organisation'])).toEqual([
      { min: 2 },
      { max: 100 },
      { pattern: new RegExp(NO_CONTROL_PATTERN) },
    ]);
    const code = rulesOf(StationCreateBody, ['creditCode']);
    expect((code[0] as { pattern: RegExp }).pattern.test('91330302MA2AB1234X')).toBe(true);
    expect((code[0] as { pattern: RegExp }).pattern.test('9133')).toBe(false);
  });

  it('the outlet’s offer and a paper signature ask what their bodies ask', () => {
    expect(rulesOf(ACTIONS.outlet_reply.body, ['account'])).toEqual([
      { required: true, whitespace: true },
      { min: 10 },
      { max: 5000 },
    ]);
    expect(rulesOf(ACTIONS.outlet_propose.body, ['note'])).toEqual([{ max: 1000 }]);
    expect(rulesOf(ACTIONS.record_signature.body, ['evidenceId'])).toEqual([{ required: true }]);
    expect(rulesOf(ACTIONS.record_agreement.body, ['effectiveOn'])).toEqual([]);
    expect(rulesOf(ACTIONS.flag_urgent.body, ['participants', 'staffId'])).toEqual([]);
  });
});

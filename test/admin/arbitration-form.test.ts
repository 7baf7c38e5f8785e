import { partValidator } from '@gig/server/ajv';
import { ACTIONS, ARBITRATION_ACTIONS, addDays, chinaDate } from '@gig/shared';
import {
  ARBITRATION_FORMS,
  AWARD_ITEM_FIELDS,
  arbitrationBody,
  awardRows,
  finalityPreview,
  isArbitrationAction,
  type ArbitrationAction,
} from '../../server/admin/src/pages/case/arbitration-form';
import { ARBITRATION_WORDS } from '../../server/admin/src/i18n-arbitration';

interface Node {
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
}
const body = (a: ArbitrationAction) => ACTIONS[a].body as unknown as Node;
const actions = Object.keys(ARBITRATION_ACTIONS) as ArbitrationAction[];
/** What the form leaves to the page itself: the status it saw. */
const PAGE_FIELDS = ['expectedStatus'];

/** The server's own check of an action body (its validator: no coercion, unknown fields refused). */
const ajv = { compile: (schema: object) => partValidator(schema, 'body') };

/** An arbitrator's case: a courier's claim for wages and overtime, at the institution. */
const view = {
  items: [
    { type: 'unpaid_wages' as const, amountFen: 360000, amountYuan: '3600', periodFrom: null, periodTo: null },
    { type: 'overtime' as const, amountFen: 80050, amountYuan: '800.50', periodFrom: null, periodTo: null },
  ],
};

describe('the arbitrator’s forms ask what the API asks', () => {
  it('every arbitration action of the shared table has a form, and only those do', () => {
    expect(Object.keys(ARBITRATION_FORMS).sort()).toEqual([...actions].sort());
    expect(isArbitrationAction('record_award')).toBe(true);
    expect(isArbitrationAction('record_agreement')).toBe(false);
  });

  it.each(actions)('%s has a field for every required body property and none the body refuses', (a) => {
    const schema = body(a);
    const names = ARBITRATION_FORMS[a].fields.map((f) => f.name);
    for (const required of schema.required ?? []) expect(names).toContain(required);
    const allowed = Object.keys(schema.properties ?? {}).filter((k) => !PAGE_FIELDS.includes(k));
    for (const name of names) expect(allowed).toContain(name);
    // A reason the table requires (a refusal, an extension) is asked for in the form.
    if (ACTIONS[a].reason === 'required') expect(names).toContain('reason');
  });

  it('an award item row has exactly the columns of the award’s item schema', () => {
    const item = body('record_award').properties!.items!.items!;
    expect([...AWARD_ITEM_FIELDS].sort()).toEqual(Object.keys(item.properties!).sort());
    expect([...AWARD_ITEM_FIELDS].sort()).toEqual([...item.required!].sort());
  });

  it('every word a form uses is in the dictionary, in Chinese and English', () => {
    for (const a of actions) {
      const form = ARBITRATION_FORMS[a];
      for (const key of [form.note, ...form.fields.flatMap((f) => [f.label, f.extra])].filter(Boolean)) {
        const word = ARBITRATION_WORDS[key!];
        expect(word['zh-CN']).toBeTruthy();
        expect(word.en).toBeTruthy();
      }
    }
  });

  it('filled forms make bodies the API accepts', () => {
    const today = chinaDate(new Date());
    const filled: { [A in ArbitrationAction]: Record<string, unknown> } = {
      accept_arbitration: { acceptedOn: today, arbitrationNumber: '温鹿劳人仲案字〔2026〕8号' },
      refuse_arbitration: { decidedOn: today, reason: '不属于劳动争议' },
      schedule_hearing: { startsAt: `${addDays(today, 8)} 09:30:00`, address: '第一仲裁庭' },
      extend_award: { reason: '案情复杂，经仲裁委主任批准延长' },
      record_arbitral_mediation: { documentNumber: '温鹿劳人仲调字〔2026〕3号', decidedOn: today, totalYuan: '3,000' },
      record_award: {
        documentNumber: '温鹿劳人仲裁字〔2026〕8号',
        awardedOn: today,
        receivedOn: today,
        minimumWageYuan: '2540',
        // Rows as the list leaves them: with the claimed amount shown, and a box never ticked.
        items: awardRows(view).map((r, n) => ({
          ...r,
          awardedYuan: ['3600', ' 500 '][n],
          standardsDispute: undefined,
        })),
      },
    };
    for (const a of actions) {
      const out = arbitrationBody(a, { ...filled[a], expectedStatus: 'hearing_scheduled' });
      const accepts = ajv.compile(ACTIONS[a].body);
      expect([a, accepts(out), accepts.errors ?? null]).toEqual([a, true, null]);
    }
    const award = arbitrationBody('record_award', filled.record_award);
    expect(award.items).toEqual([
      { type: 'unpaid_wages', awardedYuan: '3600', standardsDispute: false },
      { type: 'overtime', awardedYuan: '500', standardsDispute: false },
    ]);
    const hearing = arbitrationBody('schedule_hearing', filled.schedule_hearing);
    // Typed as China's time, whatever zone the browser is in.
    expect(hearing.startsAt).toBe(new Date(`${addDays(today, 8)}T09:30:00+08:00`).toISOString());
  });
});

describe('the award form', () => {
  it('starts with one row per claimed item, the amount awarded left to type', () => {
    expect(awardRows(view)).toEqual([
      { type: 'unpaid_wages', awardedYuan: '', standardsDispute: false, claimedYuan: '3600' },
      { type: 'overtime', awardedYuan: '', standardsDispute: false, claimedYuan: '800.50' },
    ]);
    expect(awardRows({ items: [] })).toHaveLength(1);
  });

  it('previews each item as final up to 12 × the minimum wage, and a standards dispute as final at any amount', () => {
    const preview = finalityPreview('2,540', [
      { awardedYuan: '30,480', standardsDispute: false },
      { awardedYuan: '30,480.01', standardsDispute: false },
      { awardedYuan: '80,000', standardsDispute: true },
      { awardedYuan: '', standardsDispute: false },
    ]);
    expect(preview).toEqual({ capFen: 3_048_000, finals: [true, false, true, null] });
    expect(finalityPreview('', [{ awardedYuan: '100' }])).toEqual({ capFen: null, finals: [null] });
  });
});

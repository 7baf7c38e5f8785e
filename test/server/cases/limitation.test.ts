import { addDays, addYears, chinaDate, limitation, limitationExpiredBeforeFiling } from '@gig/shared';
import { caseWorld, riderClaim, type CaseWorld } from './world';

/**
 * The limitation at filing (LDMAL art 27): the claim interrupts a running period; one that ran out
 * is still filed, and both sides see the day it may have expired (a defence, 民法典 art 192, not a
 * bar). Dates are relative to today, so the checks hold whenever the suite runs.
 */
describe('the time limit when a claim is filed', () => {
  let w: CaseWorld;
  const today = chinaDate(new Date());
  const knownOn = addDays(today, -400);
  // Penalties are not labour remuneration: the one-year period runs even while employed.
  const claim = (over: object = {}) =>
    riderClaim({ items: [{ type: 'platform_penalties', amountYuan: '300' }], incidentDate: knownOn, knownOn, ...over });
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  const filed = async (over: object = {}) => {
    const res = await w.file(claim(over));
    expect(res.status).toBe(201);
    return res.body.case as {
      id: string;
      deadlines: { kind: string; from: string; due: string }[];
      submittedAt: string;
    };
  };

  it('a claim filed after the period ran out is filed, and shows the day it may have expired', async () => {
    const c = await filed();
    const limit = c.deadlines.find((d) => d.kind === 'limitation')!;
    expect(limit.from).toBe(knownOn);
    expect(limit.due).toBe(limitation({ knownOn })!.due);
    expect(limitationExpiredBeforeFiling(c.deadlines, chinaDate(new Date(c.submittedAt)))).toBe(limit.due);
    const staff = await w.t.api('GET', `/api/admin/cases/${c.id}`, { token: w.token.delivery });
    expect(limitationExpiredBeforeFiling(staff.body.deadlines, today)).toBe(limit.due);
  });

  it('a demand the worker made while the period ran restarts it, so the filing is in time (art 27 para 2)', async () => {
    const demand = addDays(today, -60);
    const c = await filed({ limitationEvents: [{ kind: 'interruption', from: demand, note: '微信向站长讨要' }] });
    const limit = c.deadlines.find((d) => d.kind === 'limitation')!;
    expect(limit.from).toBe(today); // the filing restarts it again
    expect(limitationExpiredBeforeFiling(c.deadlines, today)).toBeNull();
  });

  it('a demand after the period ran out restarts nothing (民法典 art 195)', async () => {
    const c = await filed({ limitationEvents: [{ kind: 'interruption', from: addDays(today, -20) }] });
    expect(limitationExpiredBeforeFiling(c.deadlines, today)).not.toBeNull();
  });

  it('a suspension that began while the period ran extends it by its length (art 27 para 3)', async () => {
    // The year ends 35 days ago; 50 days in hospital that began before it ended carry it past today.
    const from = addDays(addYears(knownOn, 1), -10);
    const c = await filed({ limitationEvents: [{ kind: 'suspension', from, to: addDays(from, 50) }] });
    expect(c.deadlines.find((d) => d.kind === 'limitation')!.from).toBe(today);
  });

  it('limitation events are checked: a suspension needs its end, an interruption has none, none in the future', async () => {
    const res = await w.file(
      claim({
        limitationEvents: [
          { kind: 'suspension', from: addDays(today, -30) },
          { kind: 'interruption', from: addDays(today, -30), to: addDays(today, -29) },
          { kind: 'interruption', from: addDays(today, 3) },
          { kind: 'suspension', from: addDays(today, -30), to: addDays(today, -40) },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`).sort()).toEqual([
      '/body/limitationEvents/0/to required',
      '/body/limitationEvents/1/to not_allowed',
      '/body/limitationEvents/2/from not_future',
      '/body/limitationEvents/3/to after_from',
    ]);
  });
});

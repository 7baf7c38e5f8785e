import { STATS_DEFINITIONS, STATS_FIGURES, type StatsFigures } from '@gig/shared';
import { useStatsWorld } from './stats-world';

/** Every figure of a period; what is not named is 0 (counts, money) or null (rates, days). */
const figures = (over: Partial<StatsFigures>): StatsFigures => ({
  filed: 0,
  accepted: 0,
  rejected: 0,
  agreements: 0,
  failures: 0,
  withdrawn: 0,
  open: 0,
  successRate: null,
  medianDaysToAcceptance: null,
  medianDaysToResolution: null,
  p90DaysToResolution: null,
  claimedFen: 0,
  agreedFen: 0,
  paidFen: 0,
  legalAid: 0,
  urgent: 0,
  transferredToArbitration: 0,
  ...over,
});

/** The whole world, August to October (see stats-world.ts for each case's days). */
const CITY = figures({
  filed: 9,
  accepted: 6,
  rejected: 1,
  agreements: 3,
  failures: 2,
  withdrawn: 1,
  open: 6, // D2 (at arbitration), D5 (performed, not closed), D6, C1, C2 (reopened), C3
  successRate: 0.6,
  medianDaysToAcceptance: 1.5, // 0 1 1 2 3 5
  medianDaysToResolution: 15, // 2 7 15 20 25
  p90DaysToResolution: 25, // the 5th of 5
  claimedFen: 1_740_000,
  agreedFen: 580_000,
  paidFen: 450_000,
  legalAid: 2,
  urgent: 1,
  transferredToArbitration: 1,
});
const DELIVERY = figures({
  filed: 6,
  accepted: 4,
  rejected: 1,
  agreements: 2,
  failures: 1,
  withdrawn: 1,
  open: 2, // D5, D6 (D2 went to the arbitration institution)
  successRate: 2 / 3,
  medianDaysToAcceptance: 1.5, // 1 1 2 5
  medianDaysToResolution: 20, // 7 20 25
  p90DaysToResolution: 25,
  claimedFen: 1_400_000,
  agreedFen: 500_000,
  paidFen: 450_000,
  legalAid: 1,
  urgent: 1,
  transferredToArbitration: 1,
});
const COURIER = figures({
  filed: 3,
  accepted: 2,
  agreements: 1,
  failures: 1,
  open: 3, // C1, C2 (reopened), C3
  successRate: 0.5,
  medianDaysToAcceptance: 1.5, // 0 3
  medianDaysToResolution: 8.5, // 2 15
  p90DaysToResolution: 15,
  claimedFen: 340_000,
  agreedFen: 80_000,
  legalAid: 1,
});
/** D1 alone, the one claim with overtime: accepted the next day, agreed on its 7th day (3000), paid. */
const OVERTIME = figures({
  filed: 1,
  accepted: 1,
  agreements: 1,
  successRate: 1,
  medianDaysToAcceptance: 1,
  medianDaysToResolution: 7,
  p90DaysToResolution: 7,
  claimedFen: 400_000,
  agreedFen: 300_000,
  paidFen: 300_000,
});
const MONTHS = {
  '2026-08': figures({
    filed: 4,
    accepted: 3,
    agreements: 2,
    failures: 1,
    withdrawn: 1,
    open: 3,
    successRate: 2 / 3,
    medianDaysToAcceptance: 1, // 0 1 2
    medianDaysToResolution: 7, // 2 7 20
    p90DaysToResolution: 20,
    claimedFen: 1_060_000,
    agreedFen: 380_000,
    transferredToArbitration: 1,
  }),
  '2026-09': figures({
    filed: 3,
    accepted: 2,
    rejected: 1,
    failures: 1,
    open: 4, // D2, C1, D5, C2 (reopened)
    successRate: 0,
    medianDaysToAcceptance: 4, // 3 5
    medianDaysToResolution: 15,
    p90DaysToResolution: 15,
    claimedFen: 410_000,
    paidFen: 300_000,
    legalAid: 1,
  }),
  '2026-10': figures({
    filed: 2,
    accepted: 1,
    agreements: 1,
    open: 6,
    successRate: 1,
    medianDaysToAcceptance: 1,
    medianDaysToResolution: 25,
    p90DaysToResolution: 25,
    claimedFen: 270_000,
    agreedFen: 200_000,
    paidFen: 150_000,
    legalAid: 1,
    urgent: 1,
  }),
};
const only = (r: StatsFigures) => Object.fromEntries(STATS_FIGURES.map((f) => [f, r[f]]));
const PERIOD = 'from=2026-08-01&to=2026-10-31';

describe('statistics', () => {
  const s = useStatsWorld();
  const get = (token: string, query: string) => s().w.t.api('GET', `/api/admin/stats?${query}`, { token });

  it('the city over three months: every figure, with its definition', async () => {
    const res = await get(s().token.supervisor, PERIOD);
    expect(res.status).toBe(200);
    expect(only(res.body)).toEqual(CITY);
    expect(res.body).toMatchObject({ from: '2026-08-01', to: '2026-10-31', scope: null, groups: [] });
    expect(res.body.definitions).toEqual(STATS_DEFINITIONS);
  });

  it('by station and by month, each group exactly; the open cases follow the case to arbitration', async () => {
    const byStation = (await get(s().token.supervisor, `${PERIOD}&groupBy=station`)).body;
    const group = (id: string) => byStation.groups.find((g: { key: string }) => g.key === id);
    expect(byStation.groups.map((g: { key: string }) => g.key)).toEqual([
      s().stations.delivery.id,
      s().stations.courier.id,
      s().stations.arbitration.id,
    ]);
    expect(only(group(s().stations.delivery.id))).toEqual(DELIVERY);
    expect(group(s().stations.delivery.id).label).toBe(s().stations.delivery.name);
    expect(only(group(s().stations.courier.id))).toEqual(COURIER);
    expect(only(group(s().stations.arbitration.id))).toEqual(figures({ open: 1 }));

    const byMonth = (await get(s().token.supervisor, `${PERIOD}&groupBy=month`)).body;
    expect(byMonth.groups.map((g: { key: string; label: string }) => [g.key, g.label])).toEqual([
      ['2026-08', '2026年08月'],
      ['2026-09', '2026年09月'],
      ['2026-10', '2026年10月'],
    ]);
    for (const g of byMonth.groups) expect([g.key, only(g)]).toEqual([g.key, MONTHS[g.key as keyof typeof MONTHS]]);
    // One month alone is that month's group.
    const sept = (await get(s().token.supervisor, 'from=2026-09-01&to=2026-09-30')).body;
    expect(only(sept)).toEqual(MONTHS['2026-09']);
  });

  it('filters: an industry is its station here; a claim type counts the cases that claim it', async () => {
    const courier = (await get(s().token.supervisor, `${PERIOD}&industry=courier`)).body;
    expect(only(courier)).toEqual(COURIER);
    const overtime = (await get(s().token.supervisor, `${PERIOD}&claimType=overtime`)).body;
    expect(only(overtime)).toEqual(OVERTIME);
    const byType = (await get(s().token.supervisor, `${PERIOD}&groupBy=claimType`)).body;
    // Every claim asks for unpaid wages: that group is the whole city; overtime is D1's alone.
    expect(byType.groups.map((g: StatsFigures & { key: string }) => [g.key, only(g)])).toEqual([
      ['unpaid_wages', CITY],
      ['overtime', OVERTIME],
    ]);
    expect(only(byType)).toEqual(CITY); // the whole still counts each case once
    // An industry is the claim's, not the station's: D2 stays food delivery (and open) at arbitration.
    const byIndustry = (await get(s().token.supervisor, `${PERIOD}&groupBy=industry`)).body;
    expect(byIndustry.groups.map((g: StatsFigures & { key: string }) => [g.key, only(g)])).toEqual([
      ['food_delivery', { ...DELIVERY, open: 3 }], // D2, D5, D6
      ['courier', COURIER],
    ]);
    expect(byIndustry.groups[0].label).toBe('外卖配送');
    expect(only(byIndustry)).toEqual(CITY);
  });

  it('a station admin sees their station only; another station is refused, naming the field', async () => {
    const mine = await get(s().token.deliveryAdmin, `${PERIOD}&groupBy=station`);
    expect(only(mine.body)).toEqual(DELIVERY);
    expect(mine.body.scope).toContain(s().stations.delivery.id);
    expect(mine.body.groups.map((g: { key: string }) => g.key)).toEqual([s().stations.delivery.id]);
    const other = await get(s().token.deliveryAdmin, `${PERIOD}&stationId=${s().stations.courier.id}`);
    expect([other.status, other.body.code, other.body.fields[0].path]).toEqual([
      403,
      'OUT_OF_SCOPE',
      '/query/stationId',
    ]);
    const mediator = await get(s().token.courierMediator, PERIOD);
    expect(only(mediator.body)).toEqual(COURIER);
    // The supervisor may narrow to one station: the same figures as the station's own view.
    const narrowed = await get(s().token.supervisor, `${PERIOD}&stationId=${s().stations.delivery.id}`);
    expect(only(narrowed.body)).toEqual(DELIVERY);
  });

  it('who may not read statistics, and bad periods, are refused clearly', async () => {
    expect((await get(s().token.lawyer, PERIOD)).status).toBe(403);
    expect((await s().w.t.api('GET', `/api/admin/stats?${PERIOD}`)).status).toBe(401);
    const order = await get(s().token.supervisor, 'from=2026-10-31&to=2026-08-01');
    expect([order.status, order.body.fields[0].path]).toEqual([400, '/query/to']);
    const shape = await get(s().token.supervisor, 'from=2026-8-1&to=2026-10-31');
    expect([shape.status, shape.body.fields[0].path]).toEqual([400, '/query/from']);
    const group = await get(s().token.supervisor, `${PERIOD}&groupBy=week`);
    expect([group.status, group.body.fields[0].path]).toEqual([400, '/query/groupBy']);
  });

  it('an empty period has zeros and no rates; the open cases are those of its end', async () => {
    const res = (await get(s().token.supervisor, 'from=2026-11-01&to=2026-11-30&groupBy=month')).body;
    expect(only(res)).toEqual(figures({ open: 6 }));
    expect(res.groups).toHaveLength(1);
    const before = (await get(s().token.supervisor, 'from=2026-01-01&to=2026-07-31')).body;
    expect(only(before)).toEqual(figures({}));
  });
});

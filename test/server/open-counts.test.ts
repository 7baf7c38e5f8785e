import { DUE_SOON_DAYS, addDays, chinaDate, isTerminal } from '@gig/shared';
import { CaseEntity } from '@gig/server/entities';
import { handledCounts, rebuildOpenCounts } from '@gig/server/services/cases/open-counts';
import { consultation } from '../factories';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';

/**
 * The workbench reads counts kept with every filing and case event (case_open_counts): after a
 * run of filings and actions that move cases between statuses, stations and flags, and end some,
 * the kept rows are what a count of the cases gives, and the workbench says what the cases say.
 */
describe('the workbench counts kept with the cases', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  type Row = { stationId: string; status: string; urgent: unknown; legalAid: unknown; dueOn: string; n: unknown };
  const kept = async () =>
    ((await w.t.app.db.query('SELECT * FROM case_open_counts')) as Row[])
      .filter((r) => Number(r.n) !== 0)
      .map((r) => `${r.stationId}|${r.status}|${Number(r.urgent)}|${Number(r.legalAid)}|${r.dueOn}=${Number(r.n)}`)
      .sort();
  /** The workbench's figures counted from the open cases themselves (those of one station, or all). */
  const countedFrom = (cases: CaseEntity[], today: string, stationId: string | null) => {
    const mine = cases.filter((c) => !isTerminal(c.status) && (stationId === null || c.stationId === stationId));
    return {
      submitted: mine.filter((c) => c.status === 'submitted').length,
      urgent: mine.filter((c) => c.urgent).length,
      legalAid: mine.filter((c) => c.legalAid).length,
      dueSoon: mine.filter((c) => c.nextDue && c.nextDue >= today && c.nextDue <= addDays(today, DUE_SOON_DAYS)).length,
      overdue: mine.filter((c) => c.nextDue && c.nextDue < today).length,
    };
  };

  it('after filings, actions, a transfer and ends, equal a count of the cases', async () => {
    const { token, stations } = w;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await w.file(riderClaim({ legalAid: i % 2 === 0 }))).body.case.id as string);
    const ok = async (p: Promise<{ status: number; body: unknown }>) => {
      const r = await p;
      expect([r.status, r.body]).toEqual([200, expect.anything()]);
    };
    await ok(w.act(token.delivery, ids[0]!, 'accept'));
    await ok(w.act(token.delivery, ids[1]!, 'accept'));
    await ok(
      w.act(token.supervisor, ids[1]!, 'flag_urgent', {
        ...consultation(),
        participants: [{ role: 'arbitrator', name: '张仲裁员' }],
      }),
    );
    await ok(w.act(token.delivery, ids[2]!, 'reject', { reason: '不属于劳动争议' }));
    await ok(w.act(token.delivery, ids[3]!, 'transfer', { toStationId: stations.east.id, reason: '属地管辖' }));
    await ok(w.workerAct(ids[4]!, 'withdraw', { reason: '已自行协商' }));
    await ok(w.act(token.delivery, ids[0]!, 'record_failure', { reason: '用人单位拒绝调解' }));

    const before = await kept();
    expect(before.length).toBeGreaterThan(0);
    await w.t.app.db.transaction((em) => rebuildOpenCounts(em));
    expect(await kept()).toEqual(before);

    // The workbench of the delivery station's mediator, against the cases themselves.
    const today = chinaDate(new Date());
    const cases = await w.t.app.db.getRepository(CaseEntity).find();
    const res = await w.t.api('GET', '/api/admin/workbench', { token: token.delivery });
    expect(res.body).toMatchObject(countedFrom(cases, today, stations.delivery.id));
  });

  it('count due soon and overdue by the day the next deadline falls on, as the queue does', async () => {
    // Cases written directly (as a bulk load does), then counted again: one due two days ago, one
    // today, one at the edge of "soon", one just past it.
    const { token, stations } = w;
    const today = chinaDate(new Date());
    const repo = w.t.app.db.getRepository(CaseEntity);
    for (let i = 0; i < 2; i++) expect((await w.file(riderClaim())).status).toBe(201);
    const open = (await repo.findBy({ stationId: stations.delivery.id })).filter((c) => !isTerminal(c.status));
    expect(open.length).toBeGreaterThanOrEqual(4);
    const dues = [addDays(today, -2), today, addDays(today, 3), addDays(today, 4)];
    for (const [i, c] of open.entries()) await repo.update({ id: c.id }, { nextDue: dues[i % dues.length] });
    await w.t.app.db.transaction((em) => rebuildOpenCounts(em));
    const res = await w.t.api('GET', '/api/admin/workbench', { token: token.delivery });
    const onDay = (d: string) => open.filter((_, i) => dues[i % dues.length] === d).length;
    expect(res.body).toMatchObject({ overdue: onDay(dues[0]!), dueSoon: onDay(today) + onDay(dues[2]!) });
    for (const due of ['overdue', 'soon'] as const) {
      const queue = await w.t.api('GET', `/api/admin/cases?stationId=${stations.delivery.id}&due=${due}&limit=100`, {
        token: token.delivery,
      });
      expect(queue.body.items).toHaveLength(due === 'overdue' ? res.body.overdue : res.body.dueSoon);
    }
  });

  it('count overdue over months and years, on any day, per station and citywide', async () => {
    // Next due days spread over three years, then the counts read as if on days that start, end
    // and cut months and years: each what a count of the cases gives.
    const repo = w.t.app.db.getRepository(CaseEntity);
    for (let i = 0; i < 4; i++) expect((await w.file(riderClaim())).status).toBe(201);
    const open = (await repo.find()).filter((c) => !isTerminal(c.status));
    const dues = [
      '2024-02-29',
      '2025-01-31',
      '2025-12-31',
      '2026-01-01',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      null,
    ];
    for (const [i, c] of open.entries()) await repo.update({ id: c.id }, { nextDue: dues[i % dues.length] ?? null });
    await w.t.app.db.transaction((em) => rebuildOpenCounts(em));
    const cases = await repo.find();
    const days = [
      '2024-03-01',
      '2025-01-31',
      '2025-02-01',
      '2026-01-01',
      '2026-01-02',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2027-06-15',
    ];
    for (const today of days)
      for (const stationId of [null, w.stations.delivery.id, w.stations.east.id])
        expect([today, stationId, await handledCounts(w.t.app.db, stationId, today)]).toEqual([
          today,
          stationId,
          expect.objectContaining(countedFrom(cases, today, stationId)),
        ]);
    expect(countedFrom(cases, '2026-12-02', null).overdue).toBeGreaterThan(3);
  });
});

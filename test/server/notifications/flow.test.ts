import { randomUUID } from 'node:crypto';
import { addDays } from '@gig/shared';
import { CaseEntity, NotificationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { agreement, today } from '../../factories';
import { fileClaim } from '../../factories/http';
import { notificationWorld, wageClaim } from './world';
import { centreAndCourier } from '../../factories/stations';

describe('what the worker is told along the case, and deadline reminders', () => {
  const { w, svc, file, act } = notificationWorld();
  let t: TestApp;
  let mediator: string;
  let wechatWorker: { accessToken: string; user: { id: string } };
  beforeAll(() => ({ t, mediator, wechatWorker } = w));

  it('tells the worker on transfer, session scheduled, agreement to sign, a station message and close; not on internal notes', async () => {
    const id = await file(wechatWorker.accessToken);
    await act(id, 'accept');
    await act(id, 'start_mediation');
    const startsAt = new Date(Date.now() + 2 * 86400_000).toISOString();
    expect(
      (
        await act(id, 'schedule_session', {
          startsAt,
          mode: 'on_site',
          address: '鹿城区人民路1号调解室',
          attendees: [
            { side: 'worker', name: '李快递' },
            { side: 'respondent', name: '站点负责人' },
          ],
        })
      ).status,
    ).toBe(200);
    await t.api('POST', `/api/admin/cases/${id}/messages`, {
      token: mediator,
      body: { clientId: randomUUID(), body: '请带上工资条', internal: false },
    });
    await t.api('POST', `/api/admin/cases/${id}/messages`, {
      token: mediator,
      body: { clientId: randomUUID(), body: '对方态度强硬', internal: true },
    });
    const agreed = await act(id, 'record_agreement', agreement('2800', { dueDate: addDays(today(), 10) }));
    expect(agreed.status).toBe(200);
    expect((await act(id, 'record_performance', { paidYuan: '2800', paidOn: today() })).status).toBe(200);
    expect((await act(id, 'close')).status).toBe(200);
    const kinds = (
      await t.app.db.getRepository(NotificationEntity).find({ where: { caseId: id }, order: { createdAt: 'ASC' } })
    ).map((n) => n.kind);
    expect(kinds).toEqual([
      'case_accepted',
      'session_scheduled',
      'station_message',
      'agreement_to_sign',
      'case_closed',
    ]);
    const inbox = await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken });
    const session = inbox.body.items.find(
      (n: { kind: string; caseId: string }) => n.kind === 'session_scheduled' && n.caseId === id,
    );
    expect(session.body).toContain('鹿城区人民路1号调解室');

    const other = await file(wechatWorker.accessToken);
    const east = await t.station({ code: 'WZ-EAST-2', name: '东片区调解中心', kind: 'government', areaCode: '330303' });
    expect((await act(other, 'transfer', { toStationId: east.id, reason: '工作地在龙湾区' })).status).toBe(200);
    const moved = (await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken })).body.items.find(
      (n: { caseId: string }) => n.caseId === other,
    );
    expect(moved).toMatchObject({ kind: 'case_transferred' });
    expect(moved.body).toContain('东片区调解中心');
  });

  it('reminds the worker of a near deadline once per threshold, never for thresholds longer than the period', async () => {
    const id = await file(wechatWorker.accessToken, { incidentDate: '2026-01-10' });
    // The claim restarted the limitation today; pretend it started 340 days ago instead.
    const repo = t.app.db.getRepository(CaseEntity);
    const c = await repo.findOneByOrFail({ id });
    const day = today();
    const deadlines = c.deadlines.map((d) =>
      d.kind === 'limitation' ? { ...d, from: addDays(day, -340), due: addDays(day, 25) } : d,
    );
    await repo.update({ id }, { deadlines });
    const before = await t.app.db.getRepository(NotificationEntity).countBy({ caseId: id, kind: 'deadline_near' });
    expect(before).toBe(0);
    expect(await svc().sweepReminders()).toBeGreaterThanOrEqual(1);
    const n = await t.app.db.getRepository(NotificationEntity).findBy({ caseId: id, kind: 'deadline_near' });
    expect(n).toHaveLength(1);
    expect(n[0]!.params).toMatchObject({ deadlineKind: 'limitation', due: addDays(day, 25), daysLeft: 25 });
    expect(n[0]!.dedupeKey).toBe(`reminder:${id}:limitation:${addDays(day, 25)}:30`);
    // Again: nothing new.
    await svc().sweepReminders();
    expect(await t.app.db.getRepository(NotificationEntity).countBy({ caseId: id, kind: 'deadline_near' })).toBe(1);
    // The 15-day mediation window is the station's clock, not a worker reminder.
    expect(n.every((x) => x.params.deadlineKind !== 'mediation_window')).toBe(true);
    const inbox = await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken });
    expect(
      inbox.body.items.find((x: { kind: string; caseId: string }) => x.kind === 'deadline_near' && x.caseId === id)
        .body,
    ).toContain('劳动仲裁时效');

    // Just after an agreement: the 15-day review window and the 30-day confirmation window are
    // shorter than or equal to the 30-day threshold, the payment date 40 days out is under 60:
    // no "near" reminder for any of them yet.
    const agreed = await file(wechatWorker.accessToken);
    await act(agreed, 'accept');
    await act(agreed, 'start_mediation');
    const ok = await act(agreed, 'record_agreement', agreement('2800', { dueDate: addDays(day, 40) }));
    expect(ok.status).toBe(200);
    await svc().sweepReminders();
    expect(await t.app.db.getRepository(NotificationEntity).countBy({ caseId: agreed, kind: 'deadline_near' })).toBe(0);
  });
});

describe('the dispatcher on its timer', () => {
  it('delivers without anyone calling it, and stops cleanly when the server closes', async () => {
    const t = await startApp({ NOTIFY_DISPATCH_INTERVAL_MS: '50' });
    try {
      const { courier } = await centreAndCourier(t);
      const mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
      const worker = await signInWorker(t, '13900003333');
      const filed = await fileClaim(
        t,
        worker.accessToken,
        wageClaim({ claimant: { name: '赵师傅', idNumber: '11010519491231002X', phone: '13900003333' } }),
      );
      await t.api('POST', `/api/admin/cases/${filed.body.case.id}/actions/accept`, { token: mediator, body: {} });
      const deadline = Date.now() + 10_000;
      while (
        !t.fakes.sms.some((m) => m.template === 'case_update' && m.phone === '13900003333') &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 25));
      expect(t.fakes.sms.filter((m) => m.template === 'case_update')).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

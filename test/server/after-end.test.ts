import { randomUUID } from 'node:crypto';
import { addDays, chinaDate } from '@gig/shared';
import { CaseEntity, CaseEventEntity, NotificationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { claim } from '../factories';
import { centreAndCourier } from '../factories/stations';

/**
 * After the end (issue 17 point 6): a week after a case closes the worker is asked whether the
 * money arrived or the problem was solved; "no", within the reopen window, sends the case back to
 * its station with the answer as its first event after the close; "yes" ends the follow-up.
 */
describe('the follow-up after a case is closed', () => {
  let t: TestApp;
  let worker: string;
  let mediator: string;
  let admin: string;
  const day = 86400_000;

  beforeAll(async () => {
    t = await startApp();
    const { courier } = await centreAndCourier(t);
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    admin = (await t.signIn((await t.staff('station_admin', courier)).username, STAFF_PASSWORD)).accessToken;
    worker = (await signInWorker(t)).accessToken;
  });
  afterAll(() => t.close());

  const act = (token: string, id: string, action: string, body: object = {}, side = 'admin/') =>
    t.api('POST', `/api/${side}cases/${id}/actions/${action}`, { token, body });
  const mine = (id: string) => t.api('GET', `/api/cases/${id}`, { token: worker });

  /** A claim the station could not settle, closed today. */
  async function closedCase(): Promise<string> {
    const filed = await t.api('POST', '/api/cases', {
      token: worker,
      body: claim(),
      headers: { 'idempotency-key': randomUUID() },
    });
    const id = filed.body.case.id as string;
    for (const [action, body] of [
      ['accept', {}],
      ['record_failure', { reason: '公司拒绝调解' }],
      ['close', {}],
    ] as const)
      expect((await act(mediator, id, action, body)).status).toBe(200);
    return id;
  }

  it('closing sets the follow-up and the reopen window, each with its rule, and offers the worker both answers', async () => {
    const id = await closedCase();
    const today = chinaDate(new Date());
    const view = (await mine(id)).body;
    expect(view.status).toBe('closed');
    const follow = view.deadlines.find((d: { kind: string }) => d.kind === 'follow_up');
    const reopen = view.deadlines.find((d: { kind: string }) => d.kind === 'reopen_window');
    expect(follow).toMatchObject({ from: today, due: addDays(today, 7) });
    expect(reopen).toMatchObject({ from: today, due: addDays(today, 90) });
    expect(reopen.basis.law['zh-CN']).toContain('可配置');
    expect(view.actions.map((a: { action: string }) => a.action).sort()).toEqual([
      'confirm_resolved',
      'report_unresolved',
    ]);
  });

  it('a week later the worker is asked once, with the last day to reopen, however often the sweep runs', async () => {
    const id = await closedCase();
    const { followUps } = t.app.services;
    expect(await followUps.sweep(new Date(Date.now() + 5 * day))).toBe(0);
    const later = new Date(Date.now() + 7 * day + 3600_000);
    expect(await followUps.sweep(later)).toBeGreaterThanOrEqual(1);
    expect(await followUps.sweep(later)).toBe(0);
    const asked = await t.app.db.getRepository(NotificationEntity).findBy({ caseId: id, kind: 'follow_up' });
    expect(asked).toHaveLength(1);
    const inbox = await t.api('GET', '/api/inbox', { token: worker });
    const note = inbox.body.items.find(
      (n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'follow_up',
    );
    expect(note.body).toContain(addDays(chinaDate(new Date()), 90));
  });

  it('"not resolved" reopens the case at its station with a new mediation period, and its staff are told', async () => {
    const id = await closedCase();
    const res = await act(worker, id, 'report_unresolved', { answer: 'not_paid', reason: '说好的钱一直没到账' }, '');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('accepted');
    const today = chinaDate(new Date());
    const kinds = res.body.deadlines.map((d: { kind: string }) => d.kind);
    expect(kinds).not.toContain('follow_up');
    expect(kinds).not.toContain('reopen_window');
    expect(res.body.deadlines.find((d: { kind: string }) => d.kind === 'mediation_window').from).toBe(today);
    const staffView = (await t.api('GET', `/api/admin/cases/${id}`, { token: mediator })).body;
    const last = staffView.events[staffView.events.length - 1];
    expect(last).toMatchObject({ action: 'report_unresolved', fromStatus: 'closed', toStatus: 'accepted' });
    expect(last.reason).toBe('说好的钱一直没到账');
    const stored = await t.app.db.getRepository(CaseEventEntity).findOneByOrFail({ caseId: id, seq: last.seq });
    expect(stored.data).toMatchObject({ answer: 'not_paid', closedOn: today });
    for (const token of [mediator, admin]) {
      const notices = (await t.api('GET', '/api/admin/notices', { token })).body;
      expect(
        notices.items.some((n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'case_reopened'),
      ).toBe(true);
    }
    // The station works it again; no second follow-up answer on the same close.
    expect((await act(worker, id, 'confirm_resolved', {}, '')).status).toBe(409);
  });

  it('"resolved" ends the follow-up: nothing more is asked or offered', async () => {
    const id = await closedCase();
    const res = await act(worker, id, 'confirm_resolved', {}, '');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect(res.body.actions).toEqual([]);
    expect(await t.app.services.followUps.sweep(new Date(Date.now() + 7 * day + 3600_000))).toBe(0);
    const again = await act(worker, id, 'report_unresolved', { answer: 'not_solved', reason: '又不行了' }, '');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NO_FOLLOW_UP');
  });

  it('after the reopen window the answer is refused in words, and the case stays closed', async () => {
    const id = await closedCase();
    const repo = t.app.db.getRepository(CaseEntity);
    const c = await repo.findOneByOrFail({ id });
    const long = addDays(chinaDate(new Date()), -120);
    await repo.update(
      { id },
      {
        deadlines: c.deadlines.map((d) =>
          d.kind === 'follow_up' || d.kind === 'reopen_window'
            ? { ...d, from: long, due: addDays(long, d.kind === 'follow_up' ? 7 : 90) }
            : d,
        ),
      },
    );
    const offered = (await mine(id)).body.actions;
    expect(offered).toContainEqual({ action: 'report_unresolved', refusal: 'REOPEN_WINDOW_PASSED' });
    const res = await act(worker, id, 'report_unresolved', { answer: 'partly_paid', reason: '只收到一半' }, '');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REOPEN_WINDOW_PASSED');
    expect((await mine(id)).body.status).toBe('closed');
  });

  it('staff cannot answer for the worker, and a reason is required to say it was not resolved', async () => {
    const id = await closedCase();
    // A worker's own action has no staff route at all.
    expect((await act(mediator, id, 'report_unresolved', { answer: 'not_paid', reason: '代填' })).status).toBe(404);
    const bare = await act(worker, id, 'report_unresolved', { answer: 'not_paid' }, '');
    expect(bare.status).toBe(400);
    expect(JSON.stringify(bare.body)).toContain('reason');
  });
});

import { randomUUID } from 'node:crypto';
import { CaseEventEntity } from '@gig/server/entities';
import { caseWorld, riderClaim, type CaseWorld } from './world';

/** Mediation: sessions and who came, the 15-day window, and a mediation that fails. */
describe('mediation', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  describe('mediation sessions', () => {
    it('staff schedule an online session the worker can see, then record who came', async () => {
      const { t, token } = w;
      const id = (await w.file(riderClaim())).body.case.id as string;
      await w.act(token.delivery, id, 'accept');
      const early = await w.act(token.delivery, id, 'schedule_session', {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        mode: 'online',
        attendees: [{ side: 'worker', name: '王小明' }],
      });
      expect(early.status).toBe(409); // not in mediation yet
      await w.act(token.delivery, id, 'start_mediation');
      const noLink = await w.act(token.delivery, id, 'schedule_session', {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        mode: 'online',
        attendees: [{ side: 'worker', name: '王小明' }],
      });
      expect(noLink.body.fields[0]).toMatchObject({ path: '/body/link', rule: 'required' });

      const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
      const res = await w.act(token.delivery, id, 'schedule_session', {
        startsAt,
        mode: 'online',
        link: 'https://meeting.example.cn/j/123456',
        attendees: [
          { side: 'worker', name: '王小明' },
          { side: 'respondent', name: '配送站站长' },
          { side: 'mediator', name: '李调解员' },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('mediating');
      const session = res.body.sessions[0];
      expect(session).toMatchObject({
        startsAt,
        mode: 'online',
        link: 'https://meeting.example.cn/j/123456',
        present: null,
      });

      const seen = await t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
      expect(seen.body.sessions[0].link).toBe('https://meeting.example.cn/j/123456');

      expect(
        (await w.act(token.delivery, id, 'record_attendance', { sessionId: randomUUID(), present: [] })).body.fields[0]
          .path,
      ).toBe('/body/sessionId');
      const came = await w.act(token.delivery, id, 'record_attendance', {
        sessionId: session.id,
        present: [{ side: 'worker', name: '王小明' }],
        reason: '被申请人未到场',
      });
      expect(came.body.sessions[0].present).toEqual([{ side: 'worker', name: '王小明' }]);
    });
  });

  describe('the 15-day window, and a mediation that fails', () => {
    // One case, accepted by the delivery mediator; the tests below take it on in order.
    let id: string;
    beforeAll(async () => {
      id = (await w.file(riderClaim())).body.case.id;
      expect((await w.act(w.token.delivery, id, 'accept')).body.status).toBe('accepted');
    });

    it('the worker may not ask for arbitration while the 15-day window is open', async () => {
      await w.act(w.token.delivery, id, 'start_mediation');
      const res = await w.workerAct(id, 'request_arbitration');
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('MEDIATION_WINDOW_OPEN');
      expect(res.body.details.opensAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('after a failed mediation the worker takes it to the arbitration institution, which the station hands it to', async () => {
      expect((await w.act(w.token.delivery, id, 'record_failure', { reason: '用人单位拒绝调解' })).body.status).toBe(
        'mediation_failed',
      );
      // No institution covers the place of performance yet: refused with its code, nothing moves.
      const none = await w.workerAct(id, 'request_arbitration');
      expect([none.status, none.body.code]).toEqual([409, 'NO_JURISDICTION']);
      await w.t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
      const res = await w.workerAct(id, 'request_arbitration');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('transferred_to_arbitration');
      expect(res.body.station.code).toBe('WZ-ARB');
      // The mediation station has handed it over: it is no longer theirs to see or close.
      expect((await w.act(w.token.delivery, id, 'close')).status).toBe(404);
      const events = await w.t.app.db
        .getRepository(CaseEventEntity)
        .find({ where: { caseId: id }, order: { seq: 'ASC' } });
      expect(events.map((e) => `${e.fromStatus}>${e.toStatus}:${e.actorRole}`)).toEqual([
        'null>submitted:worker',
        'submitted>accepted:mediator',
        'accepted>mediating:mediator',
        'mediating>mediation_failed:mediator',
        'mediation_failed>transferred_to_arbitration:worker',
      ]);
    });
  });
});

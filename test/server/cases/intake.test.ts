import { OUTLET_SHARING_CONSENT } from '@gig/shared';
import { AuditEntryEntity, CaseEventEntity, type StationEntity } from '@gig/server/entities';
import { signInWorker } from '../helpers/app';
import { caseWorld, deliveryOutlet, riderClaim, type CaseWorld } from './world';

/** The station takes the case in: sees it, accepts or rejects it, dispatches it to an outlet, takes it back, transfers it. */
describe('intake', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  describe('the station works the case', () => {
    let id: string;
    beforeAll(async () => {
      id = (await w.file(riderClaim())).body.case.id;
    });

    it('the delivery mediator sees it in the queue; the courier mediator does not, nor by its id', async () => {
      const { t, token } = w;
      const mine = await t.api('GET', '/api/admin/cases?status=submitted', { token: token.delivery });
      expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(id);
      const other = await t.api('GET', '/api/admin/cases', { token: token.courier });
      expect(other.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      const byId = await t.api('GET', `/api/admin/cases/${id}`, { token: token.courier });
      // Another station's case is "not found", like a random id: staff cannot probe which ids exist.
      expect(byId.status).toBe(404);
      expect(byId.body.code).toBe('NOT_FOUND');
      expect((await w.act(token.courier, id, 'accept')).status).toBe(404);
    });

    it('rejecting needs a reason', async () => {
      const res = await w.act(w.token.delivery, id, 'reject');
      expect(res.status).toBe(400);
      expect(res.body.fields[0]).toMatchObject({ path: '/body/reason', rule: 'required' });
    });

    it('the mediator accepts it, and the worker sees the change and what they may do', async () => {
      const res = await w.act(w.token.delivery, id, 'accept', { expectedStatus: 'submitted' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('accepted');
      expect(res.body.allowedActions).toEqual(expect.arrayContaining(['start_mediation', 'record_failure']));
      const seen = await w.t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken });
      expect(seen.body.status).toBe('accepted');
      expect(seen.body.allowedActions).toEqual(['withdraw', 'request_legal_aid']);
      expect(seen.body.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept']);
    });

    it('a stale page acting on an old status gets 409 naming the status and what is allowed, and nothing changes', async () => {
      const res = await w.act(w.token.delivery, id, 'accept', { expectedStatus: 'submitted' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      expect(res.body.details).toMatchObject({
        status: 'accepted',
        allowedActions: expect.arrayContaining(['start_mediation']),
      });
      expect(await w.t.app.db.getRepository(CaseEventEntity).countBy({ caseId: id })).toBe(2);
    });
  });

  describe('dispatch to an outlet and transfer', () => {
    let delivery: StationEntity;
    let outlet: StationEntity;
    let foreignOutlet: StationEntity;
    let east: StationEntity;
    beforeAll(async () => {
      ({ delivery, east } = w.stations);
      outlet = await deliveryOutlet(w.t);
      foreignOutlet = await w.t.station({
        code: 'WZ-SF-LC',
        kind: 'outlet',
        industries: ['courier'],
        areaCode: '330302',
        parentCode: 'WZ-COURIER',
      });
    });

    it("a case goes to the outlet only with the worker's separate consent, given at filing or later, and audited", async () => {
      const { t, token, worker } = w;
      const id = (await w.file(riderClaim())).body.case.id as string;
      await w.act(token.delivery, id, 'accept');
      const refused = await w.act(token.delivery, id, 'dispatch', { outletId: outlet.id });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'OUTLET_CONSENT_REQUIRED', details: { status: 'accepted' } });
      expect((await t.api('GET', `/api/cases/${id}`, { token: worker.accessToken })).body).toMatchObject({
        status: 'accepted',
        outletConsent: null,
      });

      // Only the worker agrees, only with the text's current version, and only to their own case.
      const consent = (tok: string, version: string) =>
        t.api('POST', `/api/cases/${id}/consents/outlet`, { token: tok, body: { version } });
      expect((await consent(worker.accessToken, 'outlet-sharing-v0')).status).toBe(400);
      const other = (await signInWorker(t, '13900007777')).accessToken;
      expect((await consent(other, OUTLET_SHARING_CONSENT.version)).status).toBe(404);
      expect((await consent(token.delivery, OUTLET_SHARING_CONSENT.version)).status).toBe(403);

      const agreed = await consent(worker.accessToken, OUTLET_SHARING_CONSENT.version);
      expect(agreed.status).toBe(200);
      expect(agreed.body.outletConsent).toMatchObject({ version: OUTLET_SHARING_CONSENT.version });
      const again = await consent(worker.accessToken, OUTLET_SHARING_CONSENT.version);
      expect(again.body.outletConsent.at).toBe(agreed.body.outletConsent.at);
      const audits = await t.app.db
        .getRepository(AuditEntryEntity)
        .findBy({ action: 'case.outlet_consent', targetId: id });
      expect(audits).toHaveLength(1);
      expect(audits[0]!.detail).toMatchObject({ consentVersion: OUTLET_SHARING_CONSENT.version });

      expect((await w.act(token.delivery, id, 'dispatch', { outletId: outlet.id })).status).toBe(200);
    });

    it('the association dispatches to its outlet, which cannot settle, and takes it back', async () => {
      const { t, token } = w;
      const id = (await w.file({ ...riderClaim(), outletConsent: OUTLET_SHARING_CONSENT.version })).body.case.id;
      await w.act(token.delivery, id, 'accept');
      const wrong = await w.act(token.delivery, id, 'dispatch', { outletId: foreignOutlet.id });
      expect(wrong.status).toBe(400);
      expect(wrong.body.fields[0]).toMatchObject({ path: '/body/outletId', rule: 'respondent_outlet' });
      // Nor to another company's outlet under the same station, which the worker never named.
      const rival = await t.station({
        code: 'WZ-ELM-LC',
        kind: 'outlet',
        areaCode: '330302',
        parentCode: 'WZ-DELIVERY',
        organisation: '饿了么',
      });
      const rivalRes = await w.act(token.delivery, id, 'dispatch', { outletId: rival.id });
      expect([rivalRes.status, rivalRes.body.fields?.[0]?.rule]).toEqual([400, 'respondent_outlet']);

      const sent = await w.act(token.delivery, id, 'dispatch', { outletId: outlet.id, reason: '由配送站先行协商' });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({
        status: 'dispatched',
        outlet: { code: 'WZ-MT-OH' },
        station: { code: 'WZ-DELIVERY' },
      });
      expect((await t.api('GET', `/api/cases/${id}`, { token: w.worker.accessToken })).body.outlet.code).toBe(
        'WZ-MT-OH',
      );

      expect((await w.act(token.delivery, id, 'take_back')).status).toBe(400);
      const back = await w.act(token.delivery, id, 'take_back', { reason: '网点未能和解' });
      expect(back.body).toMatchObject({ status: 'accepted', outlet: null });
      const events = await t.app.db
        .getRepository(CaseEventEntity)
        .find({ where: { caseId: id }, order: { seq: 'ASC' } });
      expect(events.map((e) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'take_back']);
      expect(events[2]!.data).toMatchObject({ outletCode: 'WZ-MT-OH' });
    });

    it('a transfer moves the case to the other station, which must accept it, and out of the sender’s reach', async () => {
      const { t, token } = w;
      const id = (await w.file(riderClaim())).body.case.id;
      await w.act(token.delivery, id, 'accept');
      expect((await w.act(token.delivery, id, 'transfer', { toStationId: east.id })).status).toBe(400);
      expect(
        (await w.act(token.delivery, id, 'transfer', { toStationId: delivery.id, reason: '测试' })).body.fields[0].rule,
      ).toBe('different');
      expect(
        (await w.act(token.delivery, id, 'transfer', { toStationId: outlet.id, reason: '测试' })).body.fields[0].rule,
      ).toBe('intake');

      const moved = await w.act(token.delivery, id, 'transfer', {
        toStationId: east.id,
        reason: '涉及多名骑手，转政府调解站',
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ status: 'submitted', station: { code: 'WZ-EAST' } });
      expect((await t.api('GET', `/api/admin/cases/${id}`, { token: token.delivery })).status).toBe(404);
      const event = (
        await t.app.db.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { seq: 'DESC' }, take: 1 })
      )[0]!;
      expect(event).toMatchObject({
        action: 'transfer',
        fromStatus: 'accepted',
        toStatus: 'submitted',
        reason: '涉及多名骑手，转政府调解站',
      });
      expect(event.data).toMatchObject({ fromStationId: delivery.id, toStationId: east.id });
    });
  });
});

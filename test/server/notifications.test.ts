import { randomUUID } from 'node:crypto';
import { addDays, type ClaimCreateBody } from '@gig/shared';
import { CaseEntity, NotificationDeliveryEntity, NotificationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from './helpers/app';
import { agreement, claim, today } from '../factories';
import { fileClaim } from '../factories/http';

const TEMPLATE = 'tmpl-case-update-001';

/** A courier's 2,800-yuan wage claim; the SMS goes to the phone given here. */
const wageClaim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody =>
  claim({
    claimant: { name: '李快递', idNumber: '11010519491231002X', phone: '13900001111' },
    items: [{ type: 'unpaid_wages', amountYuan: '2800' }],
    ...over,
  });

describe('notifications: inbox, outbox, WeChat subscribe messages, SMS, reminders', () => {
  let t: TestApp;
  let mediator: string;
  let wechatWorker: { accessToken: string; user: { id: string } };
  let phoneWorker: { accessToken: string; user: { id: string } };

  beforeAll(async () => {
    t = await startApp({
      WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE,
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_SECONDS: '30',
    });
    const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
    const courier = await t.station({
      code: 'WZ-COURIER',
      name: '温州市快递行业调解站',
      kind: 'association',
      industries: ['courier'],
      areaCode: '330300',
      parentId: centre.id,
      phone: '0577-88001234',
    });
    mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    t.fakes.wechatCodes.set('code-wx-1', { openid: 'o-rider-openid-1' });
    const wx = await t.api('POST', '/api/auth/wechat', { body: { code: 'code-wx-1' } });
    expect(wx.status).toBe(200);
    wechatWorker = wx.body;
    phoneWorker = await signInWorker(t, '13900002222');
  });
  afterAll(() => t.close());

  const file = async (tok: string, over: Partial<ClaimCreateBody> = {}) => {
    const res = await fileClaim(t, tok, wageClaim(over));
    expect(res.status).toBe(201);
    return res.body.case.id as string;
  };
  const act = (id: string, action: string, body: object = {}) =>
    t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: mediator, body });
  const svc = () => t.app.services.notifications;
  const deliveries = async (caseId: string) => {
    const ns = await t.app.db.getRepository(NotificationEntity).findBy({ caseId });
    return t.app.db
      .getRepository(NotificationDeliveryEntity)
      .find({ where: ns.map((n) => ({ notificationId: n.id })) });
  };

  it('accepting a case puts it in the inbox at once and sends a WeChat subscribe message and an SMS', async () => {
    const id = await file(wechatWorker.accessToken);
    expect((await act(id, 'accept')).status).toBe(200);

    const inbox = await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken });
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({
      kind: 'case_accepted',
      caseId: id,
      title: '您的申请已受理',
      readAt: null,
    });
    expect(inbox.body.items[0].body).toContain('温州市快递行业调解站');
    expect(inbox.body.items[0].body).toContain('0577-88001234');
    const en = await t.api('GET', '/api/inbox', {
      token: wechatWorker.accessToken,
      headers: { 'accept-language': 'en' },
    });
    expect(en.body.items[0].title).toBe('Your claim was accepted');

    // Nothing leaves before the dispatcher runs: the outbox holds both channels.
    expect((await deliveries(id)).map((d) => [d.channel, d.status]).sort()).toEqual([
      ['sms', 'pending'],
      ['wechat', 'pending'],
    ]);
    expect(await svc().runOnce()).toBe(2);

    const sent = t.fakes.subscribeSent.at(-1)!;
    expect(sent).toMatchObject({
      touser: 'o-rider-openid-1',
      template_id: TEMPLATE,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
      page: `pages/case/index?id=${id}`,
    });
    const number = (await t.app.db.getRepository(CaseEntity).findOneByOrFail({ id })).number;
    expect(sent.data).toMatchObject({
      character_string1: { value: number },
      phrase2: { value: '已受理' },
      thing3: { value: '您的申请已受理' },
    });
    expect(sent.data.time4?.value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const sms = t.fakes.sms.filter((m) => m.template === 'case_update').at(-1)!;
    expect(sms).toMatchObject({
      phone: '13900001111',
      params: { caseNumber: number, kind: 'case_accepted', title: '您的申请已受理' },
    });
    expect((await deliveries(id)).every((d) => d.status === 'sent' && d.attempts === 1 && d.sentAt)).toBe(true);
    // A second round finds nothing due.
    expect(await svc().runOnce()).toBe(0);
  });

  it('the worker marks notifications read, one or all; another worker cannot touch them', async () => {
    const mine = await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken });
    const nid = mine.body.items[0].id;
    expect((await t.api('POST', `/api/inbox/${nid}/read`, { token: phoneWorker.accessToken })).status).toBe(404);
    expect((await t.api('POST', `/api/inbox/${nid}/read`, { token: wechatWorker.accessToken })).status).toBe(200);
    const after = await t.api('GET', '/api/inbox', { token: wechatWorker.accessToken });
    expect(after.body.items[0].readAt).not.toBeNull();
    expect(after.body.unread).toBe(0);
    expect((await t.api('GET', '/api/inbox', { token: phoneWorker.accessToken })).body.items).toEqual([]);
    expect((await t.api('GET', '/api/inbox', { token: mediator })).status).toBe(403);
    expect((await t.api('POST', '/api/inbox/read-all', { token: wechatWorker.accessToken })).status).toBe(200);
  });

  it('a worker who signed in by phone gets the inbox and SMS; WeChat is recorded as skipped, not tried', async () => {
    const id = await file(phoneWorker.accessToken, {
      claimant: { name: '张骑手', idNumber: '11010519491231002X', phone: '13900002222' },
    });
    await act(id, 'reject', { reason: '材料不全，请补充劳动关系证明' });
    const d = await deliveries(id);
    expect(d.map((x) => [x.channel, x.status]).sort()).toEqual([
      ['sms', 'pending'],
      ['wechat', 'skipped'],
    ]);
    const before = t.fakes.subscribeSent.length;
    await svc().runOnce();
    expect(t.fakes.subscribeSent.length).toBe(before);
    const sms = t.fakes.sms.filter((m) => m.template === 'case_update').at(-1)!;
    expect(sms.phone).toBe('13900002222');
    expect(sms.params.text).toContain('材料不全，请补充劳动关系证明');
    const inbox = await t.api('GET', '/api/inbox', { token: phoneWorker.accessToken });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'case_rejected', caseId: id });
  });

  it('the outbox delivers after a failure: WeChat busy and the SMS gateway down, retried later with every attempt recorded', async () => {
    const id = await file(wechatWorker.accessToken);
    t.fakes.subscribeScript.push(-1);
    t.fakes.smsFailStatus = 503;
    await act(id, 'accept');
    const now = new Date();
    expect(await svc().runOnce(now)).toBe(2);
    let d = await deliveries(id);
    expect(d.map((x) => [x.channel, x.status, x.attempts]).sort()).toEqual([
      ['sms', 'pending', 1],
      ['wechat', 'pending', 1],
    ]);
    expect(d.find((x) => x.channel === 'wechat')!.lastError).toContain('errcode -1');
    expect(d.find((x) => x.channel === 'sms')!.lastError).toBe('sms gateway HTTP 503');
    // Not due yet: the first retry waits NOTIFY_RETRY_BASE_SECONDS.
    expect(await svc().runOnce(new Date(now.getTime() + 10_000))).toBe(0);

    t.fakes.smsFailStatus = null;
    expect(await svc().runOnce(new Date(now.getTime() + 31_000))).toBe(2);
    d = await deliveries(id);
    expect(d.every((x) => x.status === 'sent' && x.attempts === 2 && x.lastError === null)).toBe(true);

    // Staff see the story, attempt by attempt.
    const view = await t.api('GET', `/api/admin/cases/${id}/notifications`, { token: mediator });
    expect(view.status).toBe(200);
    const accepted = view.body.items.find((n: { kind: string }) => n.kind === 'case_accepted');
    const wechat = accepted.deliveries.find((x: { channel: string }) => x.channel === 'wechat');
    expect(wechat.status).toBe('sent');
    expect(wechat.attempts.map((a: { ok: boolean }) => a.ok)).toEqual([false, true]);
    expect(wechat.attempts[0].error).toContain('errcode -1');
    // The worker cannot read the delivery log.
    expect(
      (await t.api('GET', `/api/admin/cases/${id}/notifications`, { token: wechatWorker.accessToken })).status,
    ).toBe(403);
  });

  it('gives up after NOTIFY_MAX_ATTEMPTS, and at once when WeChat says the worker did not subscribe', async () => {
    const id = await file(wechatWorker.accessToken);
    t.fakes.subscribeScript.push(43101);
    t.fakes.smsFailStatus = 500;
    await act(id, 'accept');
    const t0 = Date.now();
    await svc().runOnce(new Date(t0));
    let d = await deliveries(id);
    const wechat = d.find((x) => x.channel === 'wechat')!;
    expect([wechat.status, wechat.attempts, wechat.nextAttemptAt]).toEqual(['failed', 1, null]);
    expect(wechat.lastError).toContain('43101');
    // SMS: attempts 2 and 3 after 30 s and 60 s more, then it stops.
    await svc().runOnce(new Date(t0 + 31_000));
    await svc().runOnce(new Date(t0 + 92_000));
    expect(await svc().runOnce(new Date(t0 + 10 * 3600_000))).toBe(0);
    d = await deliveries(id);
    expect(d.find((x) => x.channel === 'sms')).toMatchObject({
      status: 'failed',
      attempts: 3,
      nextAttemptAt: null,
      lastError: 'sms gateway HTTP 500',
    });
    t.fakes.smsFailStatus = null;
  });

  it('an expired access token is fetched again once and the message still goes', async () => {
    const id = await file(wechatWorker.accessToken);
    await act(id, 'accept');
    // Someone else refreshed the token: the one the server holds is now stale (42001).
    await fetch(
      `${t.fakes.wechatBase}/cgi-bin/token?grant_type=client_credential&appid=wx-test-appid&secret=wx-test-secret`,
    );
    const tokens = t.fakes.wechatTokens.length;
    await svc().runOnce();
    expect(t.fakes.wechatTokens.length).toBe(tokens + 1);
    expect((await deliveries(id)).find((x) => x.channel === 'wechat')!.status).toBe('sent');
  });

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
      const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
      const courier = await t.station({
        code: 'WZ-COURIER',
        kind: 'association',
        industries: ['courier'],
        areaCode: '330300',
        parentId: centre.id,
      });
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

import { CaseEntity } from '@gig/server/entities';
import type { TestApp } from '../helpers/app';
import { TEMPLATE, notificationWorld } from './world';

describe('notifications: the inbox, and the outbox to WeChat subscribe messages and SMS', () => {
  const { w, svc, file, act, deliveries } = notificationWorld();
  let t: TestApp;
  let mediator: string;
  let wechatWorker: { accessToken: string; user: { id: string } };
  let phoneWorker: { accessToken: string; user: { id: string } };
  beforeAll(() => ({ t, mediator, wechatWorker, phoneWorker } = w));

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
});

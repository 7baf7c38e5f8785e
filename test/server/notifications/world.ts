import type { ClaimCreateBody } from '@gig/shared';
import { NotificationDeliveryEntity, NotificationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type TestApp } from '../helpers/app';
import { claim } from '../../factories';
import { fileClaim } from '../../factories/http';

export const TEMPLATE = 'tmpl-case-update-001';

/** A courier's 2,800-yuan wage claim; the SMS goes to the phone given here. */
export const wageClaim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody =>
  claim({
    claimant: { name: '李快递', idNumber: '11010519491231002X', phone: '13900001111' },
    items: [{ type: 'unpaid_wages', amountYuan: '2800' }],
    ...over,
  });

/**
 * The notifications' world: the courier station and its mediator, a worker signed in by WeChat
 * and one by phone, WeChat subscribe messages on (3 attempts, 30 s apart). Call it in a describe.
 */
export function notificationWorld() {
  const w = {} as {
    t: TestApp;
    mediator: string;
    wechatWorker: { accessToken: string; user: { id: string } };
    phoneWorker: { accessToken: string; user: { id: string } };
  };
  beforeAll(async () => {
    w.t = await startApp({
      WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE,
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_SECONDS: '30',
    });
    const t = w.t;
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
    w.mediator = (await t.signIn((await t.staff('mediator', courier)).username, STAFF_PASSWORD)).accessToken;
    t.fakes.wechatCodes.set('code-wx-1', { openid: 'o-rider-openid-1' });
    const wx = await t.api('POST', '/api/auth/wechat', { body: { code: 'code-wx-1' } });
    expect(wx.status).toBe(200);
    w.wechatWorker = wx.body;
    w.phoneWorker = await signInWorker(t, '13900002222');
  });
  afterAll(() => w.t.close());

  const file = async (tok: string, over: Partial<ClaimCreateBody> = {}) => {
    const res = await fileClaim(w.t, tok, wageClaim(over));
    expect(res.status).toBe(201);
    return res.body.case.id as string;
  };
  const act = (id: string, action: string, body: object = {}) =>
    w.t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: w.mediator, body });
  const deliveries = async (caseId: string) => {
    const ns = await w.t.app.db.getRepository(NotificationEntity).findBy({ caseId });
    return w.t.app.db
      .getRepository(NotificationDeliveryEntity)
      .find({ where: ns.map((n) => ({ notificationId: n.id })) });
  };
  // The outbox dispatcher and the reminder sweep, run by hand (their timers are off in tests).
  const svc = () => ({
    runOnce: (now?: Date) => w.t.app.services.dispatcher.runOnce(now),
    sweepReminders: (now?: Date) => w.t.app.services.reminders.sweep(now),
  });
  return { w, svc, file, act, deliveries };
}

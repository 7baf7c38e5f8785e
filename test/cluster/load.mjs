// The bounded filing-and-acting load, through the balancer: simulated phones sign in by SMS code
// (read from the fake gateway), file claims with an Idempotency-Key and read each one back at once
// (read-your-writes across nodes); staff sign in and accept, start mediating and schedule a
// session on the cases of their station. Everything acknowledged is kept for the checks.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const DAY = 86_400_000;
/** China's calendar day, `days` from today. */
export const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * DAY).toISOString().slice(0, 10);

const STAFF = [
  { username: 'courier.mediator', industry: 'courier' },
  { username: 'courier.admin', industry: 'courier' },
  { username: 'delivery.mediator', industry: 'food_delivery' },
];

function claimBody(phone, industry, n) {
  const courier = industry === 'courier';
  return {
    claimant: { name: '王小明', idNumber: '11010519491231002X', phone },
    industry,
    workMode: courier ? 'outlet' : 'platform_app',
    areaCode: '330302',
    respondent: courier
      ? { name: `温州某快递服务有限公司${n % 7}` }
      : { name: '温州某某配送服务有限公司', creditCode: '91350100M000100Y43', outletName: '鹿城配送站' },
    items: [{ type: 'unpaid_wages', amountYuan: String(1000 + n) }],
    incidentDate: chinaDay(-20),
    description: '上个月工资至今未发放，多次催要无果。',
    stationCode: courier ? 'WZ-COURIER' : 'WZ-DELIVERY',
    legalAid: false,
  };
}

export class Load {
  constructor(client, gateway, rec) {
    this.c = client;
    this.gateway = gateway;
    this.rec = rec;
    this.stopped = false;
    this.nextPhone = 0;
    /** Claims answered 201/200: { phone, key, id, number }. */
    this.claims = [];
    /** Staff actions answered 200: { caseId, action, key, username }. */
    this.actions = [];
    /** Cases the staff leave alone (the suite moves their clock). */
    this.reserved = new Set();
    this.problems = [];
    this.lostRaces = 0;
  }

  async signInPhone(phone, ip) {
    const since = Date.now();
    const codeArrived = () => this.gateway.codeFor(phone, since) !== null;
    const sent = await this.c.op(
      'otp-request',
      'POST',
      '/api/auth/otp/request',
      { body: { phone }, ip },
      { done: codeArrived },
    );
    if (sent.status !== 200 && !codeArrived()) return null;
    let code = null;
    for (let i = 0; i < 50 && !code; i++) {
      code = this.gateway.codeFor(phone, since);
      if (!code) await sleep(100);
    }
    if (!code) return null;
    const v = await this.c.op('otp-verify', 'POST', '/api/auth/otp/verify', { body: { phone, code }, ip });
    return v.status === 200 ? v.body.accessToken : null;
  }

  async phone(vu) {
    while (!this.stopped) {
      const n = this.nextPhone++;
      const phone = `139${String(10_000_000 + n).slice(-8)}`;
      const ip = `10.77.${(n >> 8) & 255}.${n & 255}`;
      const token = await this.signInPhone(phone, ip);
      if (!token) {
        this.problems.push(`phone ${phone} could not sign in`);
        continue;
      }
      const claims = 2 + ((n * 7 + vu) % 4);
      for (let k = 0; k < claims && !this.stopped; k++) {
        const industry = (n + k) % 3 === 2 ? 'food_delivery' : 'courier';
        const key = randomUUID();
        const res = await this.c.op('file', 'POST', '/api/cases', {
          token,
          ip,
          body: claimBody(phone, industry, n * 10 + k),
          headers: { 'idempotency-key': key },
        });
        if (res.status === 201 || res.status === 200) {
          const { id, number } = res.body.case;
          this.claims.push({ phone, key, id, number, replayed: res.status === 200 });
          // Read it back at once, likely through another process and database node.
          const seen = await this.c.op('read', 'GET', `/api/cases/${id}`, { token, ip });
          if (seen.status !== 200)
            this.problems.push(`claim ${number} read back ${seen.status} right after it was filed`);
        } else if (res.status < 500 && res.status !== 0) {
          this.problems.push(`filing refused ${res.status} ${res.body?.code}`);
        }
        await sleep(300 + Math.random() * 700);
      }
    }
  }

  async staff(s, i) {
    const ip = `10.88.0.${i + 1}`;
    const login = await this.c.op('staff-login', 'POST', '/api/auth/staff/login', {
      body: { username: s.username, password: 'Demo2026pass' },
      ip,
    });
    if (login.status !== 200) {
      this.problems.push(`${s.username} could not sign in: ${login.status} ${login.body?.code}`);
      return;
    }
    const token = login.body.accessToken;
    const steps = [
      ['submitted', 'accept', () => ({ expectedStatus: 'submitted' })],
      ['accepted', 'start_mediation', () => ({ expectedStatus: 'accepted' })],
      [
        'mediating',
        'schedule_session',
        () => ({
          startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
          mode: 'online',
          link: 'https://meeting.example.cn/r/1',
          attendees: [{ side: 'worker', name: '王小明' }],
        }),
      ],
    ];
    const scheduled = new Set();
    for (let round = 0; !this.stopped; round++) {
      const [status, action, body] = steps[round % steps.length];
      const q = await this.c.op('queue', 'GET', `/api/admin/cases?status=${status}`, { token, ip });
      const items = (q.status === 200 ? q.body.items : []).filter(
        (c) => !this.reserved.has(c.id) && !(action === 'schedule_session' && scheduled.has(c.id)),
      );
      const pick = items[Math.floor(Math.random() * Math.min(items.length, 4))];
      if (pick) {
        const key = randomUUID();
        const res = await this.c.op('act', 'POST', `/api/admin/cases/${pick.id}/actions/${action}`, {
          token,
          ip,
          body: body(),
          headers: { 'idempotency-key': key },
        });
        if (res.status === 200) {
          this.actions.push({ caseId: pick.id, action, key, username: s.username });
          if (action === 'schedule_session') scheduled.add(pick.id);
        } else if (res.status === 409) this.lostRaces++;
        else if (res.status < 500 && res.status !== 0)
          this.problems.push(`${s.username} ${action}: ${res.status} ${res.body?.code}`);
      }
      await sleep(250 + Math.random() * 500);
    }
  }

  /** Runs `phones` simulated phones and the three staff until stop(); resolves when all finished. */
  run(phones) {
    this.running = Promise.all([
      ...Array.from({ length: phones }, (_, vu) => this.phone(vu)),
      ...STAFF.map((s, i) => this.staff(s, i)),
    ]);
    return this.running;
  }

  async stop() {
    this.stopped = true;
    await this.running;
  }
}

import type { ClaimCreateBody } from '@gig/shared';
import type { StationEntity } from '@gig/server/entities';
import { agreement, claim, consultation } from '../factories';
import { signInWorker, STAFF_PASSWORD, type ApiResponse } from './helpers/app';
import { caseWorld, riderClaim, RIDER_PAYER, type CaseWorld } from './cases/world';

/**
 * The statistics' world: nine claims at two stations (the food-delivery and the courier
 * associations) over August to October 2026, each moved through the API on its own day, with the
 * clock (Date only) set to that day at 10:00 China time. stats.test.ts asserts every figure of it.
 *
 * delivery (food_delivery)                       courier (courier)
 * D1 08-03 4000 (wages 3000 + overtime 1000)     C1 08-10 1000: accepted 08-10, agreed 800 08-12
 *    accepted 08-04, agreed 3000 08-10,          C2 09-05 900: accepted 09-08, failed 09-20, closed 09-21,
 *    receipt confirmed 09-02, closed 09-03          reopened by the worker's follow-up answer 09-28
 *                                                C3 10-10 1500: legal aid asked 10-11, still submitted
 * D2 08-05 5000: accepted 08-07, failed 08-25, arbitration asked 08-26 (moves to WZ-ARB)
 * D3 08-20 600: withdrawn 08-21
 * D4 09-01 700 with legal aid: rejected 09-02
 * D5 09-10 2500: accepted 09-15, agreed 2000 10-05, 1500 paid (recorded) 10-08
 * D6 10-02 1200: accepted 10-03, flagged urgent 10-03, in mediation
 */
export interface StatsWorld {
  w: CaseWorld;
  stations: { delivery: StationEntity; courier: StationEntity; arbitration: StationEntity };
  /** Tokens valid at the last step (re-issued at every step of the clock). */
  token: { supervisor: string; deliveryAdmin: string; courierMediator: string; lawyer: string };
  ids: Record<string, string>;
  /** Sets the clock to 10:00 China time on a day and signs everyone in again. */
  at(day: string): Promise<void>;
}

const ONLY_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

const yuan = (type: string, amountYuan: string) => ({ type, amountYuan }) as ClaimCreateBody['items'][number];

export async function statsWorld(): Promise<StatsWorld> {
  jest.useFakeTimers({ doNotFake: [...ONLY_DATE] });
  jest.setSystemTime(new Date('2026-08-01T10:00:00+08:00'));
  const w = await caseWorld();
  const arbitration = await w.t.station({ code: 'WZ-ARB', kind: 'arbitration', areaCode: '330300' });
  const { delivery, courier } = w.stations;
  const users = {
    supervisor: await w.t.staff('supervisor', w.stations.centre),
    deliveryAdmin: await w.t.staff('station_admin', delivery),
    deliveryMediator: await w.t.staff('mediator', delivery),
    courierMediator: await w.t.staff('mediator', courier),
    lawyer: await w.t.staff('legal_aid_lawyer', null),
  };
  const tok: Record<keyof typeof users, string> = {
    supervisor: '',
    deliveryAdmin: '',
    deliveryMediator: '',
    courierMediator: '',
    lawyer: '',
  };
  let workerToken = '';
  const at = async (day: string) => {
    jest.setSystemTime(new Date(`${day}T10:00:00+08:00`));
    for (const k of Object.keys(users) as (keyof typeof users)[])
      tok[k] = (await w.t.signIn(users[k].username, STAFF_PASSWORD)).accessToken;
    workerToken = (await signInWorker(w.t)).accessToken;
  };
  const ids: Record<string, string> = {};
  const ok = (r: ApiResponse, what: string) => {
    if (r.status !== 200 && r.status !== 201) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  const file = async (name: string, body: ClaimCreateBody) => {
    ids[name] = ok(await w.file(body, undefined, workerToken), `file ${name}`).body.case.id;
  };
  const rider = (items: ClaimCreateBody['items'], over: Partial<ClaimCreateBody> = {}) =>
    riderClaim({ items, incidentDate: '2026-07-15', ...over });
  const courierClaim = (amount: string, over: Partial<ClaimCreateBody> = {}) =>
    claim({ items: [yuan('unpaid_wages', amount)], incidentDate: '2026-07-15', ...over });
  const staff =
    (who: keyof typeof users) =>
    async (name: string, action: string, body: object = {}) => {
      ok(await w.act(tok[who], ids[name]!, action, body), `${action} ${name}`);
    };
  const worker = async (name: string, action: string, body: object = {}) => {
    ok(
      await w.t.api('POST', `/api/cases/${ids[name]}/actions/${action}`, { token: workerToken, body }),
      `${action} ${name}`,
    );
  };
  const d = staff('deliveryMediator');
  const c = staff('courierMediator');
  const agreed = (amount: string, due: string) => agreement(amount, { payer: RIDER_PAYER, dueDate: due });

  const steps: [string, () => Promise<void>][] = [
    ['2026-08-03', () => file('D1', rider([yuan('unpaid_wages', '3000'), yuan('overtime', '1000')]))],
    ['2026-08-04', async () => (await d('D1', 'accept'), d('D1', 'start_mediation'))],
    ['2026-08-05', () => file('D2', rider([yuan('unpaid_wages', '5000')]))],
    ['2026-08-07', async () => (await d('D2', 'accept'), d('D2', 'start_mediation'))],
    [
      '2026-08-10',
      async () => {
        await d('D1', 'record_agreement', agreed('3000', '2026-09-30'));
        await file('C1', courierClaim('1000'));
        await c('C1', 'accept');
        await c('C1', 'start_mediation');
      },
    ],
    ['2026-08-12', () => c('C1', 'record_agreement', agreement('800', { dueDate: '2026-12-31' }))],
    ['2026-08-20', () => file('D3', rider([yuan('unpaid_wages', '600')]))],
    ['2026-08-21', () => worker('D3', 'withdraw', { reason: '已与公司自行协商解决' })],
    ['2026-08-25', () => d('D2', 'record_failure', { reason: '用人单位拒绝调解' })],
    ['2026-08-26', () => worker('D2', 'request_arbitration')],
    ['2026-09-01', () => file('D4', rider([yuan('unpaid_wages', '700')], { legalAid: true }))],
    [
      '2026-09-02',
      async () => (await d('D4', 'reject', { reason: '不属于劳动争议' }), worker('D1', 'confirm_receipt')),
    ],
    ['2026-09-03', () => d('D1', 'close')],
    ['2026-09-05', () => file('C2', courierClaim('900'))],
    ['2026-09-08', async () => (await c('C2', 'accept'), c('C2', 'start_mediation'))],
    ['2026-09-10', () => file('D5', rider([yuan('unpaid_wages', '2500')]))],
    ['2026-09-15', async () => (await d('D5', 'accept'), d('D5', 'start_mediation'))],
    ['2026-09-20', () => c('C2', 'record_failure', { reason: '双方差距过大' })],
    ['2026-09-21', () => c('C2', 'close')],
    ['2026-09-28', () => worker('C2', 'report_unresolved', { answer: 'not_paid', reason: '说好的钱一直没到账' })],
    ['2026-10-02', () => file('D6', rider([yuan('unpaid_wages', '1200')]))],
    [
      '2026-10-03',
      async () => {
        await d('D6', 'accept');
        await d('D6', 'start_mediation');
        await staff('supervisor')('D6', 'flag_urgent', consultation());
      },
    ],
    ['2026-10-05', () => d('D5', 'record_agreement', agreed('2000', '2026-10-31'))],
    ['2026-10-08', () => d('D5', 'record_performance', { paidYuan: '1500', paidOn: '2026-10-08' })],
    ['2026-10-10', () => file('C3', courierClaim('1500'))],
    ['2026-10-11', () => worker('C3', 'request_legal_aid', { hardship: true, situation: '收入低，无力聘请律师。' })],
  ];
  for (const [day, step] of steps) {
    await at(day);
    await step();
  }
  return {
    w,
    stations: { delivery, courier, arbitration },
    get token() {
      return {
        supervisor: tok.supervisor,
        deliveryAdmin: tok.deliveryAdmin,
        courierMediator: tok.courierMediator,
        lawyer: tok.lawyer,
      };
    },
    ids,
    at,
  };
}

/** The world for a describe block: built before its tests with the clock at `day`, closed after. */
export function useStatsWorld(day = '2026-11-02'): () => StatsWorld {
  let s: StatsWorld | undefined;
  beforeAll(async () => {
    s = await statsWorld();
    await s.at(day);
  }, 120_000);
  afterAll(async () => {
    await s?.w.close();
    jest.useRealTimers();
  });
  return () => s!;
}

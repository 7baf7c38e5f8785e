import type { ClaimCreateBody, Principal, TokenPair } from '@gig/shared';
import type { StationEntity } from '@gig/server/entities';
import { signInWorker, startApp, STAFF_PASSWORD, type ApiResponse, type TestApp } from '../helpers/app';
import { claim } from '../../factories';
import { fileClaim } from '../../factories/http';

/**
 * The world the case tests work in: a city centre over the courier and food-delivery associations
 * and an east-district government station, a mediator at each association, a supervisor at the
 * centre, and one rider signed in by phone. Each test file boots its own.
 */

/** A rider's wage claim against a delivery company, scanned at the courier station (so routed on to delivery). */
export const riderClaim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody =>
  claim({
    industry: 'food_delivery',
    workMode: 'platform_app',
    respondent: {
      name: '温州某某配送服务有限公司',
      creditCode: '91350100M000100Y43',
      outletName: '鹿城配送站',
      partnerName: '某外卖平台',
    },
    items: [
      { type: 'unpaid_wages', amountYuan: '3,500.50', periodFrom: '2026-09-01', periodTo: '2026-09-30' },
      { type: 'platform_penalties', amountYuan: '200' },
    ],
    incidentDate: '2026-10-15',
    description: '九月份工资至今未发，站长说平台罚款要扣，已多次催要无果。',
    ...over,
  });

/** Who pays in the rider's agreements: the respondent above. */
export const RIDER_PAYER = '温州某某配送服务有限公司';

export interface CaseWorld {
  t: TestApp;
  worker: TokenPair & { user: Principal };
  token: { delivery: string; courier: string; supervisor: string };
  stations: { centre: StationEntity; courier: StationEntity; delivery: StationEntity; east: StationEntity };
  /** Files a claim as the rider (or as `tok`), with a fresh key unless given. */
  file(body: unknown, key?: string, tok?: string): Promise<ApiResponse>;
  /** A staff action on a case. */
  act(who: string, id: string, action: string, body?: object): Promise<ApiResponse>;
  /** A worker action on a case, as the rider. */
  workerAct(id: string, action: string, body?: object): Promise<ApiResponse>;
  close(): Promise<void>;
}

export async function caseWorld(env: Record<string, string> = {}): Promise<CaseWorld> {
  const t = await startApp(env);
  const centre = await t.station({
    code: 'WZ-CENTRE',
    kind: 'government',
    areaCode: '330300',
    mediationTypes: ['union', 'people', 'pre_arbitration'],
  });
  const courier = await t.station({
    code: 'WZ-COURIER',
    kind: 'association',
    industries: ['courier'],
    areaCode: '330300',
    parentId: centre.id,
  });
  const delivery = await t.station({
    code: 'WZ-DELIVERY',
    kind: 'association',
    industries: ['food_delivery'],
    areaCode: '330300',
    parentId: centre.id,
  });
  const east = await t.station({
    code: 'WZ-EAST',
    kind: 'government',
    areaCode: '330303',
    parentId: centre.id,
    mediationTypes: ['people'],
  });
  const signIn = async (role: 'mediator' | 'supervisor', s: StationEntity) =>
    (await t.signIn((await t.staff(role, s)).username, STAFF_PASSWORD)).accessToken;
  const token = {
    delivery: await signIn('mediator', delivery),
    courier: await signIn('mediator', courier),
    supervisor: await signIn('supervisor', centre),
  };
  const worker = await signInWorker(t, '13812345678');
  return {
    t,
    worker,
    token,
    stations: { centre, courier, delivery, east },
    file: (body, key, tok = worker.accessToken) => fileClaim(t, tok, body, key),
    act: (who, id, action, body = {}) =>
      t.api('POST', `/api/admin/cases/${id}/actions/${action}`, { token: who, body }),
    workerAct: (id, action, body = {}) =>
      t.api('POST', `/api/cases/${id}/actions/${action}`, { token: worker.accessToken, body }),
    close: () => t.close(),
  };
}

/** The delivery association's outlet in Ouhai (WZ-MT-OH) of the rider's respondent, for dispatch and outlet settlement. */
export const deliveryOutlet = (t: TestApp) =>
  t.station({
    code: 'WZ-MT-OH',
    kind: 'outlet',
    industries: ['food_delivery'],
    areaCode: '330304',
    parentCode: 'WZ-DELIVERY',
    organisation: '某某配送',
  });

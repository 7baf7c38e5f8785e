import type { Channel, Industry, MediationType, StationKind, WorkMode } from '../enums';
import type { LabelTable } from '../labels';
import { areaCovers, areaLevel } from './area';

/** What routing needs to know of a station; the server passes its active and inactive stations. */
export interface RoutableStation {
  id: string;
  code: string;
  kind: StationKind;
  industries: readonly Industry[];
  mediationTypes: readonly MediationType[];
  areaCode: string;
  parentId: string | null;
  active: boolean;
}

/** What routing needs to know of a claim. */
export interface RoutableClaim {
  industry: Industry;
  workMode: WorkMode;
  /** Where the work is done (the place of performance, LDMAL art 21). */
  areaCode: string;
  /** The station whose QR code the worker scanned, if any. */
  scannedStationCode?: string | null;
  /** The worker may ask for the government station and a mediation type instead. */
  preferredChannel?: Channel | null;
  mediationType?: MediationType | null;
}

export const ROUTE_REASON_LABELS = {
  scanned_station: {
    'zh-CN': '您扫码所在的调解站受理此类纠纷',
    en: 'The station you scanned handles this kind of dispute',
  },
  scanned_outlet_parent: {
    'zh-CN': '您扫码的网点由其所属行业协会调解站受理',
    en: 'The outlet you scanned is served by its association station',
  },
  industry_association: {
    'zh-CN': '按"行业优先"，由您所在地区的本行业协会调解站受理',
    en: 'Industry first: the association station for your industry in your area',
  },
  government_station: {
    'zh-CN': '您所在地区没有本行业协会调解站，由政府调解中心受理',
    en: 'No association station for your industry here: the government station takes it',
  },
  worker_chose_government: { 'zh-CN': '按您的选择，由政府调解中心受理', en: 'As you chose: the government station' },
  fallback_up_tree: {
    'zh-CN': '按"区域兜底"，由上级调解中心受理',
    en: 'Region as safety net: a higher-level centre takes it',
  },
  household_domestic_people_mediation: {
    'zh-CN': '家庭或个人直接雇用的家政服务纠纷不属于劳动争议，转人民调解（也可向法院起诉）',
    en: "A domestic worker hired directly by a household is not in a labour dispute: it goes to people's mediation (or a civil court)",
  },
  no_station: {
    'zh-CN': '暂未找到可以受理的调解站，请致电12333咨询',
    en: 'No station can take this claim yet; call 12333 for help',
  },
} as const satisfies LabelTable<string>;
export type RouteReason = keyof typeof ROUTE_REASON_LABELS;

export type RouteResult<S extends RoutableStation = RoutableStation> =
  | {
      station: S;
      reason: Exclude<RouteReason, 'no_station'>;
      /** The mediation type decided by routing; null when the station decides it. */
      mediationType: MediationType | null;
      /** False for a household-employed domestic worker (legal-rules.md §4). */
      labourDispute: boolean;
      /** The scanned station did not serve this claim and routing looked elsewhere. */
      scannedStationSkipped: boolean;
    }
  | {
      station: null;
      reason: 'no_station';
      mediationType: MediationType | null;
      labourDispute: boolean;
      scannedStationSkipped: boolean;
    };

/** Stations that take claims directly; outlets get cases by dispatch, arbitration by transfer. */
const INTAKE_KINDS: readonly StationKind[] = ['association', 'government'];

interface Fit {
  kind: StationKind;
  industry?: Industry;
  mediationType?: MediationType | null;
}

function fits(s: RoutableStation, want: Fit): boolean {
  if (!s.active || s.kind !== want.kind) return false;
  if (want.industry && s.kind === 'association' && !s.industries.includes(want.industry)) return false;
  if (want.mediationType && !s.mediationTypes.includes(want.mediationType)) return false;
  return true;
}

/**
 * Routes a claim to one station and says why. "Industry first, region as the safety net"
 * (seed 002): the scanned station when it serves the claim, else the association station for the
 * industry in the worker's area, else the area's government station, else up the station tree.
 * Pure and total: it never throws, and "nowhere" is an explicit `no_station` result.
 */
export function routeClaim<S extends RoutableStation>(claim: RoutableClaim, stations: readonly S[]): RouteResult<S> {
  const byId = new Map(stations.map((s) => [s.id, s]));
  const depth = (s: S): number => {
    let d = 0;
    for (
      let p = s.parentId ? byId.get(s.parentId) : undefined;
      p && d < 32;
      p = p.parentId ? byId.get(p.parentId) : undefined
    )
      d++;
    return d;
  };
  /** Stations covering the claim's area, nearest first: most specific area, then highest in the tree. */
  const covering = stations
    .filter((s) => areaCovers(s.areaCode, claim.areaCode))
    .sort(
      (a, b) => areaLevel(b.areaCode) - areaLevel(a.areaCode) || depth(a) - depth(b) || a.code.localeCompare(b.code),
    );

  const labourDispute = !(claim.industry === 'domestic_service' && claim.workMode === 'household');
  const scanned = claim.scannedStationCode ? stations.find((s) => s.code === claim.scannedStationCode) : undefined;
  let scannedStationSkipped = Boolean(claim.scannedStationCode);

  const found = (
    station: S,
    reason: Exclude<RouteReason, 'no_station'>,
    mediationType: MediationType | null,
  ): RouteResult<S> => ({
    station,
    reason,
    mediationType,
    labourDispute,
    scannedStationSkipped,
  });

  /**
   * The first station fitting `want` in the worker's own district, else up the tree from the
   * nearest stations, else any station whose area covers the claim. `viaParent` is true when the
   * station is not one of the district's own: the region safety net.
   */
  const nearestOrUp = (want: Fit, from: readonly S[]): { station: S; viaParent: boolean } | null => {
    const own = from.find((s) => s.areaCode === claim.areaCode && fits(s, want));
    if (own) return { station: own, viaParent: false };
    for (const start of from) {
      const seen = new Set<string>();
      for (
        let p = start.parentId ? byId.get(start.parentId) : undefined;
        p && !seen.has(p.id);
        p = p.parentId ? byId.get(p.parentId) : undefined
      ) {
        seen.add(p.id);
        if (fits(p, want)) return { station: p, viaParent: true };
      }
    }
    const wider = from.find((s) => fits(s, want));
    return wider ? { station: wider, viaParent: true } : null;
  };

  // A household's domestic worker: not a labour dispute, so people's mediation, wherever it is offered.
  if (!labourDispute) {
    const start = scanned ? [scanned, ...covering] : covering;
    const hit = nearestOrUp({ kind: 'government', mediationType: 'people' }, start);
    return hit
      ? found(hit.station, 'household_domestic_people_mediation', 'people')
      : { station: null, reason: 'no_station', mediationType: 'people', labourDispute, scannedStationSkipped };
  }

  // The worker chose the government station (and perhaps a mediation type).
  if (claim.preferredChannel === 'government') {
    const want: Fit = { kind: 'government', mediationType: claim.mediationType ?? null };
    if (scanned && fits(scanned, want) && areaCovers(scanned.areaCode, claim.areaCode)) {
      scannedStationSkipped = false;
      return found(scanned, 'worker_chose_government', claim.mediationType ?? null);
    }
    const hit = nearestOrUp(want, covering);
    return hit
      ? found(hit.station, hit.viaParent ? 'fallback_up_tree' : 'worker_chose_government', claim.mediationType ?? null)
      : {
          station: null,
          reason: 'no_station',
          mediationType: claim.mediationType ?? null,
          labourDispute,
          scannedStationSkipped,
        };
  }

  // The scanned station, when it serves the claim.
  if (scanned && scanned.active) {
    if (INTAKE_KINDS.includes(scanned.kind) && fits(scanned, { kind: scanned.kind, industry: claim.industry })) {
      scannedStationSkipped = false;
      return found(scanned, 'scanned_station', null);
    }
    const parent = scanned.kind === 'outlet' && scanned.parentId ? byId.get(scanned.parentId) : undefined;
    if (parent && fits(parent, { kind: 'association', industry: claim.industry })) {
      scannedStationSkipped = false;
      return found(parent, 'scanned_outlet_parent', null);
    }
  }

  const association = covering.find((s) => fits(s, { kind: 'association', industry: claim.industry }));
  if (association) return found(association, 'industry_association', null);

  const government = nearestOrUp({ kind: 'government' }, covering);
  if (government)
    return found(government.station, government.viaParent ? 'fallback_up_tree' : 'government_station', null);

  return { station: null, reason: 'no_station', mediationType: null, labourDispute, scannedStationSkipped };
}

import type { StationKind } from '../enums';
import { respondentKey } from '../validators';

/** What a station must be to receive a case: the facts both the server and the staff page's pickers read. */
export interface TargetStation {
  id: string;
  kind: StationKind;
  active: boolean;
  parentId: string | null;
}

/**
 * Why a case cannot be transferred to this station (null: it can): it must exist, take cases,
 * be an intake station (association or government) and not be the one handling it now.
 */
export function transferTargetProblem(
  to: TargetStation | null,
  handlingStationId: string | null,
): 'exists' | 'active' | 'intake' | 'different' | null {
  if (!to) return 'exists';
  if (!to.active) return 'active';
  if (to.kind !== 'association' && to.kind !== 'government') return 'intake';
  if (to.id === handlingStationId) return 'different';
  return null;
}

/** An outlet as dispatch matches it to the claim's respondent. */
export interface OutletStation extends TargetStation {
  name: string;
  organisation: string | null;
  creditCode: string | null;
}

/** Who the claim is against, as filed. */
export interface ClaimRespondent {
  name: string;
  creditCode: string | null;
  outletName: string | null;
  partnerName: string | null;
  partnerCreditCode?: string | null;
}

/**
 * Whether this outlet answers for the claim's respondent: the same credit code (of the respondent
 * or its partner company), the outlet the claim names, or an outlet whose company's name is in the
 * respondent's or the partner's name (中通快递 in 温州中通快递有限公司). Names fold width, case,
 * spaces and brackets.
 */
export function isRespondentOutlet(outlet: OutletStation, r: ClaimRespondent): boolean {
  const code = outlet.creditCode?.toUpperCase();
  if (code && [r.creditCode, r.partnerCreditCode].some((c) => c?.toUpperCase() === code)) return true;
  if (r.outletName && respondentKey(r.outletName) === respondentKey(outlet.name)) return true;
  const org = outlet.organisation ? respondentKey(outlet.organisation) : '';
  return !!org && [r.name, r.partnerName].some((n) => !!n && respondentKey(n).includes(org));
}

/**
 * Whether a case may be dispatched to this outlet: an active outlet under the handling station
 * that answers for the respondent (never another company's outlet the worker did not name).
 */
export function isDispatchTarget(
  outlet: OutletStation | null,
  handlingStationId: string | null,
  respondent: ClaimRespondent,
): boolean {
  return (
    !!outlet &&
    outlet.kind === 'outlet' &&
    outlet.parentId === handlingStationId &&
    outlet.active &&
    isRespondentOutlet(outlet, respondent)
  );
}

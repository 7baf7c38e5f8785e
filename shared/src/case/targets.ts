import type { StationKind } from '../enums';

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

/** Whether a case may be dispatched to this outlet: an active outlet under the handling station. */
export function isDispatchTarget(outlet: TargetStation | null, handlingStationId: string | null): boolean {
  return !!outlet && outlet.kind === 'outlet' && outlet.parentId === handlingStationId && outlet.active;
}

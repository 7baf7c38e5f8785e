import { CITYWIDE_ROLES, type Principal, type StaffRole } from '@gig/shared';

/**
 * What the signed-in user may use on this page, from their role and station. The menu and the
 * route guards both ask this one function; the API enforces the same rules on every request.
 */
export interface Access {
  signedIn: boolean;
  workbench: boolean;
  cases: boolean;
  /** Sees every station's cases, with a station filter. */
  citywide: boolean;
  stations: boolean;
  /** May print the QR poster of a station: its own (station admin) or any (city-wide roles). */
  posterFor: (stationId: string) => boolean;
  warnings: boolean;
  reveal: boolean;
  /** Staff accounts: station admins (their station), system admins (all) manage; supervisors read. */
  staff: boolean;
  manageStaff: boolean;
  audit: boolean;
  /** May add a station under this parent (station admins: outlets under their own station). */
  addStationUnder: (parentId: string | null) => boolean;
  /** May edit this station (station admins: their own and its outlets). */
  editStation: (station: { id: string; parentId: string | null }) => boolean;
}

const STAFF: readonly StaffRole[] = [
  'mediator',
  'station_admin',
  'arbitrator',
  'legal_aid_lawyer',
  'supervisor',
  'system_admin',
];

export function access(user: Principal | null): Access {
  const staff = !!user && (STAFF as readonly string[]).includes(user.role);
  const citywide = staff && CITYWIDE_ROLES.includes(user!.role as StaffRole);
  const role = user?.role;
  return {
    signedIn: staff,
    workbench: staff,
    cases: staff,
    citywide,
    stations: staff,
    posterFor: (stationId) => citywide || (role === 'station_admin' && user!.stationId === stationId),
    warnings: citywide || role === 'station_admin' || role === 'mediator',
    reveal: staff,
    staff: citywide || role === 'station_admin',
    manageStaff: role === 'system_admin' || role === 'station_admin',
    audit: citywide,
    addStationUnder: (parentId) =>
      citywide || (role === 'station_admin' && parentId !== null && parentId === user!.stationId),
    editStation: (s) =>
      citywide || (role === 'station_admin' && (s.id === user!.stationId || s.parentId === user!.stationId)),
  };
}

import { CITYWIDE_ROLES, STAFF_ROLES, mayEditKnowledge, type Principal, type StaffRole } from '@gig/shared';

/**
 * What the signed-in user may use on this page, from their role and station. The menu and the
 * route guards both ask this one function; the API enforces the same rules on every request.
 */
export interface Access {
  signedIn: boolean;
  /**
   * Where the page opens after sign-in: the workbench, the case list (an outlet manager), or the one
   * case of a respondent who came from a texted link.
   */
  home: string;
  /** Staff notices (not for a texted respondent, who has one case and no list). */
  notices: boolean;
  workbench: boolean;
  /** Open a case page. */
  cases: boolean;
  /** The case list (everyone but a texted respondent). */
  caseList: boolean;
  /**
   * Answers for the respondent (an outlet manager): the case page shows the party's part only —
   * the claim, the outlet's answer and offer, the sessions and the agreement — not the station's
   * thread, notes, reveals and what the worker was told.
   */
  party: boolean;
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
  /** The local figures: every staff account reads them; only a system admin enters a new version. */
  figures: boolean;
  manageFigures: boolean;
  /** The knowledge library's editor (drafts, review, publishing, import): supervisors and system admins. */
  knowledge: boolean;
  /** May add a station under this parent (station admins: outlets under their own station). */
  addStationUnder: (parentId: string | null) => boolean;
  /** May edit this station (station admins: their own and its outlets). */
  editStation: (station: { id: string; parentId: string | null }) => boolean;
}

export function access(user: Principal | null): Access {
  const staff = !!user && (STAFF_ROLES as readonly string[]).includes(user.role);
  const citywide = staff && CITYWIDE_ROLES.includes(user!.role as StaffRole);
  const role = user?.role;
  const party = role === 'outlet_manager';
  const onlyCase = user?.caseId ?? null;
  return {
    signedIn: staff,
    home: onlyCase ? `/cases/${onlyCase}` : party ? '/cases' : '/',
    notices: staff && !onlyCase,
    workbench: staff && !party,
    cases: staff,
    caseList: staff && !onlyCase,
    party,
    citywide,
    stations: staff && !party,
    posterFor: (stationId) => citywide || (role === 'station_admin' && user!.stationId === stationId),
    warnings: citywide || role === 'station_admin' || role === 'mediator',
    reveal: staff && !party,
    staff: citywide || role === 'station_admin',
    manageStaff: role === 'system_admin' || role === 'station_admin',
    audit: citywide,
    figures: staff && !party && !onlyCase,
    manageFigures: role === 'system_admin',
    knowledge: staff && mayEditKnowledge(user),
    addStationUnder: (parentId) =>
      citywide || (role === 'station_admin' && parentId !== null && parentId === user!.stationId),
    editStation: (s) =>
      citywide || (role === 'station_admin' && (s.id === user!.stationId || s.parentId === user!.stationId)),
  };
}

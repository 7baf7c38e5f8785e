import type { Principal, Role } from '@gig/shared';
import { access } from '../../server/admin/src/access';

const user = (role: Role, stationId: string | null = 'st-1'): Principal => ({
  id: 'u-1',
  role,
  displayName: 'x',
  stationId,
  phoneMasked: null,
});

describe('access(): what the staff page offers each user', () => {
  it('nobody signed in, or a worker, gets nothing', () => {
    for (const who of [null, user('worker')]) {
      const a = access(who);
      expect([
        a.signedIn,
        a.workbench,
        a.cases,
        a.stations,
        a.warnings,
        a.reveal,
        a.citywide,
        a.posterFor('st-1'),
      ]).toEqual([false, false, false, false, false, false, false, false]);
    }
  });

  it('a mediator works their station’s cases but prints no poster and sees no other station', () => {
    const a = access(user('mediator'));
    expect([a.workbench, a.cases, a.stations, a.warnings, a.reveal]).toEqual([true, true, true, true, true]);
    expect(a.citywide).toBe(false);
    expect(a.posterFor('st-1')).toBe(false);
  });

  it('a station admin prints their own station’s poster only', () => {
    const a = access(user('station_admin'));
    expect(a.posterFor('st-1')).toBe(true);
    expect(a.posterFor('st-2')).toBe(false);
    expect(a.citywide).toBe(false);
  });

  it.each(['supervisor', 'system_admin'] as const)('a %s is city-wide: every station, every poster', (role) => {
    const a = access(user(role, null));
    expect(a.citywide).toBe(true);
    expect(a.posterFor('any')).toBe(true);
    expect(a.warnings).toBe(true);
  });

  it('only the city centre and system admins edit the knowledge library', () => {
    const roles = [
      'supervisor',
      'system_admin',
      'station_admin',
      'mediator',
      'arbitrator',
      'outlet_manager',
      'worker',
    ] as const;
    expect(roles.map((r) => access(user(r)).knowledge)).toEqual([true, true, false, false, false, false, false]);
    expect(access(null).knowledge).toBe(false);
  });

  it.each(['arbitrator', 'legal_aid_lawyer'] as const)(
    'a %s works cases in reach but sees no early warnings',
    (role) => {
      const a = access(user(role));
      expect([a.cases, a.warnings, a.citywide]).toEqual([true, false, false]);
    },
  );
});

describe('access(): the respondent’s outlet', () => {
  it('an outlet manager works the cases dispatched to their outlet, as a party: no workbench, warnings, stations or reveals', () => {
    const a = access(user('outlet_manager', 'outlet-1'));
    expect([a.signedIn, a.cases, a.party, a.home]).toEqual([true, true, true, '/cases']);
    expect([a.workbench, a.warnings, a.stations, a.reveal, a.staff, a.audit, a.citywide]).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('everyone else is not a party and opens on the workbench', () => {
    for (const role of ['mediator', 'station_admin', 'arbitrator', 'legal_aid_lawyer', 'supervisor'] as const) {
      expect([access(user(role)).party, access(user(role)).home]).toEqual([false, '/']);
    }
  });
});

describe('access(): accounts, audit and stations', () => {
  it('staff accounts: station admins and system admins manage, supervisors read, mediators neither', () => {
    expect([access(user('station_admin')).staff, access(user('station_admin')).manageStaff]).toEqual([true, true]);
    expect([access(user('system_admin', null)).staff, access(user('system_admin', null)).manageStaff]).toEqual([
      true,
      true,
    ]);
    expect([access(user('supervisor', null)).staff, access(user('supervisor', null)).manageStaff]).toEqual([
      true,
      false,
    ]);
    expect([access(user('mediator')).staff, access(user('mediator')).manageStaff]).toEqual([false, false]);
  });
  it('the audit log is for city-wide roles', () => {
    expect(access(user('supervisor', null)).audit).toBe(true);
    expect(access(user('station_admin')).audit).toBe(false);
  });
  it('a station admin adds outlets under their station and edits it and its outlets only', () => {
    const a = access(user('station_admin', 'st-1'));
    expect([a.addStationUnder('st-1'), a.addStationUnder('st-2'), a.addStationUnder(null)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      a.editStation({ id: 'st-1', parentId: 'c' }),
      a.editStation({ id: 'o-1', parentId: 'st-1' }),
      a.editStation({ id: 'st-2', parentId: 'c' }),
    ]).toEqual([true, true, false]);
    expect(access(user('mediator', 'st-1')).editStation({ id: 'st-1', parentId: null })).toBe(false);
    expect(access(user('system_admin', null)).addStationUnder(null)).toBe(true);
  });
});

import type { Principal, Role } from '@gig/shared';
import { access } from '../../server/admin/src/access';

const user = (role: Role, stationId: string | null = 'st-1'): Principal => ({ id: 'u-1', role, displayName: 'x', stationId, phoneMasked: null });

describe('access(): what the staff page offers each user', () => {
  it('nobody signed in, or a worker, gets nothing', () => {
    for (const who of [null, user('worker')]) {
      const a = access(who);
      expect([a.signedIn, a.workbench, a.cases, a.stations, a.warnings, a.reveal, a.citywide, a.posterFor('st-1')]).toEqual([false, false, false, false, false, false, false, false]);
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

  it.each(['arbitrator', 'legal_aid_lawyer'] as const)('a %s works cases in reach but sees no early warnings', (role) => {
    const a = access(user(role));
    expect([a.cases, a.warnings, a.citywide]).toEqual([true, false, false]);
  });
});

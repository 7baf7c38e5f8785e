import { isDispatchTarget, transferTargetProblem, type TargetStation } from '@gig/shared';

const st = (id: string, kind: TargetStation['kind'], over: Partial<TargetStation> = {}): TargetStation => ({
  id,
  kind,
  active: true,
  parentId: null,
  ...over,
});

/** Where a case may go, by the rules the API and the staff page's pickers share. */
describe('transfer and dispatch targets', () => {
  it('a case is transferred only to another active association or government station', () => {
    expect(transferTargetProblem(st('east', 'government'), 'courier')).toBeNull();
    expect(transferTargetProblem(st('delivery', 'association'), 'courier')).toBeNull();
    expect(transferTargetProblem(st('courier', 'association'), 'courier')).toBe('different');
    expect(transferTargetProblem(st('east', 'government', { active: false }), 'courier')).toBe('active');
    for (const kind of ['outlet', 'arbitration', 'legal_aid'] as const)
      expect(transferTargetProblem(st('x', kind), 'courier')).toBe('intake');
    expect(transferTargetProblem(null, 'courier')).toBe('exists');
  });

  it('a case is dispatched only to an active outlet under its own station', () => {
    expect(isDispatchTarget(st('sf', 'outlet', { parentId: 'courier' }), 'courier')).toBe(true);
    expect(isDispatchTarget(st('mt', 'outlet', { parentId: 'delivery' }), 'courier')).toBe(false);
    expect(isDispatchTarget(st('sf', 'outlet', { parentId: 'courier', active: false }), 'courier')).toBe(false);
    expect(isDispatchTarget(st('east', 'government', { parentId: 'courier' }), 'courier')).toBe(false);
  });
});

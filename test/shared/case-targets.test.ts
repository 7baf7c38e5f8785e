import {
  isDispatchTarget,
  isRespondentOutlet,
  transferTargetProblem,
  type ClaimRespondent,
  type OutletStation,
  type TargetStation,
} from '@gig/shared';

const st = (id: string, kind: TargetStation['kind'], over: Partial<TargetStation> = {}): TargetStation => ({
  id,
  kind,
  active: true,
  parentId: null,
  ...over,
});
const outlet = (id: string, over: Partial<OutletStation> = {}): OutletStation => ({
  ...st(id, 'outlet', { parentId: 'courier' }),
  name: '中通快递龙湾网点',
  organisation: '中通快递',
  creditCode: null,
  ...over,
});
const zto: ClaimRespondent = {
  name: '温州中通快递有限公司',
  creditCode: null,
  outletName: null,
  partnerName: null,
};

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
    expect(isDispatchTarget(outlet('zto'), 'courier', zto)).toBe(true);
    expect(isDispatchTarget(outlet('zto', { parentId: 'delivery' }), 'courier', zto)).toBe(false);
    expect(isDispatchTarget(outlet('zto', { active: false }), 'courier', zto)).toBe(false);
    expect(isDispatchTarget({ ...outlet('east'), kind: 'government' }, 'courier', zto)).toBe(false);
    expect(isDispatchTarget(null, 'courier', zto)).toBe(false);
  });

  it('… and only to the respondent’s own outlet: a claim against ZTO never goes to the SF outlet', () => {
    const sf = outlet('sf', { name: '顺丰速运鹿城网点', organisation: '顺丰速运' });
    expect(isDispatchTarget(sf, 'courier', zto)).toBe(false);
    // Matched by the company's name in the respondent's (width, case and brackets folded) …
    expect(isRespondentOutlet(outlet('zto'), { ...zto, name: '温州（龙湾）中通快递有限公司' })).toBe(true);
    // … or in the partner's, by the outlet the claim names, or by the credit code.
    expect(isRespondentOutlet(outlet('zto'), { ...zto, name: '某平台', partnerName: '中通快递龙湾分部' })).toBe(true);
    expect(isRespondentOutlet(sf, { ...zto, outletName: '顺丰速运 鹿城网点' })).toBe(true);
    const code = '91330300MA2XXXXX1Y';
    expect(
      isRespondentOutlet(outlet('x', { organisation: null, creditCode: code }), { ...zto, creditCode: code }),
    ).toBe(true);
    expect(isRespondentOutlet(outlet('x', { organisation: null }), zto)).toBe(false);
  });
});

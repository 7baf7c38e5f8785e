import { claimedByType, missingSides, onCurrentText, type AgreementSignature } from '@gig/shared';
import { compareWithClaim } from '../../server/admin/src/pages/case/agreement-state';

const sig = (side: AgreementSignature['side'], textSha256: string): AgreementSignature => ({
  side,
  name: side,
  at: '2026-12-01T02:00:00.000Z',
  textSha256,
  evidenceId: null,
  onPaper: false,
});
const item = (type: 'unpaid_wages' | 'overtime', amountFen: number) => ({
  type,
  amountFen,
  amountYuan: String(amountFen / 100),
  periodFrom: null,
  periodTo: null,
});

describe('what the agreement card reads off an agreement', () => {
  it('a signature counts only on the current text; the sides without one are still to sign', () => {
    const a = { textSha256: 'new', effectiveOn: null, signatures: [sig('worker', 'old'), sig('respondent', 'new')] };
    expect(onCurrentText(a, a.signatures[0]!)).toBe(false);
    expect(missingSides(a)).toEqual(['worker', 'mediator']);
    expect(missingSides({ ...a, signatures: [] })).toEqual(['worker', 'respondent', 'mediator']);
  });

  it('nobody is still to sign once it is in effect (a paper copy signed by everyone)', () => {
    expect(missingSides({ textSha256: 'x', effectiveOn: '2026-12-01', signatures: [] })).toEqual([]);
  });

  it('an offer is compared item by item with what was claimed for the same type', () => {
    const claim = [item('unpaid_wages', 300_000), item('unpaid_wages', 60_000), item('overtime', 80_000)];
    expect(claimedByType(claim).get('unpaid_wages')).toBe(360_000);
    expect(
      compareWithClaim(
        [
          { type: 'unpaid_wages', amountFen: 360_000 },
          { type: 'overtime', amountFen: 40_000 },
          { type: 'other' as 'overtime', amountFen: 5_000 },
        ],
        claim,
      ),
    ).toEqual([
      { type: 'unpaid_wages', claimedFen: 360_000, amountFen: 360_000, differenceFen: 0 },
      { type: 'overtime', claimedFen: 80_000, amountFen: 40_000, differenceFen: -40_000 },
      { type: 'other', claimedFen: null, amountFen: 5_000, differenceFen: null },
    ]);
  });
});

import { claimLimitationFacts, limitation } from '@gig/shared';

/** One reading of a claim's time-limit facts for the filing and the wizard (LDMAL art 27). */
describe('claimLimitationFacts', () => {
  const base = { items: [{ type: 'platform_penalties' as const, amountYuan: '300' }], incidentDate: '2025-01-10' };

  it('starts from knownOn, else the incident date; nothing without a date', () => {
    expect(claimLimitationFacts({ ...base, incidentDate: '' })).toBeNull();
    expect(claimLimitationFacts(base)!.knownOn).toBe('2025-01-10');
    expect(claimLimitationFacts({ ...base, knownOn: '2025-02-01' })!.knownOn).toBe('2025-02-01');
  });

  it('takes the reported demands and suspensions; a demand while the year runs restarts it (art 27 para 2)', () => {
    const facts = claimLimitationFacts({
      ...base,
      limitationEvents: [
        { kind: 'interruption', from: '2025-12-01' },
        { kind: 'suspension', from: '2025-03-01', to: '2025-03-11' },
      ],
    })!;
    expect(facts.interruptions).toEqual(['2025-12-01']);
    expect(facts.suspensions).toEqual([{ from: '2025-03-01', to: '2025-03-11' }]);
    expect(limitation(facts)!.from).toBe('2025-12-01');
  });

  it('wages and overtime claimed while still employed have no limit (art 27 para 4); anything else has one', () => {
    const wages = { ...base, items: [{ type: 'unpaid_wages' as const, amountYuan: '1' }], employmentOngoing: true };
    expect(limitation(claimLimitationFacts(wages)!)).toBeNull();
    expect(limitation(claimLimitationFacts({ ...wages, employmentOngoing: false })!)).not.toBeNull();
    expect(limitation(claimLimitationFacts({ ...base, employmentOngoing: true })!)).not.toBeNull();
  });
});

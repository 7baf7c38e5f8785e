import { claimedByType, type CaseView, type ClaimType } from '@gig/shared';

/**
 * Each item agreed or offered beside what was claimed (whose signature counts, and who still
 * signs, are shared: `currentSignature`, `missingSides`).
 */

export interface CompareRow {
  type: ClaimType;
  claimedFen: number | null;
  amountFen: number;
  /** Offered or agreed minus claimed; null when nothing was claimed for the type. */
  differenceFen: number | null;
}

/** Each offered item beside what the claim asked for the same type. */
export function compareWithClaim(offered: { type: ClaimType; amountFen: number }[], claim: CaseView['items']) {
  const claimed = claimedByType(claim);
  return offered.map((o): CompareRow => {
    const c = claimed.get(o.type) ?? null;
    return { type: o.type, claimedFen: c, amountFen: o.amountFen, differenceFen: c === null ? null : o.amountFen - c };
  });
}

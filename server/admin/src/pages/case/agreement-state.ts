import {
  SIGNATURE_SIDES,
  type AgreementSignature,
  type AgreementView,
  type CaseView,
  type ClaimType,
  type SignatureSide,
} from '@gig/shared';

/**
 * What the case page reads off an agreement and an offer: whose signature counts on the text as
 * it is now, who has still to sign, and each item agreed or offered beside what was claimed.
 */

/** A signature counts only on the text it was given to: the current one. */
export const onCurrentText = (a: Pick<AgreementView, 'textSha256'>, s: Pick<AgreementSignature, 'textSha256'>) =>
  s.textSha256 === a.textSha256;

/** The sides still to sign the current text (none once it is in effect). */
export function missingSides(a: Pick<AgreementView, 'textSha256' | 'signatures' | 'effectiveOn'>): SignatureSide[] {
  if (a.effectiveOn) return [];
  return SIGNATURE_SIDES.filter((side) => !a.signatures.some((s) => s.side === side && onCurrentText(a, s)));
}

/** What the worker claimed for each type of item, in fen. */
export function claimedByType(items: CaseView['items']): Map<ClaimType, number> {
  const out = new Map<ClaimType, number>();
  for (const i of items) out.set(i.type, (out.get(i.type) ?? 0) + i.amountFen);
  return out;
}

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

import type { ClaimType } from '../enums';
import { SIGNATURE_SIDES, type AgreementSignature, type AgreementView, type SignatureSide } from '../schemas/agreement';

/**
 * Whose signature counts on an agreement: one rule for the server (when it takes effect) and both
 * front ends (who has signed, who still signs). A signature counts only on the text it was given
 * to, the current one; the latest of each side counts.
 */
type Signed = Pick<AgreementView, 'textSha256' | 'signatures'>;

export const onCurrentText = (a: Pick<AgreementView, 'textSha256'>, s: Pick<AgreementSignature, 'textSha256'>) =>
  s.textSha256 === a.textSha256;

/** The latest signature of this side on the current text, or null. */
export function currentSignature(a: Signed, side: SignatureSide): AgreementSignature | null {
  return [...(a.signatures ?? [])].reverse().find((s) => s.side === side && onCurrentText(a, s)) ?? null;
}

/** One per side that has signed the current text, in the shared order of the sides. */
export function currentSignatures(a: Signed): AgreementSignature[] {
  return SIGNATURE_SIDES.flatMap((side) => {
    const s = currentSignature(a, side);
    return s ? [s] : [];
  });
}

/** The sides still to sign the current text (none once it is in effect). */
export function missingSides(a: Signed & Pick<AgreementView, 'effectiveOn'>): SignatureSide[] {
  if (a.effectiveOn) return [];
  return SIGNATURE_SIDES.filter((side) => !currentSignature(a, side));
}

/** What the worker claimed for each type of item, in fen (what an agreement or an offer is compared with). */
export function claimedByType(items: readonly { type: ClaimType | string; amountFen: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(i.type, (out.get(i.type) ?? 0) + i.amountFen);
  return out;
}

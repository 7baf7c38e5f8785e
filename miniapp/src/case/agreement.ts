import {
  SIGNATURE_SIDES,
  currentSignature,
  type AgreementView,
  type CaseView,
  type ClaimType,
  type SignatureSide,
} from '@gig/shared';

/**
 * What the worker's agreement card shows, worked out from the case view: who has signed the
 * current text (a signature on an earlier text no longer counts), whether the worker still has to
 * sign, and the windows that count from the day it took effect.
 */
export type SignatureState = 'signed' | 'paper' | 'waiting';
export interface SignatureRow {
  side: SignatureSide;
  state: SignatureState;
  name: string | null;
  at: string | null;
}

/** One row per party that signs (the worker, the respondent, the mediator), in the shared order. */
export function signatureRows(a: AgreementView): SignatureRow[] {
  return SIGNATURE_SIDES.map((side) => {
    const s = currentSignature(a, side);
    if (s) return { side, state: s.onPaper ? 'paper' : 'signed', name: s.name, at: s.at };
    // Recorded as signed by everyone on paper that day: there is no signature entry per side.
    if (a.signedOnPaper && a.effectiveOn) return { side, state: 'paper', name: null, at: null };
    return { side, state: 'waiting', name: null, at: null };
  });
}

/** The worker signed an earlier text, which was changed since: they must read and sign it again. */
export function signedEarlierText(a: AgreementView): boolean {
  return !currentSignature(a, 'worker') && a.signatures.some((s) => s.side === 'worker');
}

/** Where the worker is with the agreement: to sign, signed and waiting for the others, or in effect. */
export type AgreementStage = 'none' | 'to_sign' | 'waiting_others' | 'in_effect';
export function agreementStage(view: Pick<CaseView, 'agreement' | 'actions'>): AgreementStage {
  const a = view.agreement;
  if (!a) return 'none';
  if (a.effectiveOn) return 'in_effect';
  if (currentSignature(a, 'worker')) return 'waiting_others';
  // The table offers signing while the agreement is not in effect (a refusal says why not).
  const offer = view.actions.find((x) => x.action === 'sign_agreement');
  return offer && offer.refusal === null ? 'to_sign' : 'waiting_others';
}

/** The body of the worker's signature: the hash of the text they read, and the drawn image if any. */
export function signBody(
  view: Pick<CaseView, 'agreement' | 'status'>,
  signatureEvidenceId?: string,
): { textSha256: string; signatureEvidenceId?: string; expectedStatus: CaseView['status'] } {
  if (!view.agreement) throw new Error('no agreement to sign');
  return {
    textSha256: view.agreement.textSha256,
    ...(signatureEvidenceId ? { signatureEvidenceId } : {}),
    expectedStatus: view.status,
  };
}

/** The periods that count from the day the agreement took effect (confirmation), with their last day. */
export const EFFECT_WINDOWS = ['judicial_confirmation', 'arbitration_review'] as const;
export function effectWindows(view: Pick<CaseView, 'deadlines'>): CaseView['deadlines'] {
  return EFFECT_WINDOWS.flatMap((k) => view.deadlines.filter((d) => d.kind === k));
}

/** One line of a comparison: what the worker claimed for a type of item, and what is offered or agreed. */
export interface ComparedItem {
  type: ClaimType;
  claimedFen: number | null;
  offeredFen: number | null;
}

/**
 * What the worker claimed next to what is offered (the outlet's proposal) or agreed, type by type:
 * the claim's items of one type added up, the offer's too; a type on one side only has null on the
 * other. The claim's order first, then what the offer adds.
 */
export function compareItems(
  claimed: readonly { type: ClaimType; amountFen: number }[],
  offered: readonly { type: ClaimType; amountFen: number }[],
): ComparedItem[] {
  const types: ClaimType[] = [];
  for (const i of [...claimed, ...offered]) if (!types.includes(i.type)) types.push(i.type);
  const sum = (list: readonly { type: ClaimType; amountFen: number }[], t: ClaimType) => {
    const of = list.filter((i) => i.type === t);
    return of.length ? of.reduce((s, i) => s + i.amountFen, 0) : null;
  };
  return types.map((type) => ({ type, claimedFen: sum(claimed, type), offeredFen: sum(offered, type) }));
}

/** How much less than claimed (positive), or more (negative); null when one side is missing. */
export const shortfall = (i: Pick<ComparedItem, 'claimedFen' | 'offeredFen'>): number | null =>
  i.claimedFen === null || i.offeredFen === null ? null : i.claimedFen - i.offeredFen;

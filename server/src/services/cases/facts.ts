import { paymentOrderAvailable, type CaseFacts } from '@gig/shared';
import type { CaseEntity } from '../../entities';

/** The facts the actions table's guards read, from the stored case. */
export function factsOf(c: CaseEntity, sessions: number, today: string): CaseFacts {
  return {
    status: c.status,
    urgent: c.urgent,
    legalAid: c.legalAid,
    lawyerAssigned: c.lawyerId !== null,
    notesSharedWithLawyer: c.notesShared,
    outletConsent: c.claim.outletConsent != null,
    awardExtended: c.arbitration?.extended ?? false,
    agreementInEffect: !!c.agreement?.effectiveOn,
    proposal: c.proposal !== null,
    confirmationJoint: !!c.confirmation?.respondentAt,
    paymentOrderEligible: (c.agreement?.items ?? []).some((i) => paymentOrderAvailable(i.type)),
    paymentOrder: c.paymentOrder ? (c.paymentOrder.outcome ?? 'applied') : 'none',
    sessions,
    deadlines: c.deadlines,
    today,
  };
}

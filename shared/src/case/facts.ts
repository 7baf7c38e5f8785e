import type { CaseStatus } from './status';

/**
 * The facts of a case that decide whether an action is allowed now: what the guards of the
 * actions table read. The server builds them from the stored case; nothing else goes in.
 */
export interface CaseFacts {
  status: CaseStatus;
  urgent: boolean;
  legalAid: boolean;
  lawyerAssigned: boolean;
  notesSharedWithLawyer: boolean;
  /** The worker's separate consent to the case going to the employer's outlet (PIPL art 23). */
  outletConsent: boolean;
  /** The arbitration tribunal recorded its one extension of the time for the award (LDMAL art 43). */
  awardExtended: boolean;
  /** The agreement has all its signatures (or was signed on paper): it binds the parties. */
  agreementInEffect: boolean;
  /** Both parties applied for the agreement's confirmation (人民调解法 art 33: jointly). */
  confirmationJoint: boolean;
  /** Some item of the agreement may go to a payment order (LDMAL art 16). */
  paymentOrderEligible: boolean;
  /** Where the payment order stands: not applied for, applied for, or the court's decision. */
  paymentOrder: 'none' | 'applied' | 'issued' | 'objected' | 'dismissed';
  /** The outlet made a settlement offer the worker has not decided on. */
  proposal: boolean;
  /** Mediation sessions scheduled so far. */
  sessions: number;
  /** The legal clock's deadlines as stored on the case. */
  deadlines: readonly { kind: string; due: string }[];
  /** China's calendar day the decision is made on (YYYY-MM-DD). */
  today: string;
}

/** Whether a deadline of this kind exists and its last day has not passed. */
export function windowOpen(f: CaseFacts, kind: string): boolean {
  const d = f.deadlines.find((x) => x.kind === kind);
  return d !== undefined && f.today <= d.due;
}

/** Whether a deadline of this kind exists and its last day has passed. */
export function windowPassed(f: CaseFacts, kind: string): boolean {
  const d = f.deadlines.find((x) => x.kind === kind);
  return d !== undefined && f.today > d.due;
}

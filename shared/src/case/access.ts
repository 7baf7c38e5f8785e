import { CITYWIDE_ROLES, type Role, type StationKind } from '../enums';
import type { CaseStatus } from './status';

/**
 * Who a user is to a case. Every read path and every acting path asks this one pure function;
 * the server's SQL for lists (the queue, the workbench, related cases) narrows to the same
 * relations, and a test checks the two agree.
 */
export const RELATIONS = [
  /** The worker who filed the claim. */
  'claimant',
  /** Staff of the station handling the case. */
  'handling_station',
  /** Staff of the employer outlet the case is dispatched to, while it is there. */
  'dispatched_outlet',
  /**
   * The people who answer for the respondent's outlet the case was dispatched to (with the worker's
   * consent), while the respondent is a party of the station's process: they see the case's
   * progress, answer session times and sign the agreement.
   */
  'respondent_outlet',
  /**
   * An account named among the participants of the urgent joint consultation (an arbitrator, a
   * people's mediator, a public-interest lawyer), while the case is flagged.
   */
  'consultant',
  /** The city bureau and system admins: every case. */
  'citywide',
  /** Legal-aid lawyers and legal-aid station staff, on a case whose worker asked for legal aid. */
  'legal_aid_desk',
  /** The legal-aid lawyer assigned to the case. */
  'assigned_lawyer',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The user, as far as access is concerned: who, in which role, at which station of which kind. */
export interface CaseActor {
  id: string;
  role: Role;
  stationId: string | null;
  stationKind: StationKind | null;
}

/** The parties and related organisations of a case, and what the handling station has shared. */
export interface CaseParties {
  workerId: string;
  /** The outlet reads the case only while it is dispatched there. */
  dispatched: boolean;
  stationId: string | null;
  outletId: string | null;
  /** The respondent's own outlet, once the case was dispatched there. */
  respondentOutletId: string | null;
  /** The case is at a stage where the respondent takes part (RESPONDENT_STAGES). */
  respondentStage: boolean;
  legalAid: boolean;
  lawyerId: string | null;
  /** The consultation's participants with accounts, while the case is flagged urgent (else empty). */
  consultantIds: readonly string[];
  grants: CaseGrants;
}

/** What the handling station chose to share beyond the defaults. */
export interface CaseGrants {
  /** The assigned legal-aid lawyer sees the station's internal notes. */
  notesSharedWithLawyer: boolean;
}

export interface CaseAccess {
  relations: Relation[];
  /** See the case (masked personal data), its evidence, deadlines and timeline. */
  read: boolean;
  /** Write in the case's thread and add files to it. */
  contribute: boolean;
  /** See a masked ID number or phone in full (audited), and documents that carry them. */
  reveal: boolean;
  /** Read and write the station's internal notes. */
  internalNotes: boolean;
  /**
   * See sensitive evidence (medical, bank, location, ID photos: PIPL art 28), which the worker
   * consented to give the mediation, not the employer's outlet or the whole legal-aid desk.
   */
  sensitiveEvidence: boolean;
}

/**
 * Where the respondent's outlet takes part once the case was dispatched to it: settling at the
 * outlet, and after it is back at the station, its sessions, the agreement and its confirmation.
 * Not in arbitration (the institution serves its own documents) nor after the case ends.
 */
export const RESPONDENT_STAGES: readonly CaseStatus[] = [
  'accepted',
  'dispatched',
  'mediating',
  'agreement',
  'defaulted',
  'confirmation_requested',
];

/** The relations a user has to a case. */
export function relationsTo(actor: CaseActor, parties: CaseParties): Relation[] {
  const out: Relation[] = [];
  if (actor.role === 'worker') return actor.id === parties.workerId ? ['claimant'] : [];
  if (CITYWIDE_ROLES.includes(actor.role)) out.push('citywide');
  if (actor.stationId !== null && actor.stationId === parties.stationId) out.push('handling_station');
  if (parties.dispatched && actor.stationId !== null && actor.stationId === parties.outletId)
    out.push('dispatched_outlet');
  if (parties.respondentStage && actor.stationId !== null && actor.stationId === parties.respondentOutletId)
    out.push('respondent_outlet');
  if (parties.legalAid && (actor.role === 'legal_aid_lawyer' || actor.stationKind === 'legal_aid'))
    out.push('legal_aid_desk');
  if (actor.role === 'legal_aid_lawyer' && actor.id === parties.lawyerId) out.push('assigned_lawyer');
  if (parties.consultantIds.includes(actor.id)) out.push('consultant');
  return out;
}

const READ: readonly Relation[] = RELATIONS;
const CONTRIBUTE: readonly Relation[] = ['claimant', 'handling_station', 'citywide', 'assigned_lawyer', 'consultant'];
const REVEAL: readonly Relation[] = ['handling_station', 'citywide', 'assigned_lawyer'];
const NOTES: readonly Relation[] = ['handling_station', 'citywide', 'consultant'];
const SENSITIVE: readonly Relation[] = ['claimant', 'handling_station', 'citywide', 'assigned_lawyer'];

/** What a user may do with a case, from their relations to it and the station's grants. */
export function access(actor: CaseActor, parties: CaseParties): CaseAccess {
  const relations = relationsTo(actor, parties);
  const has = (allowed: readonly Relation[]) => relations.some((r) => allowed.includes(r));
  return {
    relations,
    read: has(READ),
    contribute: has(CONTRIBUTE),
    reveal: has(REVEAL),
    internalNotes: has(NOTES) || (relations.includes('assigned_lawyer') && parties.grants.notesSharedWithLawyer),
    sensitiveEvidence: has(SENSITIVE),
  };
}

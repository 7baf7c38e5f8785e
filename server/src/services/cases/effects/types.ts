import type { DataSource } from 'typeorm';
import type { ActionBody, ActionData, CaseAction, ClockRules, StaffNoticeKind } from '@gig/shared';
import type { CaseEntity } from '../../../entities';
import type { Actor } from '../reach';
import type { DataProtector } from '../../../adapters/crypto';

/** What an effect may change on the case besides its status (which the table decides). */
export type CaseChanges = Partial<
  Pick<
    CaseEntity,
    | 'stationId'
    | 'outletId'
    | 'respondentOutletId'
    | 'proposal'
    | 'urgent'
    | 'agreement'
    | 'arbitration'
    | 'deadlines'
    | 'lawyerId'
    | 'notesShared'
    | 'consultants'
    | 'confirmation'
    | 'paymentOrder'
    | 'legalAid'
  >
>;

export interface EffectContext<A extends CaseAction> {
  c: CaseEntity;
  body: ActionBody<A>;
  actor: Actor;
  ds: DataSource;
  clock: ClockRules;
  /** To read the sealed personal data an effect writes into a document (the agreement's text). */
  protector: DataProtector;
  /** China's calendar day of the request. */
  today: string;
}

/**
 * An action's effect: checks the body against the case (beyond its schema and the table's guards)
 * and says what changes and what the event records. It writes nothing itself: the transition
 * applies the changes, the event, the audit entry and the notification in one transaction.
 */
/** Staff to tell about this action (their notice list), written with the event. */
export interface StaffNotice {
  staffIds: readonly string[];
  kind: StaffNoticeKind;
  at?: Date | null;
}

/** A respondent with no account to text a link to (RespondentAccess), written with the event. */
export interface RespondentInvite {
  outletId: string;
  phone: string;
  answerBy: string;
}

export type Effect<A extends CaseAction> = (
  ctx: EffectContext<A>,
) => Promise<{ set: CaseChanges; data: ActionData<A>; notices?: StaffNotice; invite?: RespondentInvite }>;
export type Effects = { readonly [A in CaseAction]: Effect<A> };

/** The effect of an action that changes nothing beyond the status and records only its reason. */
export const nothing = async () => ({ set: {}, data: null });

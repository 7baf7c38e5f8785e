import {
  ACTIONS,
  nextStatus,
  type ActionBody,
  type CaseAction,
  type CaseStatus,
  type CaseView,
  type OfferedAction,
} from '@gig/shared';
import { schemaProblems, type Problem } from '../validation';

/**
 * The worker's action forms, from the shared actions table: which fields an action's body needs
 * (its schema), the legal-aid request checked with the server's own schema, and which of the
 * offered actions the case page shows inside a card of its own rather than in the list.
 */

/** Fields every action body may carry, beside its own. */
const COMMON = ['reason', 'expectedStatus'];

/** The fields an action's body requires beyond the reason (from its schema in the shared table). */
export function requiredFields(action: CaseAction): string[] {
  const body = ACTIONS[action].body as { required?: string[] };
  return (body.required ?? []).filter((f) => !COMMON.includes(f));
}

/**
 * The worker's actions the case page offers inside the card they belong to, with their own form:
 * signing under the agreement's text, the outlet's offer next to its numbers, the route of a
 * confirmation next to its window, legal aid with its two questions, the answer to the follow-up
 * after closing. The rest are buttons in the list of what the worker can do now. A worker action
 * that needs fields must have a place here (a test checks it against the table).
 */
export const IN_CARDS = {
  sign_agreement: 'agreement',
  accept_proposal: 'offer',
  decline_proposal: 'offer',
  request_confirmation: 'confirmation',
  request_legal_aid: 'legalAid',
  confirm_resolved: 'followUp',
  report_unresolved: 'followUp',
} as const satisfies Partial<Record<CaseAction, string>>;
export type CardAction = keyof typeof IN_CARDS;

export const inCard = (a: CaseAction): a is CardAction => a in IN_CARDS;

/** The offered actions for the list: those without a card of their own. */
export const listed = (offered: readonly OfferedAction[]): OfferedAction[] => offered.filter((a) => !inCard(a.action));

/** Whether the case view offers this action now (and not held back by a guard). */
export function isOpen(view: Pick<CaseView, 'actions'>, action: CaseAction): boolean {
  return view.actions.some((a) => a.action === action && a.refusal === null);
}

/** The offer of an action in the view (null when not offered at all). */
export const offerOf = (view: Pick<CaseView, 'actions'>, action: CaseAction): OfferedAction | null =>
  view.actions.find((a) => a.action === action) ?? null;

/** The status an action leads to, when it changes the status (for "what comes next"). */
export function leadsTo(status: CaseStatus, action: CaseAction): CaseStatus | null {
  const next = nextStatus(status, action);
  return next && next !== status ? next : null;
}

/** The legal-aid request as typed: "financial difficulty?" not answered yet is undefined. */
export interface LegalAidForm {
  hardship: boolean | undefined;
  situation: string;
}
export type LegalAidBody = ActionBody<'request_legal_aid'>;

/** The request's body: the situation trimmed, with the status the worker saw. */
export function legalAidBody(f: LegalAidForm, status: CaseStatus): Partial<LegalAidBody> {
  return {
    ...(f.hardship === undefined ? {} : { hardship: f.hardship }),
    situation: f.situation.trim(),
    expectedStatus: status,
  };
}

/** What is wrong with the request, per field, under the server's own schema for it. */
export function legalAidProblems(f: LegalAidForm, status: CaseStatus): Partial<Record<keyof LegalAidForm, Problem>> {
  const found = schemaProblems(ACTIONS.request_legal_aid.body, legalAidBody(f, status));
  const out: Partial<Record<keyof LegalAidForm, Problem>> = {};
  if (found['/hardship']) out.hardship = 'required';
  if (found['/situation']) out.situation = found['/situation'];
  return out;
}

/** The desk's last answer to a legal-aid request, when it declined it (the worker may ask again). */
export function legalAidDeclined(view: Pick<CaseView, 'events' | 'legalAid'>): { reason: string; at: string } | null {
  if (view.legalAid) return null;
  const last = [...view.events]
    .reverse()
    .find((e) => e.action === 'request_legal_aid' || e.action === 'decline_legal_aid');
  return last?.action === 'decline_legal_aid' ? { reason: last.reason ?? '', at: last.at } : null;
}

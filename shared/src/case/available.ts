import type { Role } from '../enums';
import type { ErrorCode } from '../errors';
import type { Relation } from './access';
import { ACTIONS, type ActionSpec } from './actions';
import type { CaseFacts } from './facts';
import {
  AFTER_END_ACTIONS,
  CASE_ACTIONS,
  CASE_STATUSES,
  actionsFor,
  nextStatus,
  type CaseAction,
  type CaseStatus,
} from './status';

/** Who is asking, as the actions table sees them: a role and its relations to the case. */
export interface ActingAs {
  role: Role;
  relations: readonly Relation[];
}
/** The server's own clock acting (an outlet's time running out), not a person. */
export const SYSTEM: unique symbol = Symbol('system');

/**
 * Why an action is not allowed now: `actor` (not this user's to take: 403), `status` (not in this
 * status: 409 INVALID_TRANSITION), or a guard's own code (409).
 */
export type Refusal = 'actor' | 'status' | ErrorCode;

export type Decision =
  { action: CaseAction; allowed: true; to: CaseStatus } | { action: CaseAction; allowed: false; refusal: Refusal };

/** Whether this user may take this action on a case with these facts now, and where it leads. */
export function decide(facts: CaseFacts, who: ActingAs | typeof SYSTEM, action: CaseAction): Decision {
  const spec = ACTIONS[action];
  const actors: ActionSpec['actors'] = spec.actors;
  const actorOk =
    who === SYSTEM
      ? actors.system === true
      : actors.roles.includes(who.role) && who.relations.some((r) => actors.relations.includes(r));
  if (!actorOk) return { action, allowed: false, refusal: 'actor' };
  const to = nextStatus(facts.status, action);
  if (to === null) return { action, allowed: false, refusal: 'status' };
  const failed = spec.guards.find((g) => !g.test(facts));
  if (failed) return { action, allowed: false, refusal: failed.code };
  return { action, allowed: true, to };
}

/** Every action, decided for this user now: what they may do, and why the others are refused. */
export function availableActions(facts: CaseFacts, who: ActingAs): Decision[] {
  return CASE_ACTIONS.map((a) => decide(facts, who, a));
}

/** The actions this user may take now. */
export function allowedNow(facts: CaseFacts, who: ActingAs): CaseAction[] {
  return availableActions(facts, who).flatMap((d) => (d.allowed ? [d.action] : []));
}

/**
 * What a case view offers: the actions allowed now, and those this user could take in this
 * status but an explained guard refuses (with its code, for words like "after the 15-day window").
 */
export interface OfferedAction {
  action: CaseAction;
  /** Null when allowed now; else the guard's code, whose words say why not yet. */
  refusal: ErrorCode | null;
}
export function offeredActions(facts: CaseFacts, who: ActingAs): OfferedAction[] {
  return availableActions(facts, who).flatMap<OfferedAction>((d) => {
    if (d.allowed) return [{ action: d.action, refusal: null }];
    const guard = ACTIONS[d.action].guards.find((g) => g.code === d.refusal);
    return guard?.explain ? [{ action: d.action, refusal: guard.code }] : [];
  });
}

/** Statuses from which a case can still reach the employer's outlet (where outlet consent matters). */
export const OUTLET_STAGES: readonly CaseStatus[] = (() => {
  const reach = new Set(CASE_STATUSES.filter((s) => nextStatus(s, 'dispatch') !== null));
  // Walk the status table backwards: a status that moves into the set is in it. A case reopened
  // after its end starts again at the station, where consent is asked anew: not a way back.
  for (let grew = true; grew;) {
    grew = false;
    for (const s of CASE_STATUSES) {
      if (reach.has(s)) continue;
      if (actionsFor(s).some((a) => !AFTER_END_ACTIONS.includes(a) && reach.has(nextStatus(s, a) ?? s))) {
        reach.add(s);
        grew = true;
      }
    }
  }
  return CASE_STATUSES.filter((s) => reach.has(s));
})();

/** Actions some staff role may take (the staff API), the worker's (the worker API), and the server's own. */
export const STAFF_ACTIONS = (Object.keys(ACTIONS) as CaseAction[]).filter((a) =>
  ACTIONS[a].actors.roles.some((r) => r !== 'worker'),
);
export const WORKER_ACTIONS = (Object.keys(ACTIONS) as CaseAction[]).filter((a) =>
  (ACTIONS[a].actors.roles as readonly Role[]).includes('worker'),
);
export const SYSTEM_ACTIONS = (Object.keys(ACTIONS) as CaseAction[]).filter(
  (a) => (ACTIONS[a].actors as ActionSpec['actors']).system === true,
);

import type { TProperties, TSchema } from '@sinclair/typebox';
import type { Role, StaffRole } from '../enums';
import type { ErrorCode } from '../errors';
import type { Label } from '../labels';
import type { NotificationKind } from '../notifications';
import { actionBody, type ReasonRule } from '../schemas/actions';
import type { Relation } from './access';
import type { CaseFacts } from './facts';

/** The shape of an entry of the actions table (actions.ts), and the helpers that build one. */
export interface Guard {
  /** The refusal's stable code (an ErrorCode, 409) when the test fails. */
  code: ErrorCode;
  test: (facts: CaseFacts) => boolean;
  /** Facts a client can act on when it refuses (e.g. the day a window opens). */
  details?: (facts: CaseFacts) => Record<string, unknown>;
  /**
   * While it refuses, the case view still offers the action, greyed with the refusal's words: a
   * "not yet" or "too late" the user should know of (a window, the worker's consent). Otherwise
   * the action is simply not offered (e.g. clearing a flag that is not set).
   */
  explain?: true;
}

export interface ActionSpec {
  body: TSchema;
  /** What the action records in its case event (`null`: nothing beyond the reason). */
  data: TSchema;
  reason: ReasonRule;
  /** Who may take it: a role with one of the relations, or (`system`) only the server's own clock. */
  actors: { roles: readonly Role[]; relations: readonly Relation[]; system?: true };
  guards: readonly Guard[];
  /** Ask "are you sure" before it: it ends or sets back the case. */
  danger: boolean;
  notify: NotificationKind | null;
  /** For the worker's actions: what it does, in a line. */
  help: Label | null;
  /** For the API documentation. */
  summary: string;
}

export const STATION: readonly StaffRole[] = ['mediator', 'station_admin'];
export const AT_STATION = { roles: STATION, relations: ['handling_station'] } as const;
export const STATION_OR_CITY = {
  roles: [...STATION, 'supervisor'],
  relations: ['handling_station', 'citywide'],
} as const;
export const CONFIRMING = { roles: [...STATION, 'arbitrator'], relations: ['handling_station'] } as const;
export const CLAIMANT = { roles: ['worker'], relations: ['claimant'] } as const;

/** An entry: the body is built from the fields and the reason rule, so the two cannot disagree. */
export function spec<const P extends TProperties, const R extends ReasonRule, const E extends TSchema>(
  s: Pick<ActionSpec, 'actors' | 'summary'> &
    Partial<Pick<ActionSpec, 'guards' | 'danger' | 'notify' | 'help'>> & { fields: P; reason: R; data: E },
) {
  const { fields, ...rest } = s;
  return {
    guards: [],
    danger: false,
    notify: null,
    help: null,
    ...rest,
    body: actionBody(fields, s.reason),
  } satisfies ActionSpec;
}
export const guard = (code: ErrorCode, test: Guard['test'], details?: Guard['details']): Guard => ({
  code,
  test,
  ...(details ? { details } : {}),
});
/** A guard whose refusal the case view explains (see `Guard.explain`). */
export const explained = (code: ErrorCode, test: Guard['test'], details?: Guard['details']): Guard => ({
  ...guard(code, test, details),
  explain: true,
});
export const due = (f: CaseFacts, kind: string) => f.deadlines.find((d) => d.kind === kind)?.due ?? null;

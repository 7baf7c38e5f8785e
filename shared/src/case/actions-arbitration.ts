import { ARBITRATION_EVENT_DATA as D, ARBITRATION_FIELDS as F } from '../schemas/arbitration';
import { ACTION_FIELDS } from '../schemas/actions';
import { guard, spec } from './action-spec';

/** The arbitration institution's own staff, on a case it has (the case's handling station). */
export const AT_INSTITUTION = { roles: ['arbitrator'], relations: ['handling_station'] } as const;

/**
 * The arbitration stage's actions (LDMAL arts 29-50), entries of the actions table (actions.ts).
 * The worker's request that starts it stays there with the other worker actions.
 */
export const ARBITRATION_ACTIONS = {
  accept_arbitration: spec({
    fields: F.acceptance,
    data: D.acceptance,
    reason: 'optional',
    actors: AT_INSTITUTION,
    notify: 'arbitration_accepted',
    summary: 'Accept the arbitration application (art 29); starts the 45-day time for the award (art 43)',
  }),
  refuse_arbitration: spec({
    fields: F.refusal,
    data: D.refusal,
    reason: 'required',
    actors: AT_INSTITUTION,
    danger: true,
    notify: 'arbitration_refused',
    summary: 'Refuse the application in writing with reasons (art 29); the worker may then sue',
  }),
  schedule_hearing: spec({
    fields: F.hearing,
    data: D.hearing,
    reason: 'optional',
    actors: AT_INSTITUTION,
    notify: 'hearing_scheduled',
    summary: 'Schedule (or move) the hearing; the parties must be told at least 5 days before (art 35)',
  }),
  extend_award: spec({
    fields: ACTION_FIELDS.none,
    data: D.extension,
    reason: 'required',
    actors: AT_INSTITUTION,
    guards: [guard('AWARD_ALREADY_EXTENDED', (f) => !f.awardExtended)],
    summary: "Record the chair's approved extension of the time for the award by 15 days (art 43), once",
  }),
  record_arbitral_mediation: spec({
    fields: F.mediation,
    data: D.mediation,
    reason: 'optional',
    actors: AT_INSTITUTION,
    summary: 'Record the mediation statement (调解书) the tribunal made (art 42)',
  }),
  record_award: spec({
    fields: F.award,
    data: D.award,
    reason: 'optional',
    actors: AT_INSTITUTION,
    notify: 'award_made',
    summary:
      'Record the award item by item; each item is classed final or not (art 47) and the appeal windows start (arts 48-50)',
  }),
};

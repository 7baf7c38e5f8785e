import { ACTION_FIELDS, EVENT_DATA } from '../schemas/actions';
import { OUTLET_EVENT_DATA as D, OUTLET_FIELDS as F } from '../schemas/outlet';
import { CLAIMANT, guard, spec } from './action-spec';
import { windowPassed } from './facts';

/** The respondent's outlet while the case is there, and as a party afterwards. */
export const AT_OUTLET = { roles: ['outlet_manager'], relations: ['dispatched_outlet'] } as const;
export const AS_RESPONDENT = { roles: ['outlet_manager'], relations: ['respondent_outlet'] } as const;

const PROPOSAL_REQUIRED = guard('NO_PROPOSAL', (f) => f.proposal);

/**
 * The employer's outlet as a party (entries of the actions table, actions.ts): it answers a
 * dispatched case, offers a settlement the worker accepts or declines, gives the case back, or
 * the station's time for it runs out and the case returns by itself; later it answers session times.
 */
export const OUTLET_ACTIONS = {
  outlet_reply: spec({
    fields: F.reply,
    data: D.reply,
    reason: 'optional',
    actors: AT_OUTLET,
    notify: 'outlet_replied',
    summary: "The outlet's account of the facts (the worker is told)",
  }),
  outlet_propose: spec({
    fields: F.proposal,
    data: D.proposal,
    reason: 'optional',
    actors: AT_OUTLET,
    notify: 'settlement_proposed',
    summary: 'Offer a settlement: each item and amount, the pay date and method (replaces an earlier offer)',
  }),
  accept_proposal: spec({
    fields: ACTION_FIELDS.none,
    data: EVENT_DATA.agreement,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [PROPOSAL_REQUIRED],
    notify: 'agreement_to_sign',
    help: {
      'zh-CN': '同意网点提出的金额和付款日期，形成调解协议，双方签字后生效。',
      en: "Agree to the outlet's amounts and pay date: they become the agreement, in force once signed.",
    },
    summary:
      "Accept the outlet's offer: it becomes the agreement, to be signed by both sides and confirmed by the station",
  }),
  decline_proposal: spec({
    fields: ACTION_FIELDS.none,
    data: EVENT_DATA.none,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [PROPOSAL_REQUIRED],
    help: {
      'zh-CN': '不同意这个方案。网点可以重新提出，谈不拢的由调解站收回调解。',
      en: 'Say no to this offer. The outlet may offer again; if you cannot agree, the station takes the case back.',
    },
    summary: "Decline the outlet's offer (a reason helps the outlet make a better one)",
  }),
  outlet_return: spec({
    fields: ACTION_FIELDS.none,
    data: EVENT_DATA.takeBack,
    reason: 'required',
    actors: AT_OUTLET,
    notify: 'outlet_returned',
    summary: 'Give the case back to the station: the outlet cannot settle it (reason required)',
  }),
  outlet_timeout: spec({
    fields: ACTION_FIELDS.none,
    data: EVENT_DATA.takeBack,
    reason: 'optional',
    actors: { roles: [], relations: [], system: true },
    guards: [guard('OUTLET_TIME_NOT_UP', (f) => windowPassed(f, 'outlet_response'))],
    notify: 'outlet_returned',
    summary: "The outlet did not settle in its time: the case returns to the station by itself (the system's action)",
  }),
  answer_session: spec({
    fields: F.sessionAnswer,
    data: D.sessionAnswer,
    reason: 'optional',
    actors: AS_RESPONDENT,
    summary: 'Say whether the respondent comes to a scheduled session',
  }),
};

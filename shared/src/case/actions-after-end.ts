import { Type } from '@sinclair/typebox';
import { defineEnum } from '../enums';
import { StringEnum } from '../schemas/common';
import { CalendarDate, EVENT_DATA } from '../schemas/actions';
import { CLAIMANT, due, explained, guard, spec } from './action-spec';
import { windowOpen } from './facts';

/** What the worker says is still wrong when a closed case is not resolved. */
export const FOLLOW_UP_ANSWER = defineEnum({
  not_paid: { 'zh-CN': '钱没有收到', en: 'The money did not arrive' },
  partly_paid: { 'zh-CN': '只收到一部分', en: 'Only part of it arrived' },
  not_solved: { 'zh-CN': '问题没有解决', en: 'The problem was not solved' },
});

/** While the follow-up is open: the case was closed under these rules and nobody has answered yet. */
const asked = guard('NO_FOLLOW_UP', (f) => f.deadlines.some((d) => d.kind === 'reopen_window'));

/**
 * After the end (entries of the actions table, actions.ts): a week after closing the worker is
 * asked whether the money arrived or the problem was solved (ClockRules.followUpDays); "yes"
 * ends the follow-up; "no", within ClockRules.reopenDays of closing, reopens the case at its
 * station with the answer as the first event after the close. Both are the worker's own answer.
 */
export const AFTER_END_ACTIONS = {
  confirm_resolved: spec({
    fields: {},
    data: EVENT_DATA.none,
    reason: 'optional',
    actors: CLAIMANT,
    guards: [asked],
    help: {
      'zh-CN': '钱已经收到、问题已经解决了，请告诉我们。',
      en: 'The money arrived and the problem is solved: let us know.',
    },
    summary: "The worker's answer to the follow-up: it was resolved (ends the follow-up)",
  }),
  report_unresolved: spec({
    fields: { answer: StringEnum(FOLLOW_UP_ANSWER.values) },
    data: Type.Object({ answer: StringEnum(FOLLOW_UP_ANSWER.values), closedOn: CalendarDate }),
    reason: 'required',
    actors: CLAIMANT,
    guards: [
      asked,
      explained(
        'REOPEN_WINDOW_PASSED',
        (f) => windowOpen(f, 'reopen_window'),
        (f) => ({ until: due(f, 'reopen_window') }),
      ),
    ],
    danger: true,
    help: {
      'zh-CN': '钱没到账或问题没解决？说明情况，案件会回到调解站重新调解。',
      en: 'Money not arrived or problem not solved? Say what is wrong and the case goes back to the station to mediate again.',
    },
    summary:
      "The worker's answer to the follow-up: not resolved. Within the reopen window the case goes back to its station (accepted) with a new mediation period; the station's staff are told",
  }),
};

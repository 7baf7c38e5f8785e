import { In } from 'typeorm';
import { STATION_ROLES, addDays, mediationWindow } from '@gig/shared';
import { StaffUserEntity, type CaseEntity } from '../../../entities';
import type { StoredDeadline } from '../../../entities/case.entity';
import type { Effects } from './types';

const FOLLOW_UP_KINDS = ['follow_up', 'reopen_window'];
const withoutFollowUp = (c: CaseEntity): StoredDeadline[] =>
  c.deadlines.filter((d) => !FOLLOW_UP_KINDS.includes(d.kind));

/**
 * The end and after it. Closing starts the follow-up: the worker is asked after
 * ClockRules.followUpDays (reminders.ts) and may have the case reopened until
 * ClockRules.reopenDays after the close (calendar days: the station's rule, not a legal period).
 */
export const AFTER_END_EFFECTS: Pick<Effects, 'close' | 'confirm_resolved' | 'report_unresolved'> = {
  async close({ c, clock, today }) {
    const deadlines = [
      ...withoutFollowUp(c),
      { kind: 'follow_up', from: today, due: addDays(today, clock.followUpDays) },
      { kind: 'reopen_window', from: today, due: addDays(today, clock.reopenDays) },
    ];
    return { set: { deadlines }, data: null };
  },

  async confirm_resolved({ c }) {
    return { set: { deadlines: withoutFollowUp(c) }, data: null };
  },

  /**
   * Back at the station, accepted. A new mediation period runs from the answer (the worker's "no"
   * is a fresh request to mediate; LDMAL art 14 counts from receiving the request); the station's
   * mediators and admins are told in their notice list.
   */
  async report_unresolved({ c, body, ds, clock, today }) {
    const closedOn = c.deadlines.find((d) => d.kind === 'reopen_window')!.from;
    const { kind, from, due } = mediationWindow(today, clock);
    const deadlines = [...withoutFollowUp(c).filter((d) => d.kind !== 'mediation_window'), { kind, from, due }];
    const staff = c.stationId
      ? await ds.getRepository(StaffUserEntity).find({
          select: { id: true },
          where: { stationId: c.stationId, role: In([...STATION_ROLES]), disabled: false },
        })
      : [];
    return {
      set: { deadlines },
      data: { answer: body.answer, closedOn },
      notices: { staffIds: staff.map((s) => s.id), kind: 'case_reopened' },
    };
  },
};

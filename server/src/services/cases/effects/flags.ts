import { In } from 'typeorm';
import { CONSULTANT_ACCOUNT_ROLES, type FieldError } from '@gig/shared';
import { StaffUserEntity } from '../../../entities';
import { AppError, fieldError } from '../../../errors';
import { nothing, type Effects } from './types';

/** Flags and assignments that never move the case, and the worker's withdrawal. */
export const FLAG_EFFECTS: Pick<
  Effects,
  | 'flag_urgent'
  | 'clear_urgent'
  | 'request_legal_aid'
  | 'decline_legal_aid'
  | 'assign_lawyer'
  | 'share_notes'
  | 'unshare_notes'
  | 'withdraw'
> = {
  /**
   * 特事急诊: its participants, the meeting and the one-case plan. A participant named with an
   * account must be an active account of that kind (an arbitrator, a mediator, a legal-aid or
   * public-interest lawyer); those accounts reach the case while it is flagged and are told.
   */
  async flag_urgent({ body, ds }) {
    const ids = body.participants.flatMap((p) => (p.staffId ? [p.staffId] : []));
    const accounts = ids.length ? await ds.getRepository(StaffUserEntity).findBy({ id: In(ids) }) : [];
    const fields: FieldError[] = [];
    body.participants.forEach((p, n) => {
      if (!p.staffId) return;
      const a = accounts.find((x) => x.id === p.staffId);
      if (!a || a.disabled || !CONSULTANT_ACCOUNT_ROLES[p.role].includes(a.role))
        fields.push({
          path: `/body/participants/${n}/staffId`,
          rule: 'participant',
          message: `must be an active account of a ${CONSULTANT_ACCOUNT_ROLES[p.role].join(' or ')}`,
        });
    });
    if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
    const meetingAt = new Date(body.meetingAt);
    return {
      set: { urgent: true, consultants: [...new Set(ids)] },
      data: {
        participants: body.participants.map((p) => ({ role: p.role, name: p.name, staffId: p.staffId ?? null })),
        plan: body.plan,
        meetingAt: meetingAt.toISOString(),
        place: body.place ?? null,
      },
      notices: { staffIds: ids, kind: 'consultation_invited', at: meetingAt },
    };
  },
  async clear_urgent() {
    return { set: { urgent: false, consultants: null }, data: null };
  },

  /** Legal aid asked for after filing, with what the desk needs to know. */
  async request_legal_aid({ body }) {
    return { set: { legalAid: true }, data: { hardship: body.hardship, situation: body.situation } };
  },
  async decline_legal_aid() {
    return { set: { legalAid: false }, data: null };
  },

  /** A legal-aid lawyer for a worker who asked for legal aid. */
  async assign_lawyer({ body, ds }) {
    const lawyer = await ds.getRepository(StaffUserEntity).findOneBy({ id: body.lawyerId });
    if (!lawyer || lawyer.role !== 'legal_aid_lawyer' || lawyer.disabled)
      throw fieldError('/body/lawyerId', 'lawyer', 'must be an active legal-aid lawyer');
    // A new lawyer does not inherit what the station shared with the previous one.
    return {
      set: { lawyerId: lawyer.id, notesShared: false },
      data: { lawyerId: lawyer.id, lawyerName: lawyer.displayName },
    };
  },
  async share_notes() {
    return { set: { notesShared: true }, data: null };
  },
  async unshare_notes() {
    return { set: { notesShared: false }, data: null };
  },

  withdraw: nothing,
};

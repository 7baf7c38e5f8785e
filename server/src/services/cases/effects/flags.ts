import { StaffUserEntity } from '../../../entities';
import { fieldError } from '../../../errors';
import { nothing, type Effects } from './types';

/** Flags and assignments that never move the case, and the exits the worker or staff take. */
export const FLAG_EFFECTS: Pick<
  Effects,
  'flag_urgent' | 'clear_urgent' | 'assign_lawyer' | 'share_notes' | 'unshare_notes' | 'withdraw' | 'close'
> = {
  /** 特事急诊: its participants and one-case plan. */
  async flag_urgent({ body }) {
    return { set: { urgent: true }, data: { participants: body.participants, plan: body.plan } };
  },
  async clear_urgent() {
    return { set: { urgent: false }, data: null };
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
  close: nothing,
};

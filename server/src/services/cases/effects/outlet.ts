import { CN_MOBILE_PATTERN, isDispatchTarget, workingDaysEnd, type FieldError, type ProposalView } from '@gig/shared';
import { CaseEventEntity, StaffUserEntity, StationEntity, type CaseEntity } from '../../../entities';
import { AppError, fieldError } from '../../../errors';
import { amountOf } from './amounts';
import { draft } from './agreement-terms';
import type { Effects } from './types';

/** A mainland mobile (a landline cannot take the text). */
const mobile = (phone: string | null) => (phone && new RegExp(CN_MOBILE_PATTERN).test(phone) ? phone : null);

/** A case back at the station: the outlet's clock and its open offer go, the respondent stays a party. */
const returned = (c: CaseEntity) => ({
  set: { outletId: null, proposal: null, deadlines: c.deadlines.filter((d) => d.kind !== 'outlet_response') },
  data: { outletId: c.outletId },
});

/**
 * The respondent's outlet as a party: the dispatch to it (only the respondent's own outlet), its
 * answer and offer, the worker's decision, the case coming back, and its answers to session times.
 */
export const OUTLET_EFFECTS: Pick<
  Effects,
  | 'dispatch'
  | 'take_back'
  | 'outlet_reply'
  | 'outlet_propose'
  | 'accept_proposal'
  | 'decline_proposal'
  | 'outlet_return'
  | 'outlet_timeout'
  | 'answer_session'
> = {
  /**
   * To the respondent's own active outlet under the station (the worker's consent is a guard in
   * the table). The outlet has the station's set working days to answer.
   */
  async dispatch({ c, body, ds, clock, today }) {
    const outlet = await ds.getRepository(StationEntity).findOneBy({ id: body.outletId });
    const respondent = c.claim.respondent;
    if (!outlet || !isDispatchTarget(outlet, c.stationId, respondent)) {
      throw fieldError(
        '/body/outletId',
        'respondent_outlet',
        "must be an active outlet under the case's station that answers for the respondent",
      );
    }
    const due = workingDaysEnd(today, clock.outletResponseWorkingDays, clock);
    const deadlines = [
      ...c.deadlines.filter((d) => d.kind !== 'outlet_response'),
      { kind: 'outlet_response', from: today, due },
    ];
    // The outlet's managers are told (their notice list); a respondent with no account is reached by SMS.
    const managers = await ds
      .getRepository(StaffUserEntity)
      .find({ select: { id: true }, where: { stationId: outlet.id, role: 'outlet_manager', disabled: false } });
    const phone = body.respondentPhone ?? mobile(c.claim.respondent.contactPhone);
    return {
      set: { outletId: outlet.id, respondentOutletId: outlet.id, proposal: null, deadlines },
      data: { outletId: outlet.id, outletCode: outlet.code, answerBy: due, texted: !managers.length && !!phone },
      notices: { staffIds: managers.map((m) => m.id), kind: 'case_dispatched' },
      ...(!managers.length && phone ? { invite: { outletId: outlet.id, phone, answerBy: due } } : {}),
    };
  },

  /** Back from the outlet, which could not settle. */
  take_back: async ({ c }) => returned(c),
  outlet_return: async ({ c }) => returned(c),
  outlet_timeout: async ({ c }) => returned(c),

  async outlet_reply({ body }) {
    return { set: {}, data: { account: body.account } };
  },

  /** A new offer replaces the one before. */
  async outlet_propose({ body, today }) {
    const fields: FieldError[] = [];
    const items = body.items.map((i, n) => ({
      type: i.type,
      amountFen: amountOf(fields, `/body/items/${n}/amountYuan`, i.amountYuan),
    }));
    if (body.dueDate < today)
      fields.push({ path: '/body/dueDate', rule: 'not_past', message: 'the pay date cannot be in the past' });
    if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
    const proposal: ProposalView = {
      items,
      totalFen: items.reduce((s, i) => s + i.amountFen, 0),
      dueDate: body.dueDate,
      paymentMethod: body.paymentMethod,
      note: body.note ?? null,
      proposedAt: new Date().toISOString(),
    };
    return { set: { proposal }, data: { proposal } };
  },

  /** The offer becomes the agreement, the respondent paying each item, for everyone to sign. */
  async accept_proposal({ c, clock, protector, today }) {
    const p = c.proposal;
    if (!p) throw new AppError('NO_PROPOSAL', { details: { status: c.status } });
    const payer = c.claim.respondent.name;
    const items = p.items.map((i) => ({ type: i.type, amountFen: i.amountFen, payer }));
    const terms = { items, dueDate: p.dueDate, paymentMethod: p.paymentMethod };
    const { set, data } = draft(c, terms, { clock, today, protector });
    return { set: { ...set, proposal: null }, data };
  },

  decline_proposal: async () => ({ set: { proposal: null }, data: null }),

  /** Only for a session scheduled on this case. */
  async answer_session({ c, body, ds }) {
    const events = await ds.getRepository(CaseEventEntity).findBy({ caseId: c.id, action: 'schedule_session' });
    if (!events.some((e) => (e.data as { session?: { id: string } } | null)?.session?.id === body.sessionId))
      throw fieldError('/body/sessionId', 'exists', 'no such session on this case');
    return { set: {}, data: { sessionId: body.sessionId, attend: body.attend, note: body.note ?? null } };
  },
};

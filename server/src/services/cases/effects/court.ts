import { paymentOrderAvailable, type ConfirmationView, type PaymentOrderView } from '@gig/shared';
import { EvidenceFileEntity } from '../../../entities';
import { AppError, fieldError } from '../../../errors';
import type { Effects } from './types';

/**
 * Taking an agreement to a court or commission: the joint application for its confirmation
 * (人民调解法 art 33; 办案规则 art 74: both parties, within the window), and on default the
 * payment order (LDMAL art 16) with the court's decision.
 */
export const COURT_EFFECTS: Pick<
  Effects,
  'request_confirmation' | 'consent_confirmation' | 'apply_payment_order' | 'record_payment_order'
> = {
  /** The worker's side of the joint application, while that route's window is open. */
  async request_confirmation({ c, body, today }) {
    const window = c.deadlines.find((d) => d.kind === body.route);
    if (!window) throw new AppError('NO_AGREEMENT', { details: { status: c.status } });
    if (today > window.due)
      throw new AppError('CONFIRMATION_WINDOW_CLOSED', {
        details: { status: c.status, route: body.route, closedAfter: window.due },
      });
    const confirmation: ConfirmationView = {
      route: body.route,
      windowDue: window.due,
      workerAt: new Date().toISOString(),
      respondentAt: null,
      respondentName: null,
      respondentEvidenceId: null,
    };
    return { set: { confirmation }, data: { route: body.route, windowDue: window.due } };
  },

  /**
   * The respondent's side, within the same window: its outlet's manager in the app, or the
   * station with the scan of the consent the respondent signed on paper.
   */
  async consent_confirmation({ c, body, actor, ds, today }) {
    const a = c.confirmation;
    if (!a) throw new AppError('INVALID_TRANSITION', { details: { status: c.status } });
    if (today > a.windowDue)
      throw new AppError('CONFIRMATION_WINDOW_CLOSED', { details: { status: c.status, closedAfter: a.windowDue } });
    const byOutlet = actor.principal.role === 'outlet_manager';
    let evidenceId: string | null = null;
    if (!byOutlet || body.evidenceId) {
      const scan = body.evidenceId
        ? await ds.getRepository(EvidenceFileEntity).findOneBy({ id: body.evidenceId, caseId: c.id })
        : null;
      if (!scan)
        throw fieldError(
          '/body/evidenceId',
          'consent_scan',
          "the station records the respondent's consent with its scan",
        );
      evidenceId = scan.id;
    }
    const confirmation: ConfirmationView = {
      ...a,
      respondentAt: new Date().toISOString(),
      respondentName: byOutlet ? actor.principal.displayName : c.claim.respondent.name,
      respondentEvidenceId: evidenceId,
    };
    return { set: { confirmation }, data: { confirmation } };
  },

  /** On the agreed items that may go to a payment order: pay, injury medical costs, compensation, damages. */
  async apply_payment_order({ c }) {
    const items = (c.agreement?.items ?? [])
      .filter((i) => paymentOrderAvailable(i.type))
      .map((i) => ({ type: i.type, amountFen: i.amountFen }));
    const paymentOrder: PaymentOrderView = {
      appliedAt: new Date().toISOString(),
      items,
      totalFen: items.reduce((s, i) => s + i.amountFen, 0),
      outcome: null,
      court: null,
      documentNumber: null,
      decidedOn: null,
    };
    return { set: { paymentOrder }, data: { paymentOrder } };
  },

  async record_payment_order({ c, body, today }) {
    const p = c.paymentOrder;
    if (!p) throw new AppError('INVALID_TRANSITION', { details: { status: c.status } });
    if (body.decidedOn > today) throw fieldError('/body/decidedOn', 'not_future', 'must not be in the future');
    const paymentOrder: PaymentOrderView = {
      ...p,
      outcome: body.outcome,
      court: body.court,
      documentNumber: body.documentNumber ?? p.documentNumber,
      decidedOn: body.decidedOn,
    };
    return { set: { paymentOrder }, data: { paymentOrder } };
  },
};

import { yuanToFen } from '@gig/shared';
import { EvidenceFileEntity } from '../../../entities';
import { fieldError } from '../../../errors';
import { sign } from './agreement-terms';
import { agreement } from './mediation';
import { nothing, type EffectContext, type Effects } from './types';

const notFuture = (path: string, day: string, today: string): void => {
  if (day > today) throw fieldError(path, 'not_future', 'must not be in the future');
};

/** The court's or the commission's answer to a confirmation request. */
const outcome =
  (confirmed: boolean) =>
  async ({ c, body, today }: Pick<EffectContext<'record_confirmation'>, 'c' | 'body' | 'today'>) => {
    notFuture('/body/decidedOn', body.decidedOn, today);
    const decision = {
      confirmed,
      authority: body.authority,
      documentNumber: body.documentNumber,
      decidedOn: body.decidedOn,
    };
    return {
      set: c.confirmation ? { confirmation: { ...c.confirmation, decision } } : {},
      data: { authority: body.authority, documentNumber: body.documentNumber, decidedOn: body.decidedOn },
    };
  };

/** After an agreement: signing it, paying it, confirming it, enforcing it. */
export const AGREEMENT_EFFECTS: Pick<
  Effects,
  | 'sign_agreement'
  | 'confirm_agreement'
  | 'record_signature'
  | 'amend_agreement'
  | 'record_performance'
  | 'record_default'
  | 'confirm_receipt'
  | 'report_non_payment'
  | 'record_confirmation'
  | 'confirmation_refused'
  | 'record_enforcement'
> = {
  /** The worker (with an optional drawn signature) or the respondent's outlet, on the text they read. */
  async sign_agreement({ c, body, actor, ds, clock, protector, today }) {
    const worker = actor.principal.role === 'worker';
    let evidenceId: string | null = null;
    if (body.signatureEvidenceId) {
      const image = await ds
        .getRepository(EvidenceFileEntity)
        .findOneBy({ id: body.signatureEvidenceId, caseId: c.id, uploadedById: actor.principal.id, kind: 'image' });
      if (!image)
        throw fieldError('/body/signatureEvidenceId', 'signature', 'must be an image you uploaded to this case');
      evidenceId = image.id;
    }
    const side = worker ? 'worker' : 'respondent';
    const name = !worker ? actor.principal.displayName : c.purgedAt ? '—' : protector.decrypt(c.claimantNameEnc);
    return sign(c, { side, name, textSha256: body.textSha256, evidenceId, onPaper: false }, { clock, today });
  },

  /** The mediator, for the body: signature and seal. */
  async confirm_agreement({ c, body, actor, clock, today }) {
    const s = { side: 'mediator' as const, name: actor.principal.displayName, textSha256: body.textSha256 };
    return sign(c, { ...s, evidenceId: null, onPaper: false }, { clock, today });
  },

  /** A party's signature on a paper copy of this text, with its scan among the case's files. */
  async record_signature({ c, body, ds, clock, today }) {
    const scan = await ds.getRepository(EvidenceFileEntity).findOneBy({ id: body.evidenceId, caseId: c.id });
    if (!scan) throw fieldError('/body/evidenceId', 'exists', "must be a file of this case (the signed page's scan)");
    const s = { side: body.side, name: body.name, textSha256: body.textSha256, evidenceId: scan.id, onPaper: true };
    return sign(c, s, { clock, today });
  },

  /**
   * New terms before it is in effect: a new text, so every signature is needed again. The earlier
   * signatures stay in the record, on the text they were given to.
   */
  async amend_agreement(ctx) {
    const { set } = await agreement(ctx);
    const kept = { ...set.agreement, signatures: ctx.c.agreement?.signatures ?? [] };
    return { set: { ...set, agreement: kept }, data: { agreement: kept } };
  },

  /** What the employer paid, as staff record it. */
  async record_performance({ body, today }) {
    const paidFen = yuanToFen(body.paidYuan);
    if (paidFen === null || paidFen <= 0)
      throw fieldError('/body/paidYuan', 'amount', 'must be an amount in yuan above zero');
    notFuture('/body/paidOn', body.paidOn, today);
    return { set: {}, data: { paidFen, paidOn: body.paidOn } };
  },

  record_default: nothing,
  confirm_receipt: nothing,
  report_non_payment: nothing,

  record_confirmation: outcome(true),
  confirmation_refused: outcome(false),

  /** The worker applied to the court for enforcement of the confirmed agreement. */
  async record_enforcement({ body, today }) {
    notFuture('/body/appliedOn', body.appliedOn, today);
    return {
      set: {},
      data: { court: body.court, enforcementCaseNumber: body.enforcementCaseNumber ?? null, appliedOn: body.appliedOn },
    };
  },
};

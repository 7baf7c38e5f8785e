import { randomUUID } from 'node:crypto';
import type { FieldError } from '@gig/shared';
import { amountOf } from './amounts';
import { draft } from './agreement-terms';
import { CaseEventEntity } from '../../../entities';
import { AppError } from '../../../errors';
import { nothing, type EffectContext, type Effects } from './types';

function refuse(fields: FieldError[]): void {
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
}

/**
 * The mediation agreement (or the settlement reached at the outlet), for every party to sign; a
 * paper copy everyone signed (`effectiveOn`) is in effect at once and opens the 30-day
 * judicial-confirmation and 15-day arbitration-review windows and the agreed payment date.
 */
export async function agreement({
  c,
  body,
  clock,
  protector,
  today,
}: Pick<EffectContext<'record_agreement'>, 'c' | 'body' | 'clock' | 'protector' | 'today'>) {
  const fields: FieldError[] = [];
  const items = body.items.map((i, n) => ({
    type: i.type,
    amountFen: amountOf(fields, `/body/items/${n}/amountYuan`, i.amountYuan),
    payer: i.payer,
  }));
  return draft(c, { ...body, items }, { clock, today, protector }, fields);
}

/** Sessions, attendance, and how mediation ends: an agreement or a failure. */
export const MEDIATION_EFFECTS: Pick<
  Effects,
  'schedule_session' | 'record_attendance' | 'record_agreement' | 'outlet_settled' | 'record_failure'
> = {
  /** On site with an address, or online with a link. */
  async schedule_session({ c, body }) {
    const fields: FieldError[] = [];
    if (body.mode === 'on_site' && !body.address)
      fields.push({ path: '/body/address', rule: 'required', message: 'an on-site session needs an address' });
    if (body.mode === 'online' && !body.link)
      fields.push({ path: '/body/link', rule: 'required', message: 'an online session needs a link' });
    if (new Date(body.startsAt) < c.receivedAt)
      fields.push({ path: '/body/startsAt', rule: 'after_receipt', message: 'must be after the claim was received' });
    refuse(fields);
    const session = {
      id: randomUUID(),
      startsAt: new Date(body.startsAt).toISOString(),
      mode: body.mode,
      address: body.address ?? null,
      link: body.link ?? null,
      attendees: body.attendees,
    };
    return { set: {}, data: { session } };
  },

  async record_attendance({ c, body, ds }) {
    const events = await ds.getRepository(CaseEventEntity).findBy({ caseId: c.id, action: 'schedule_session' });
    if (!events.some((e) => (e.data as { session?: { id: string } } | null)?.session?.id === body.sessionId)) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/body/sessionId', rule: 'exists', message: 'no such session on this case' }],
      });
    }
    return { set: {}, data: { sessionId: body.sessionId, present: body.present } };
  },

  record_agreement: agreement,
  outlet_settled: agreement,
  record_failure: nothing,
};

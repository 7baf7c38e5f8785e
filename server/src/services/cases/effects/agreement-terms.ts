import { createHash } from 'node:crypto';
import {
  agreedPayment,
  agreementText,
  chinaDate,
  confirmationWindows,
  SIGNATURE_SIDES,
  claimedByType,
  currentSignatures,
  type AgreementSignature,
  type AgreementView,
  type ClockRules,
  type FieldError,
} from '@gig/shared';
import type { CaseEntity, StoredDeadline } from '../../../entities/case.entity';
import type { DataProtector } from '../../../adapters/crypto';
import { AppError } from '../../../errors';

/** The terms as an action gives them, amounts already in fen. */
export interface Terms {
  items: { type: string; amountFen: number; payer: string }[];
  dueDate: string;
  paymentMethod: string;
  facts?: string;
  /** A paper copy everyone signed that day. */
  effectiveOn?: string;
}

const WINDOWS = ['judicial_confirmation', 'arbitration_review', 'agreed_payment'];

/** The agreement's text as every party reads it (shared `agreementText`), and its SHA-256. */
export function textOf(
  c: CaseEntity,
  stored: AgreementView,
  protector: DataProtector,
): { lines: string[]; sha256: string } {
  const r = c.claim.respondent;
  // Agreements recorded before the document existed lack its newer parts: read them as they were.
  const a = {
    ...stored,
    facts: stored.facts ?? shorten(c.claim.description),
    stationName: stored.stationName ?? c.station?.name ?? '—',
  };
  const lines = agreementText(
    {
      caseNumber: c.number,
      claimantName: c.purgedAt ? '—' : protector.decrypt(c.claimantNameEnc),
      respondent: { name: r.name, creditCode: r.creditCode, outletName: r.outletName, partnerName: r.partnerName },
    },
    a,
  );
  return { lines, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** The windows an agreement in effect opens (人民调解法 art 33; 办案规则 art 74) and its pay date. */
function deadlinesFrom(c: CaseEntity, a: AgreementView, clock: ClockRules): StoredDeadline[] {
  const kept = c.deadlines.filter((d) => !WINDOWS.includes(d.kind));
  if (!a.effectiveOn) return kept;
  const added = [...confirmationWindows(a.effectiveOn, clock), agreedPayment(a.dueDate, a.effectiveOn)];
  return [...kept, ...added.map(({ kind, from, due }) => ({ kind, from, due }))];
}

/**
 * A new agreement (or new terms): what was claimed for each item type next to what is agreed, the
 * facts in brief, who mediated; in effect at once only when signed on paper by everyone.
 */
export function draft(
  c: CaseEntity,
  t: Terms,
  ctx: { clock: ClockRules; today: string; protector: DataProtector },
  /** Refusals found already (the amounts), reported with these. */
  fields: FieldError[] = [],
) {
  const refuse = (path: string, rule: string, message: string) => fields.push({ path, rule, message });
  if (t.effectiveOn && t.effectiveOn > ctx.today)
    refuse('/body/effectiveOn', 'not_future', 'the agreement cannot take effect in the future');
  if (t.effectiveOn && t.effectiveOn < chinaDate(c.receivedAt))
    refuse('/body/effectiveOn', 'after_receipt', 'must not be before the claim was received');
  if (t.dueDate < (t.effectiveOn ?? ctx.today))
    refuse('/body/dueDate', 'after_effective', 'must not be before the agreement takes effect');
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
  const claimed = claimedByType(c.claim.items);
  const base: AgreementView = {
    items: t.items.map((i) => ({
      ...i,
      type: i.type as AgreementView['items'][number]['type'],
      claimedFen: claimed.get(i.type) ?? null,
    })),
    totalFen: t.items.reduce((s, i) => s + i.amountFen, 0),
    facts: t.facts ?? shorten(c.claim.description),
    dueDate: t.dueDate,
    paymentMethod: t.paymentMethod as AgreementView['paymentMethod'],
    draftedOn: ctx.today,
    effectiveOn: t.effectiveOn ?? null,
    signedOnPaper: !!t.effectiveOn,
    stationName: c.station?.name ?? '—',
    textSha256: '',
    signatures: [],
  };
  const agreement = { ...base, textSha256: textOf(c, base, ctx.protector).sha256 };
  return { set: { agreement, deadlines: deadlinesFrom(c, agreement, ctx.clock) }, data: { agreement } };
}

const shorten = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/**
 * One party's signature on the text they read: refused if the text changed since (they must read
 * it again) or they already signed it. The last required one puts the agreement in effect today,
 * and the confirmation windows count from then.
 */
export function sign(c: CaseEntity, s: Omit<AgreementSignature, 'at'>, ctx: { clock: ClockRules; today: string }) {
  const a = c.agreement;
  if (!a) throw new AppError('NO_AGREEMENT', { details: { status: c.status } });
  if (s.textSha256 !== a.textSha256)
    throw new AppError('AGREEMENT_TEXT_CHANGED', { details: { status: c.status, textSha256: a.textSha256 } });
  if (currentSignatures(a).some((x) => x.side === s.side))
    throw new AppError('ALREADY_SIGNED', { details: { status: c.status, side: s.side } });
  const signature: AgreementSignature = { ...s, at: new Date().toISOString() };
  const signed = { ...a, signatures: [...(a.signatures ?? []), signature] };
  const complete = currentSignatures(signed).length === SIGNATURE_SIDES.length;
  const agreement = complete ? { ...signed, effectiveOn: ctx.today } : signed;
  return {
    set: { agreement, deadlines: deadlinesFrom(c, agreement, ctx.clock) },
    data: { signature, effectiveOn: agreement.effectiveOn },
  };
}

import type { FieldError } from '../errors';
import type { ClaimCreateBody } from '../schemas/claim';
import type { RoutableClaim } from '../routing/route-claim';
import { creditCodeProblem, idNumberProblem, yuanToFen } from '../validators';
import { LABOUR_REMUNERATION, daysBetween, type LimitationFacts } from './deadlines';

/** The highest total a claim may carry: 20,000,000 yuan, in fen. */
export const CLAIM_TOTAL_CAP_FEN = 2_000_000_000;

/** A claim as far as the wizard has it: any part may still be missing. */
export type ClaimDraft = {
  [K in keyof ClaimCreateBody]?: ClaimCreateBody[K] extends object ? Partial<ClaimCreateBody[K]> : ClaimCreateBody[K];
};

/**
 * The claim's checks beyond its JSON Schema, as one set of pure functions for the server (which
 * refuses the claim with them) and the wizard (which shows them on the step they belong to):
 * ID-card and credit-code checksums, amounts above zero and the total cap, period order, no
 * future dates, knowing of the claim no earlier than it happened. Paths are JSON pointers into
 * the claim (the server prefixes `/body`).
 */
export function claimRuleProblems(body: ClaimDraft, today: string): FieldError[] {
  const out: FieldError[] = [];
  const id = body.claimant?.idNumber ? idNumberProblem(body.claimant.idNumber) : null;
  if (id) out.push({ path: '/claimant/idNumber', rule: id, message: `not a valid ID number (${id})` });
  for (const key of ['creditCode', 'partnerCreditCode'] as const) {
    const code = body.respondent?.[key];
    const p = code ? creditCodeProblem(code) : null;
    if (p) out.push({ path: `/respondent/${key}`, rule: p, message: `not a valid unified social credit code (${p})` });
  }
  const items = Array.isArray(body.items) ? body.items : [];
  let total = 0;
  items.forEach((i, n) => {
    const fen = typeof i?.amountYuan === 'string' ? yuanToFen(i.amountYuan) : null;
    if (fen === null || fen <= 0)
      out.push({
        path: `/items/${n}/amountYuan`,
        rule: 'amount',
        message: 'must be an amount in yuan above zero, at most 2 decimals',
      });
    else total += fen;
    if (i?.periodFrom && i.periodTo && i.periodFrom > i.periodTo)
      out.push({ path: `/items/${n}/periodTo`, rule: 'after_from', message: 'must not be before periodFrom' });
  });
  if (total > CLAIM_TOTAL_CAP_FEN)
    out.push({ path: '/items', rule: 'total', message: 'the total is above 20,000,000 yuan' });
  for (const key of ['incidentDate', 'knownOn', 'employmentEndedOn'] as const) {
    const v = body[key];
    if (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && daysBetween(today, v) > 0)
      out.push({ path: `/${key}`, rule: 'not_future', message: 'must not be in the future' });
  }
  (Array.isArray(body.limitationEvents) ? body.limitationEvents : []).forEach((e, n) => {
    const at = `/limitationEvents/${n}`;
    if (e?.from && /^\d{4}-\d{2}-\d{2}$/.test(e.from) && daysBetween(today, e.from) > 0)
      out.push({ path: `${at}/from`, rule: 'not_future', message: 'must not be in the future' });
    if (e?.kind === 'suspension' && !e.to)
      out.push({ path: `${at}/to`, rule: 'required', message: 'a suspension needs the day its cause ended' });
    if (e?.kind === 'suspension' && e.to && e.from && e.to < e.from)
      out.push({ path: `${at}/to`, rule: 'after_from', message: 'must not be before from' });
    if (e?.kind === 'interruption' && e.to)
      out.push({ path: `${at}/to`, rule: 'not_allowed', message: 'an interruption is one day: no end' });
  });
  if (body.knownOn && body.incidentDate && body.knownOn < body.incidentDate)
    out.push({ path: '/knownOn', rule: 'after_incident', message: 'must not be before incidentDate' });
  return out;
}

/** What routing reads of a claim (the wizard's preview and the filing route the same facts). */
export function routableOf(
  body: Pick<
    ClaimCreateBody,
    'industry' | 'workMode' | 'areaCode' | 'stationCode' | 'preferredChannel' | 'mediationType'
  >,
): RoutableClaim {
  return {
    industry: body.industry,
    workMode: body.workMode,
    areaCode: body.areaCode,
    scannedStationCode: body.stationCode ?? null,
    preferredChannel: body.preferredChannel ?? null,
    mediationType: body.mediationType ?? null,
  };
}

/**
 * What a claim says about its time limit (LDMAL art 27), before the filing's own interruption: when
 * the worker knew (the incident date when not given), the demands and suspensions they report, and
 * whether only labour remuneration is claimed while still employed. The filing adds its day as an
 * interruption; the wizard uses it as is to warn that the limit may already have run out.
 * Null until the claim has a date to start from.
 */
export function claimLimitationFacts(
  body: Pick<
    ClaimDraft,
    'items' | 'incidentDate' | 'knownOn' | 'employmentOngoing' | 'employmentEndedOn' | 'limitationEvents'
  >,
): (LimitationFacts & { interruptions: string[] }) | null {
  const knownOn = body.knownOn || body.incidentDate;
  if (!knownOn) return null;
  const events = Array.isArray(body.limitationEvents) ? body.limitationEvents : [];
  const items = Array.isArray(body.items) ? body.items : [];
  return {
    knownOn,
    interruptions: events.flatMap((e) => (e?.kind === 'interruption' && e.from ? [e.from] : [])),
    suspensions: events.flatMap((e) =>
      e?.kind === 'suspension' && e.from && e.to ? [{ from: e.from, to: e.to }] : [],
    ),
    wageClaimWhileEmployed:
      items.length > 0 &&
      items.every((i) => LABOUR_REMUNERATION.includes(i?.type ?? '')) &&
      body.employmentOngoing === true,
    employmentEndedOn: body.employmentEndedOn || null,
  };
}

import {
  ARBITRATION_ACTIONS,
  DEFAULT_CLOCK_RULES,
  isFinalAward,
  yuanToFen,
  type CaseAction,
  type CaseView,
  type ClaimType,
} from '@gig/shared';
import dayjs from 'dayjs';
import type { ARBITRATION_WORDS } from '../../i18n-arbitration';

type WordKey = keyof typeof ARBITRATION_WORDS;

/**
 * The arbitrator's forms (LDMAL arts 29-47) as data: which body field each form asks for, with
 * its words. ArbitrationFields.tsx draws them; a test holds them to the shared body schemas, so a
 * form asks for every required field and sends nothing the API refuses (bodies take no extras).
 */
export type ArbitrationAction = keyof typeof ARBITRATION_ACTIONS;
export const isArbitrationAction = (a: CaseAction): a is ArbitrationAction => a in ARBITRATION_ACTIONS;

export interface FieldSpec {
  /** The body property it fills. */
  name: string;
  kind: 'date' | 'datetime' | 'text' | 'textarea' | 'yuan' | 'awardItems';
  label: WordKey;
  /** Help under the field. */
  extra?: WordKey;
  /** Starts at today (China's calendar). */
  today?: true;
  /** Starts with the handling station's (the institution's) address. */
  stationAddress?: true;
}

export interface FormSpec {
  /** What the law asks of this step, shown above the fields. */
  note?: WordKey;
  fields: readonly FieldSpec[];
}

export const ARBITRATION_FORMS: { readonly [A in ArbitrationAction]: FormSpec } = {
  accept_arbitration: {
    fields: [
      { name: 'acceptedOn', kind: 'date', label: 'acceptedOn', today: true },
      { name: 'arbitrationNumber', kind: 'text', label: 'arbitrationNumber' },
    ],
  },
  refuse_arbitration: {
    note: 'refusalNote',
    fields: [
      { name: 'decidedOn', kind: 'date', label: 'refusedOn', today: true },
      { name: 'reason', kind: 'textarea', label: 'refusalReason' },
    ],
  },
  schedule_hearing: {
    note: 'hearingNotice',
    fields: [
      { name: 'startsAt', kind: 'datetime', label: 'hearingAt' },
      { name: 'address', kind: 'text', label: 'hearingPlace', stationAddress: true },
      { name: 'tribunal', kind: 'text', label: 'tribunal' },
    ],
  },
  extend_award: {
    note: 'extensionNote',
    fields: [{ name: 'reason', kind: 'textarea', label: 'extensionReason' }],
  },
  record_arbitral_mediation: {
    fields: [
      { name: 'documentNumber', kind: 'text', label: 'mediationNumber' },
      { name: 'decidedOn', kind: 'date', label: 'mediationOn', today: true },
      { name: 'totalYuan', kind: 'yuan', label: 'mediationTotal' },
    ],
  },
  record_award: {
    fields: [
      { name: 'documentNumber', kind: 'text', label: 'awardNumber' },
      { name: 'awardedOn', kind: 'date', label: 'awardedOn', today: true },
      { name: 'receivedOn', kind: 'date', label: 'awardReceivedOn', today: true, extra: 'awardReceivedHelp' },
      { name: 'minimumWageYuan', kind: 'yuan', label: 'minimumWage', extra: 'minimumWageHelp' },
      { name: 'items', kind: 'awardItems', label: 'awardItems' },
    ],
  },
};

/** The columns of one awarded item, as the award's body takes them. */
export const AWARD_ITEM_FIELDS = ['type', 'awardedYuan', 'standardsDispute'] as const;

export interface AwardRow {
  type: ClaimType;
  awardedYuan: string;
  standardsDispute: boolean;
}

/**
 * One row per item the worker claimed, with what was claimed beside it; the amount awarded is
 * left for the arbitrator to type (finality depends on the amount awarded, not claimed: art 47).
 */
export function awardRows(view: Pick<CaseView, 'items'>): (AwardRow & { claimedYuan: string | null })[] {
  const rows = view.items.map((i) => ({
    type: i.type,
    awardedYuan: '',
    standardsDispute: false,
    claimedYuan: i.amountFen > 0 ? i.amountYuan : null,
  }));
  return rows.length ? rows : [{ type: 'unpaid_wages', awardedYuan: '', standardsDispute: false, claimedYuan: null }];
}

/**
 * How each typed item would be classed (art 47), to check before saving; the server classes it
 * again. null: not yet known (the amount or the minimum wage is not a valid amount yet).
 */
export function finalityPreview(
  minimumWageYuan: string | undefined,
  items: readonly Partial<AwardRow>[] | undefined,
): { capFen: number | null; finals: (boolean | null)[] } {
  const wage = yuanToFen(minimumWageYuan ?? '');
  const minimumWageFen = wage && wage > 0 ? wage : null;
  const finals = (items ?? []).map((i) => {
    if (i?.standardsDispute) return true;
    const awardedFen = yuanToFen(i?.awardedYuan ?? '');
    if (awardedFen === null || minimumWageFen === null) return null;
    return isFinalAward({ awardedFen, minimumWageFen });
  });
  const capFen = minimumWageFen === null ? null : DEFAULT_CLOCK_RULES.finalAwardMinimumWageMonths * minimumWageFen;
  return { capFen, finals };
}

/**
 * The body of an arbitration action from the form's values: the hearing's time as typed, read as
 * China's time (UTC+8, as the notice period is counted) whatever the browser's zone, as an
 * instant; each award item with exactly the award's columns (an unticked box is `false`).
 */
export function arbitrationBody(action: ArbitrationAction, v: Record<string, unknown>): Record<string, unknown> {
  const out = { ...v };
  if (action === 'schedule_hearing' && out.startsAt)
    out.startsAt = new Date(`${dayjs(out.startsAt as string).format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();
  if (action === 'record_award' && Array.isArray(out.items))
    out.items = (out.items as Partial<AwardRow>[]).map((i) => ({
      type: i.type,
      awardedYuan: typeof i.awardedYuan === 'string' ? i.awardedYuan.trim() : i.awardedYuan,
      standardsDispute: i.standardsDispute === true,
    }));
  return out;
}

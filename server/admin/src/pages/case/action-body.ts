import dayjs from 'dayjs';
import type { CaseAction } from '@gig/shared';
import { arbitrationBody, isArbitrationAction } from './arbitration-form';

/**
 * The body of an action from its form's values: empty fields left out, times as instants, and
 * each list row with exactly the columns its item schema takes (rows also carry what the form
 * shows beside them, e.g. the amount claimed). A test holds the results to the shared schemas.
 */

/** A time typed in a form, read as China's wall-clock time (UTC+8) whatever the browser's zone, as an instant. */
export const chinaInstant = (v: unknown): string =>
  new Date(`${dayjs(v as string).format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();

/** The columns of a settlement's item rows, by action. */
const ITEM_COLUMNS: Partial<Record<CaseAction, readonly string[]>> = {
  record_agreement: ['type', 'amountYuan', 'payer'],
  outlet_settled: ['type', 'amountYuan', 'payer'],
  amend_agreement: ['type', 'amountYuan', 'payer'],
  outlet_propose: ['type', 'amountYuan'],
};

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

function pick(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) if (!blank(row[c])) out[c] = trimmed(row[c]);
  return out;
}

export function actionBodyOf(action: CaseAction, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (!blank(v)) out[k] = v;
  // The fairness panel's facts are for the check beside the offer only: never part of the body.
  delete out.fairness;
  if (isArbitrationAction(action)) return arbitrationBody(action, out);
  const columns = ITEM_COLUMNS[action];
  if (columns && Array.isArray(out.items))
    out.items = (out.items as Record<string, unknown>[]).map((row) => pick(row, columns));
  switch (action) {
    case 'schedule_session':
      if (typeof out.startsAt === 'string') out.startsAt = dayjs(out.startsAt).toISOString();
      if (out.mode === 'online') delete out.address;
      else delete out.link;
      break;
    case 'flag_urgent':
      if (out.meetingAt) out.meetingAt = chinaInstant(out.meetingAt);
      if (Array.isArray(out.participants))
        out.participants = (out.participants as Record<string, unknown>[]).map((p) =>
          pick(p, ['role', 'name', 'staffId']),
        );
      break;
    case 'answer_session':
      // A radio's "no" is the value false, which the body needs as it is.
      out.attend = values.attend === true;
      break;
  }
  return out;
}

import { RUNNING_DEADLINES, chinaDate, fenToYuan, type CaseStatus, type CaseView } from '@gig/shared';
import { locale } from './i18n';

export const yuan = (fen: number): string => fenToYuan(fen);

/** Badge colour by status: a status without one does not compile. */
const CLASS: Record<CaseStatus, string> = {
  submitted: '',
  accepted: '',
  dispatched: '',
  mediating: '',
  agreement: 'badge-warn',
  performed: 'badge-ok',
  defaulted: 'badge-bad',
  confirmation_requested: 'badge-warn',
  payment_order: 'badge-warn',
  confirmed: 'badge-ok',
  enforcement: 'badge-bad',
  mediation_failed: 'badge-bad',
  transferred_to_arbitration: 'badge-warn',
  arbitration_accepted: '',
  hearing_scheduled: 'badge-warn',
  arbitration_refused: 'badge-bad',
  arbitration_mediated: 'badge-ok',
  awarded: 'badge-ok',
  rejected: 'badge-bad',
  withdrawn: '',
  closed: 'badge-ok',
};
export const statusClass = (s: CaseStatus): string => CLASS[s];

/** Today on China's calendar (the legal dates are China's days, whatever the phone's clock zone). */
export const today = (): string => chinaDate(new Date());

/** Whole days from today (China) to a YYYY-MM-DD date. */
export function daysUntil(due: string): number {
  return Math.round((Date.parse(due) - Date.parse(today())) / 86400e3);
}

/** A moment as date and time in China, in the worker's language. */
export const dateTime = (iso: string): string =>
  new Date(iso).toLocaleString(locale() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/**
 * The deadlines the case's stage still counts (the shared table of running deadlines, as the
 * staff queue's next due date). A stage the table does not list keeps every one, except after
 * arbitration: the mediation stage's periods are over there.
 */
export function runningDeadlines(view: Pick<CaseView, 'status' | 'deadlines' | 'arbitration'>): CaseView['deadlines'] {
  const running: readonly string[] | undefined = RUNNING_DEADLINES[view.status] ?? (view.arbitration ? [] : undefined);
  return running ? view.deadlines.filter((d) => running.includes(d.kind)) : view.deadlines;
}

/** The article of a law a deadline or rule comes from: "第48、50条" / " art 48, 50"; none for "—". */
export const article = (n: string): string =>
  n === '—' ? '' : locale() === 'en' ? ` art ${n}` : `第${n.replace(/,\s*/g, '、')}条`;

// The station page loads only these, not the deadline tables above.
export { stationKind, stationName } from './format-station';

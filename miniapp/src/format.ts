import { fenToYuan, type CaseStatus } from '@gig/shared';

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
  confirmed: 'badge-ok',
  enforcement: 'badge-bad',
  mediation_failed: 'badge-bad',
  transferred_to_arbitration: 'badge-warn',
  rejected: 'badge-bad',
  withdrawn: '',
  closed: 'badge-ok',
};
export const statusClass = (s: CaseStatus): string => CLASS[s];

/** Whole days from today (China) to a YYYY-MM-DD date. */
export function daysUntil(due: string): number {
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  return Math.round((Date.parse(due) - Date.parse(today)) / 86400e3);
}

import { fenToYuan, type CaseStatus } from '@gig/shared';

export const yuan = (fen: number): string =>
  Number(fenToYuan(fen)).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const time = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—';

/** A moment as the wall-clock time in China, whatever the browser's zone (hearings are fixed in China's time). */
export const chinaTime = (iso: string): string =>
  new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Descriptions in two columns, one on a phone (antd's default map has three from md up). */
export const TWO_COLUMNS = { xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 } as const;

/** The article a rule comes from: "第48、50条" / "art 48, 50"; nothing for "—". */
export const articleOf = (n: string, locale: string): string =>
  n === '—' ? '' : locale === 'en' ? `art ${n}` : `第${n.replace(/,\s*/g, '、')}条`;

/** The colour of a due date: red once passed, orange within 3 days. */
export function dueColor(
  due: string | null | undefined,
  today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10),
): string | undefined {
  if (!due) return undefined;
  if (due < today) return '#cf1322';
  const soon = new Date(Date.parse(today) + 3 * 86400e3).toISOString().slice(0, 10);
  return due <= soon ? '#d46b08' : undefined;
}

/** Badge colours by status: a status without a colour does not compile. */
const STATUS_COLORS: Record<CaseStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  dispatched: 'geekblue',
  mediating: 'processing',
  agreement: 'gold',
  performed: 'green',
  defaulted: 'red',
  confirmation_requested: 'lime',
  payment_order: 'volcano',
  confirmed: 'green',
  enforcement: 'volcano',
  mediation_failed: 'orange',
  transferred_to_arbitration: 'purple',
  arbitration_accepted: 'purple',
  hearing_scheduled: 'magenta',
  arbitration_refused: 'red',
  arbitration_mediated: 'green',
  awarded: 'gold',
  rejected: 'default',
  withdrawn: 'default',
  closed: 'default',
};
export const statusColor = (s: CaseStatus): string => STATUS_COLORS[s];

import type { Label } from '../labels';
import type { StaffRole } from '../enums';

/**
 * The city's statistics (GET /api/admin/stats): which figures there are, what each one counts,
 * and who may read them. The API's docs, the statistics page and the exports all show these
 * definitions, so a figure means the same thing everywhere.
 */
export const STATS_COUNTS = [
  'filed',
  'accepted',
  'rejected',
  'agreements',
  'failures',
  'withdrawn',
  'open',
  'legalAid',
  'urgent',
  'transferredToArbitration',
] as const;
export const STATS_MONEY = ['claimedFen', 'agreedFen', 'paidFen'] as const;
export const STATS_DURATIONS = ['medianDaysToAcceptance', 'medianDaysToResolution', 'p90DaysToResolution'] as const;
export const STATS_FIGURES = [...STATS_COUNTS, 'successRate', ...STATS_DURATIONS, ...STATS_MONEY] as const;
export type StatsFigure = (typeof STATS_FIGURES)[number];

export const STATS_GROUP_BY = ['station', 'industry', 'claimType', 'month'] as const;
export type StatsGroupBy = (typeof STATS_GROUP_BY)[number];

/** Who may read statistics: the city (every station), station admins and mediators (their station). */
export const STATS_READERS: readonly StaffRole[] = ['supervisor', 'system_admin', 'station_admin', 'mediator'];
export function mayReadStats(role: string): boolean {
  return (STATS_READERS as readonly string[]).includes(role);
}

/** Each figure's short name, as a column header or a chart's legend. */
export const STATS_FIGURE_LABELS: { readonly [F in StatsFigure]: Label } = {
  filed: { 'zh-CN': '收案数', en: 'Filed' },
  accepted: { 'zh-CN': '受理数', en: 'Accepted' },
  rejected: { 'zh-CN': '不予受理数', en: 'Rejected' },
  agreements: { 'zh-CN': '调解成功数', en: 'Agreements' },
  failures: { 'zh-CN': '调解不成数', en: 'Failures' },
  withdrawn: { 'zh-CN': '撤回数', en: 'Withdrawn' },
  open: { 'zh-CN': '期末在办数', en: 'Open at period end' },
  successRate: { 'zh-CN': '调解成功率', en: 'Success rate' },
  medianDaysToAcceptance: { 'zh-CN': '受理用时中位数（天）', en: 'Median days to acceptance' },
  medianDaysToResolution: { 'zh-CN': '调解结束用时中位数（天）', en: 'Median days to resolution' },
  p90DaysToResolution: { 'zh-CN': '调解结束用时90分位（天）', en: '90th percentile days to resolution' },
  claimedFen: { 'zh-CN': '请求金额（元）', en: 'Claimed (yuan)' },
  agreedFen: { 'zh-CN': '协议金额（元）', en: 'Agreed (yuan)' },
  paidFen: { 'zh-CN': '已履行金额（元）', en: 'Paid (yuan)' },
  legalAid: { 'zh-CN': '申请法律援助数', en: 'Legal aid asked' },
  urgent: { 'zh-CN': '特事急诊数', en: 'Urgent consultations' },
  transferredToArbitration: { 'zh-CN': '转仲裁数', en: 'Transferred to arbitration' },
};

/**
 * What each figure counts. All days are China's calendar (UTC+8); a period runs from `from` to
 * `to`, both days included. A figure counts at the station that handled the case when it happened.
 */
export const STATS_DEFINITIONS: { readonly [F in StatsFigure]: Label } = {
  filed: {
    'zh-CN': '期间内提交的申请数（按提交日计）。',
    en: 'Claims filed in the period (on the day the worker filed).',
  },
  accepted: {
    'zh-CN': '期间内受理的次数（按受理日计；移交后在新站点再次受理的，各计一次）。',
    en: 'Acceptances in the period (a case transferred after acceptance and accepted again counts at each station).',
  },
  rejected: { 'zh-CN': '期间内决定不予受理的案件数。', en: 'Cases rejected (not accepted) in the period.' },
  agreements: {
    'zh-CN': '期间内调解结束并达成协议的案件数（站点调解、网点和解或接受和解方案）。',
    en: 'Cases whose mediation ended in the period in an agreement (at the station, or settled at the outlet).',
  },
  failures: {
    'zh-CN': '期间内调解结束而未达成协议的案件数（含确认申请被驳回后调解不成的）。',
    en: 'Cases whose mediation ended in the period without agreement (including an agreement whose confirmation was refused).',
  },
  withdrawn: { 'zh-CN': '期间内劳动者撤回申请的案件数。', en: 'Cases the worker withdrew in the period.' },
  open: {
    'zh-CN': '截至期末仍在办理的案件数：期末前提交，且期末时尚未不予受理、撤回或结案。',
    en: 'Cases open at the end of the period: filed by then and not rejected, withdrawn or closed by then.',
  },
  successRate: {
    'zh-CN':
      '调解成功率 = 调解成功数 ÷（调解成功数 + 调解不成数），仅统计期间内调解结束的案件；无调解结束的案件时为空。',
    en: 'Agreements ÷ (agreements + failures), among cases whose mediation ended in the period; empty when none ended.',
  },
  medianDaysToAcceptance: {
    'zh-CN': '期间内受理的案件，自提交日至受理日的天数（自然日）的中位数。',
    en: 'Median of the calendar days from filing to acceptance, over the acceptances in the period.',
  },
  medianDaysToResolution: {
    'zh-CN': '期间内调解结束（成功或不成）的案件，自提交日至调解结束日的天数（自然日）的中位数。',
    en: 'Median of the calendar days from filing to the end of mediation (agreement or failure), over the cases whose mediation ended in the period.',
  },
  p90DaysToResolution: {
    'zh-CN': '同上天数的第90百分位（最近秩法：从小到大第⌈0.9×n⌉个）。',
    en: 'The 90th percentile of the same days (nearest rank: the ⌈0.9 × n⌉-th smallest).',
  },
  claimedFen: {
    'zh-CN': '期间内提交的申请所列请求金额合计（单位：分；页面和导出按元显示）。',
    en: 'Total amount claimed by the claims filed in the period (in fen; yuan on the page and in exports).',
  },
  agreedFen: {
    'zh-CN': '期间内达成的调解协议约定金额合计（协议修改金额的，按修改日计差额）。',
    en: 'Total amount of the agreements reached in the period (a changed agreement counts the difference on the day it changed).',
  },
  paidFen: {
    'zh-CN': '期间内确认已付的金额合计：劳动者确认收到款项，或调解员记录协议已履行（按协议金额）。',
    en: "Total paid in the period: the worker's confirmed receipts and the staff's recorded performance (the agreed amount).",
  },
  legalAid: {
    'zh-CN': '期间内申请法律援助的次数（提交时申请或之后申请；被拒后再次申请的再计一次）。',
    en: 'Requests for legal aid in the period (when filing or later; asking again after a refusal counts again).',
  },
  urgent: {
    'zh-CN': '期间内启动特事急诊的次数（解除后再次启动的再计一次）。',
    en: 'Urgent joint consultations started in the period (flagged again after being cleared counts again).',
  },
  transferredToArbitration: {
    'zh-CN': '期间内申请转仲裁的案件数。',
    en: 'Cases that asked for transfer to arbitration in the period.',
  },
};

/** What holds for every figure: shown with the definitions (the page, the exports, the report). */
export const STATS_NOTES = {
  calendar: {
    'zh-CN': '日期均按北京时间（UTC+8）自然日计算，统计期间含起止两日。',
    en: "Days are China's calendar (UTC+8); a period includes its first and last day.",
  },
  station: {
    'zh-CN': '各项按事项发生时办理案件的站点统计；案件移交或转仲裁后，其在办计入新的站点。',
    en: 'Each figure counts at the station handling the case when it happened; a transferred case is open at its new station.',
  },
  claimType: {
    'zh-CN': '按请求事项筛选或分组时，一案含多项请求的，在每项下各计一次，金额为全案金额。',
    en: 'Under a claim type (filter or grouping) a case counts once under each type it claims, with its whole amounts.',
  },
  scope: {
    'zh-CN': '站点管理员和调解员看到本站点及其企业网点的统计，主管部门和系统管理员看到全市。',
    en: 'Station admins and mediators see their station and its outlets; supervisors and system admins the whole city.',
  },
} as const satisfies Record<string, Label>;

/** The definitions as one English text, for the API's docs. */
export function statsDefinitionsText(): string {
  return [
    'Figures (China calendar, UTC+8; `from` and `to` both included; each figure counts at the station that handled the case when it happened; scoped like the queue: a station admin or mediator sees their station and its outlets, supervisors and system admins the city; under a claim type, filtered or grouped, a case counts once under each type it claims, with its whole amounts):',
    ...STATS_FIGURES.map((f) => `- ${f}: ${STATS_DEFINITIONS[f].en}`),
  ].join('\n');
}

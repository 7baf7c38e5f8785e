import ExcelJS from 'exceljs';
import {
  CASE_STATUS_LABELS,
  CLAIM_TYPE,
  INDUSTRY,
  STATS_DEFINITIONS,
  STATS_FIGURES,
  STATS_FIGURE_LABELS,
  STATS_NOTES,
  chinaDate,
  chinaDateTime,
  type ClaimType,
  type StatsFigure,
  type StatsFigures,
  type StatsReport,
} from '@gig/shared';
import type { CaseEntity } from '../../entities';
import { claimTypesOf } from './rollup';

const GROUP_SHEETS = { station: '按站点', industry: '按行业', claimType: '按请求事项', month: '按月份' } as const;
export type GroupedReports = Partial<Record<keyof typeof GROUP_SHEETS, StatsReport>>;

/** A figure as a cell: money in yuan, the rate as a fraction (formatted as %), days and counts as they are. */
export function cellOf(f: StatsFigure, v: StatsFigures[StatsFigure]): number | null {
  if (v === null) return null;
  return f.endsWith('Fen') ? v / 100 : v;
}
const formatOf = (f: StatsFigure) => (f.endsWith('Fen') ? '#,##0.00' : f === 'successRate' ? '0.0%' : undefined);

/** One listed case, and the worker's name and phone when the export reveals them. */
export interface ListedCase {
  c: CaseEntity;
  stationName: string;
  name?: string;
  phone?: string;
}

function header(ws: ExcelJS.Worksheet, cells: string[]): void {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
}

/**
 * The statistics workbook, headers in Chinese: 统计指标 (each figure with its definition), one
 * sheet per grouping, and 案件清单 (the cases filed in the period). Names and phones only when
 * `revealed` (the caller has audited it).
 */
export async function statsWorkbook(
  total: StatsReport,
  grouped: GroupedReports,
  cases: ListedCase[],
  opts: { scopeLabel: string; revealed: boolean; truncated: boolean },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gig-mediation';
  wb.created = new Date(total.generatedAt);
  const ws = wb.addWorksheet('统计指标');
  ws.columns = [{ width: 26 }, { width: 16 }, { width: 90 }];
  ws.addRow(['统计期间', `${total.from} 至 ${total.to}（北京时间）`]);
  ws.addRow(['统计范围', opts.scopeLabel]);
  ws.addRow(['生成时间', chinaDateTime(new Date(total.generatedAt))]);
  ws.addRow([]);
  header(ws, ['指标', '数值', '口径说明']);
  for (const f of STATS_FIGURES) {
    const row = ws.addRow([STATS_FIGURE_LABELS[f]['zh-CN'], cellOf(f, total[f]), STATS_DEFINITIONS[f]['zh-CN']]);
    const fmt = formatOf(f);
    if (fmt) row.getCell(2).numFmt = fmt;
  }
  ws.addRow([]);
  for (const note of Object.values(STATS_NOTES)) ws.addRow(['说明', null, note['zh-CN']]);
  for (const [by, r] of Object.entries(grouped) as [keyof typeof GROUP_SHEETS, StatsReport][]) {
    const gs = wb.addWorksheet(GROUP_SHEETS[by]);
    gs.columns = [{ width: 24 }, ...STATS_FIGURES.map(() => ({ width: 14 }))];
    header(gs, [GROUP_SHEETS[by].slice(1), ...STATS_FIGURES.map((f) => STATS_FIGURE_LABELS[f]['zh-CN'])]);
    for (const g of r.groups) {
      const row = gs.addRow([g.label, ...STATS_FIGURES.map((f) => cellOf(f, g[f]))]);
      STATS_FIGURES.forEach((f, i) => {
        const fmt = formatOf(f);
        if (fmt) row.getCell(i + 2).numFmt = fmt;
      });
    }
  }
  // The cases filed in the period that the reader's stations handle now (a case transferred away is
  // no longer theirs to list, though its filing still counts where it was filed).
  const ls = wb.addWorksheet('案件清单');
  const cols = [
    '案件编号',
    '提交日期',
    '最近办理日期',
    '处理站点',
    '行业',
    '请求事项',
    '当前状态',
    '请求金额（元）',
    '协议金额（元）',
    '法律援助',
    '特事急诊',
  ];
  if (opts.revealed) cols.push('申请人姓名', '联系电话');
  ls.columns = cols.map((h) => ({ width: h.length > 6 ? 18 : 14 }));
  header(ls, cols);
  for (const { c, stationName, name, phone } of cases) {
    const types = claimTypesOf(c).map((t) => CLAIM_TYPE.labels[t as ClaimType]?.['zh-CN'] ?? t);
    const row = ls.addRow([
      c.number,
      chinaDate(c.receivedAt),
      chinaDate(c.updatedAt),
      stationName,
      INDUSTRY.labels[c.industry]['zh-CN'],
      types.join('、'),
      CASE_STATUS_LABELS[c.status]['zh-CN'],
      c.totalFen / 100,
      c.agreement ? c.agreement.totalFen / 100 : null,
      c.legalAid ? '是' : '否',
      c.urgent ? '是' : '否',
      ...(opts.revealed ? [name ?? '', phone ?? ''] : []),
    ]);
    row.getCell(8).numFmt = '#,##0.00';
    row.getCell(9).numFmt = '#,##0.00';
  }
  if (opts.truncated) ls.addRow([`仅列出前 ${cases.length} 件；请缩小统计期间或筛选条件。`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

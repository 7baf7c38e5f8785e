import {
  STATS_DEFINITIONS,
  STATS_FIGURES,
  STATS_FIGURE_LABELS,
  STATS_NOTES,
  chinaDateTime,
  fenToYuan,
  type StatsFigure,
  type StatsFigures,
  type StatsReport,
} from '@gig/shared';
import { DocumentService } from '../documents';

/** A figure as the report prints it: yuan with fen, the rate in %, days to one decimal, '—' for none. */
export function printed(f: StatsFigure, v: StatsFigures[StatsFigure]): string {
  if (v === null) return '—';
  if (f.endsWith('Fen')) return fenToYuan(v);
  if (f === 'successRate') return `${(v * 100).toFixed(1)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** The columns of the per-station and per-industry tables. */
const TABLE_FIGURES: StatsFigure[] = [
  'filed',
  'accepted',
  'agreements',
  'failures',
  'successRate',
  'open',
  'agreedFen',
  'paidFen',
];

/**
 * 月度统计报告: the month's figures, per station and per industry, the definitions and when it was
 * made, on A4 in the Chinese font of the other documents (DocumentService.open).
 */
export async function monthlyReportPdf(
  documents: DocumentService,
  month: string,
  scopeLabel: string,
  total: StatsReport,
  byStation: StatsReport,
  byIndustry: StatsReport,
): Promise<Buffer> {
  const title = `劳动争议调解月度统计报告（${month.slice(0, 4)}年${month.slice(5, 7)}月）`;
  const doc = documents.open(title);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const ensure = (h: number) => {
    if (doc.y + h > bottom) doc.addPage();
  };
  doc.fontSize(18).text(title, { align: 'center' });
  doc.moveDown(0.5).fontSize(10).fillColor('#333');
  doc.text(`统计期间：${total.from} 至 ${total.to}（北京时间）  统计范围：${scopeLabel}`, { width });
  doc.text(`生成时间：${chinaDateTime(new Date(total.generatedAt))}`, { width });
  doc.fillColor('#000').moveDown(0.8);

  const row = (cells: string[], widths: number[], bold = false) => {
    ensure(18);
    const y = doc.y;
    let x = left;
    doc.fontSize(bold ? 9.5 : 9).fillColor(bold ? '#000' : '#222');
    cells.forEach((c, i) => {
      doc.text(c, x + 2, y, { width: widths[i]! - 4, align: i ? 'right' : 'left', lineBreak: false, ellipsis: true });
      x += widths[i]!;
    });
    doc
      .moveTo(left, y + 14)
      .lineTo(left + width, y + 14)
      .lineWidth(0.3)
      .strokeColor('#999')
      .stroke();
    doc.x = left;
    doc.y = y + 17;
  };
  const heading = (text: string) => {
    ensure(40);
    doc.moveDown(0.6).fontSize(13).fillColor('#000').text(text, left, doc.y, { width }).moveDown(0.3);
  };

  heading('一、主要指标');
  for (const f of STATS_FIGURES)
    row([STATS_FIGURE_LABELS[f]['zh-CN'], printed(f, total[f])], [width * 0.6, width * 0.4]);

  const table = (name: string, r: StatsReport) => {
    heading(name);
    const first = width * 0.24;
    const rest = (width - first) / TABLE_FIGURES.length;
    const widths = [first, ...TABLE_FIGURES.map(() => rest)];
    row(
      [
        r.groupBy === 'station' ? '站点' : '行业',
        ...TABLE_FIGURES.map((f) => STATS_FIGURE_LABELS[f]['zh-CN'].replace('（元）', '')),
      ],
      widths,
      true,
    );
    if (!r.groups.length) row(['本月无数据', ...TABLE_FIGURES.map(() => '')], widths);
    for (const g of r.groups) row([g.label, ...TABLE_FIGURES.map((f) => printed(f, g[f]))], widths);
  };
  table('二、分站点情况', byStation);
  table('三、分行业情况', byIndustry);
  doc.fontSize(8.5).fillColor('#555').text('金额单位：元。', left, doc.y, { width });

  heading('四、统计口径');
  doc.fontSize(9).fillColor('#222');
  for (const f of STATS_FIGURES) {
    ensure(28);
    doc
      .text(`${STATS_FIGURE_LABELS[f]['zh-CN']}：${STATS_DEFINITIONS[f]['zh-CN']}`, left, doc.y, { width })
      .moveDown(0.2);
  }
  doc.moveDown(0.4);
  for (const note of Object.values(STATS_NOTES)) doc.text(note['zh-CN'], left, doc.y, { width }).moveDown(0.2);
  return DocumentService.done(doc);
}

import ExcelJS from 'exceljs';
import { STATS_FIGURE_LABELS } from '@gig/shared';
import { CaseStatsDayEntity, CaseStatsDurationEntity } from '@gig/server/entities';
import { backfillStats } from '@gig/server/migrations/stats-backfill';
import { fillStatsMonths } from '@gig/server/migrations/stats-months';
import { DIALECT } from './helpers/app';
import { useStatsWorld } from './stats-world';
import { pdfText } from './stats-pdf';

const PERIOD = 'from=2026-08-01&to=2026-10-31';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The cells of a sheet as plain values, row by row. */
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

describe('statistics exports', () => {
  const s = useStatsWorld();
  const download = async (path: string, token: string) => {
    const res = await fetch(`${s().w.t.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };
  const workbook = async (buf: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    return wb;
  };

  it('the workbook opens and holds the same figures, each grouping and the cases, without personal data', async () => {
    const res = await download(`/api/admin/stats/export?${PERIOD}`, s().token.supervisor);
    expect([res.status, res.type]).toEqual([200, XLSX]);
    const wb = await workbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '统计指标',
      '按站点',
      '按行业',
      '按请求事项',
      '按月份',
      '案件清单',
    ]);
    const figures = Object.fromEntries(rowsOf(wb.getWorksheet('统计指标')!).map((r) => [r[0], r[1]]));
    const json = (await s().w.t.api('GET', `/api/admin/stats?${PERIOD}`, { token: s().token.supervisor })).body;
    expect(figures['统计期间']).toBe('2026-08-01 至 2026-10-31（北京时间）');
    expect(figures['统计范围']).toBe('全市');
    expect(figures[STATS_FIGURE_LABELS.filed['zh-CN']]).toBe(9);
    expect(figures[STATS_FIGURE_LABELS.successRate['zh-CN']]).toBe(0.6);
    expect(figures[STATS_FIGURE_LABELS.medianDaysToAcceptance['zh-CN']]).toBe(1.5);
    expect(figures[STATS_FIGURE_LABELS.p90DaysToResolution['zh-CN']]).toBe(25);
    expect(figures[STATS_FIGURE_LABELS.claimedFen['zh-CN']]).toBe(17400);
    expect(figures[STATS_FIGURE_LABELS.agreedFen['zh-CN']]).toBe(json.agreedFen / 100);
    expect(figures[STATS_FIGURE_LABELS.paidFen['zh-CN']]).toBe(4500);

    const stations = rowsOf(wb.getWorksheet('按站点')!);
    expect(stations[0]!.slice(0, 4)).toEqual(['站点', '收案数', '受理数', '不予受理数']);
    expect(stations.slice(1).map((r) => r.slice(0, 8))).toEqual([
      [s().stations.delivery.name, 6, 4, 1, 2, 1, 1, 2],
      [s().stations.courier.name, 3, 2, 0, 1, 1, 0, 3],
      [s().stations.arbitration.name, 0, 0, 0, 0, 0, 0, 1],
    ]);
    const months = rowsOf(wb.getWorksheet('按月份')!).slice(1);
    expect(months.map((r) => [r[0], r[1]])).toEqual([
      ['2026年08月', 4],
      ['2026年09月', 3],
      ['2026年10月', 2],
    ]);

    const list = rowsOf(wb.getWorksheet('案件清单')!);
    expect(list[0]).toEqual([
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
    ]);
    expect(list.slice(1).map((r) => r[1])).toEqual([
      '2026-08-03',
      '2026-08-05',
      '2026-08-10',
      '2026-08-20',
      '2026-09-01',
      '2026-09-05',
      '2026-09-10',
      '2026-10-02',
      '2026-10-10',
    ]);
    const d1 = list[1]!;
    expect(d1.slice(3)).toEqual([
      s().stations.delivery.name,
      '外卖配送',
      '加班费、拖欠工资（报酬）',
      '已结案',
      4000,
      3000,
      '否',
      '否',
    ]);
    const everything = JSON.stringify(wb.worksheets.map(rowsOf));
    expect(everything).not.toContain('王小明');
    expect(everything).not.toContain('13812345678');
  });

  it('names and phones only with a reason, and the reveal is audited', async () => {
    const none = await s().w.t.api('GET', `/api/admin/stats/export?${PERIOD}&reveal=true`, {
      token: s().token.supervisor,
    });
    expect([none.status, none.body.fields[0].path]).toEqual([400, '/query/reason']);
    const reason = encodeURIComponent('市局核对欠薪线索');
    const res = await download(`/api/admin/stats/export?${PERIOD}&reveal=1&reason=${reason}`, s().token.supervisor);
    expect(res.status).toBe(200);
    const list = rowsOf((await workbook(res.body)).getWorksheet('案件清单')!);
    expect(list[0]!.slice(-2)).toEqual(['申请人姓名', '联系电话']);
    expect(list[1]!.slice(-2)).toEqual(['王小明', '13812345678']);
    const audit = await s().w.t.api('GET', '/api/admin/audit?action=personal_data.revealed&targetType=stats_export', {
      token: s().token.supervisor,
    });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].detail).toMatchObject({ reason: '市局核对欠薪线索', cases: 9, from: '2026-08-01' });
  });

  it("a station admin's workbook holds their station's cases only", async () => {
    const res = await download(`/api/admin/stats/export?${PERIOD}`, s().token.deliveryAdmin);
    const wb = await workbook(res.body);
    const list = rowsOf(wb.getWorksheet('案件清单')!).slice(1);
    // Six filed there; D2 is now at the arbitration institution, out of the station's reach.
    expect(list).toHaveLength(5);
    expect(new Set(list.map((r) => r[3]))).toEqual(new Set([s().stations.delivery.name]));
    expect(rowsOf(wb.getWorksheet('统计指标')!)[1]).toEqual(['统计范围', s().stations.delivery.name]);
    expect((await download(`/api/admin/stats/export?${PERIOD}`, s().token.lawyer)).status).toBe(403);
  });

  it("the month's PDF report: the figures, per station and per industry, the definitions", async () => {
    const res = await download('/api/admin/stats/report?month=2026-10', s().token.supervisor);
    expect([res.status, res.type]).toEqual([200, 'application/pdf']);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const runs = pdfText(res.body);
    const text = runs.join('|');
    expect(runs[0]).toBe('劳动争议调解月度统计报告（2026年10月）');
    expect(text).toContain('统计期间：2026-10-01 至 2026-10-31（北京时间）');
    expect(text).toContain('|收案数|2|受理数|1|不予受理数|0|调解成功数|1|调解不成数|0|');
    expect(text).toContain('|调解成功率|100.0%|');
    expect(text).toContain('|请求金额（元）|2700.00|协议金额（元）|2000.00|已履行金额（元）|1500.00|');
    // Per station: filed, accepted, agreements, failures, rate, open, agreed, paid.
    expect(text).toContain(`|${s().stations.delivery.name}|1|1|1|0|100.0%|2|2000.00|1500.00|`);
    expect(text).toContain(`|${s().stations.courier.name}|1|0|0|0|—|3|0.00|0.00|`);
    expect(text).toContain('|外卖配送|1|1|1|0|100.0%|');
    expect(text).toContain('三、分行业情况');
    expect(text).toContain('四、统计口径');
    const bad = await s().w.t.api('GET', '/api/admin/stats/report?month=2026-13', { token: s().token.supervisor });
    expect([bad.status, bad.body.fields[0].path]).toEqual([400, '/query/month']);
  });

  it('the migration backfill, then the month fill, rebuild the same roll-ups from the cases and their events', async () => {
    const db = s().w.t.app.db;
    const read = async () => ({
      days: (await db.getRepository(CaseStatsDayEntity).find())
        .map((r) => ({
          ...r,
          claimedFen: Number(r.claimedFen),
          agreedFen: Number(r.agreedFen),
          paidFen: Number(r.paidFen),
        }))
        .sort((a, b) => `${a.claimType}${a.day}${a.stationId}`.localeCompare(`${b.claimType}${b.day}${b.stationId}`)),
      durations: (await db.getRepository(CaseStatsDurationEntity).find()).sort((a, b) =>
        `${a.claimType}${a.day}${a.stationId}${a.kind}${a.days}`.localeCompare(
          `${b.claimType}${b.day}${b.stationId}${b.kind}${b.days}`,
        ),
      ),
    });
    const live = await read();
    expect(live.days.length).toBeGreaterThan(20);
    await db.query('DELETE FROM case_stats_daily');
    await db.query('DELETE FROM case_stats_days');
    const runner = db.createQueryRunner();
    try {
      await backfillStats(runner, DIALECT === 'sqlite');
      await fillStatsMonths(runner, DIALECT === 'sqlite');
    } finally {
      await runner.release();
    }
    expect(await read()).toEqual(live);
  });
});

import type { DataSource } from 'typeorm';
import {
  CLAIM_TYPE,
  INDUSTRY,
  STATS_DEFINITIONS,
  addDays,
  daysBetween,
  mayReadStats,
  type ClaimType,
  type Industry,
  type Principal,
  type StatsGroup,
  type StatsGroupBy,
  type StatsExportQuery,
  type StatsQuery,
  type StatsReport,
  type StatsReportQuery,
} from '@gig/shared';
import { AppError, fieldError } from '../../errors';
import { inScope, stationScope } from '../stations';
import type { StationDirectory } from '../station-directory';
import { COUNTERS } from './rollup';
import { StatsReader, figuresOf, type StatsFilter } from './read';
import { monthsOf } from './periods';
import type { DataProtector } from '../../adapters/crypto';
import type { DocumentService } from '../documents';
import { audit } from '../audit';
import { MAX_EXPORT_CASES, casesFiledIn } from './cases';
import { statsWorkbook, type GroupedReports, type ListedCase } from './workbook';
import { monthlyReportPdf } from './report-pdf';

/** The longest period one report covers: ten years of days. */
export const MAX_PERIOD_DAYS = 3660;

/**
 * The city's statistics (STATS_DEFINITIONS) from the daily roll-ups, within the reader's stations:
 * the same scope as the queue's station filter (stationScope: a station's staff their station and
 * its outlets, the city-wide roles every station).
 */
export class StatsService {
  private readonly reader: StatsReader;

  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationDirectory,
    private readonly protector: DataProtector,
    private readonly documents: DocumentService,
  ) {
    this.reader = new StatsReader(ds);
  }

  /** The reader's stations for this query (null: the whole city), or why not. */
  async filterFor(p: Principal, q: Omit<StatsQuery, 'groupBy'>): Promise<StatsFilter> {
    if (!mayReadStats(p.role)) throw new AppError('FORBIDDEN');
    if (q.to < q.from) throw fieldError('/query/to', 'order', 'must not be before from');
    if (daysBetween(q.from, q.to) > MAX_PERIOD_DAYS)
      throw fieldError('/query/to', 'range', `at most ${MAX_PERIOD_DAYS} days after from`);
    const scope = await stationScope(this.ds, p);
    if (q.stationId && !inScope(scope, q.stationId))
      throw new AppError('OUT_OF_SCOPE', {
        fields: [{ path: '/query/stationId', rule: 'scope', message: 'not one of your stations' }],
      });
    const stations = q.stationId ? [q.stationId] : scope === 'all' ? null : [...scope].sort();
    return { from: q.from, to: q.to, stations, industry: q.industry ?? null, claimType: q.claimType ?? null };
  }

  async report(p: Principal, q: StatsQuery): Promise<StatsReport> {
    const f = await this.filterFor(p, q);
    return this.reportFor(f, q.groupBy ?? null, q.stationId ?? null);
  }

  /** The report of a filter already scoped to the reader. */
  async reportFor(f: StatsFilter, groupBy: StatsGroupBy | null, stationId: string | null = null): Promise<StatsReport> {
    const empty = figuresOf(Object.fromEntries(COUNTERS.map((k) => [k, 0])) as never, undefined);
    const { total, groups: byKey } = await this.reader.figures(f, groupBy);
    const groups: StatsGroup[] = [];
    if (groupBy) {
      if (groupBy === 'month') for (const m of monthsOf(f.from, f.to)) if (!byKey.has(m)) byKey.set(m, empty);
      for (const [key, figures] of byKey) {
        const active = Object.values(figures).some((v) => typeof v === 'number' && v > 0);
        if (groupBy === 'month' || active) groups.push({ key, label: await this.label(groupBy, key), ...figures });
      }
      groups.sort((a, b) =>
        groupBy === 'month' ? a.key.localeCompare(b.key) : b.filed - a.filed || a.label.localeCompare(b.label, 'zh-CN'),
      );
    }
    return {
      from: f.from,
      to: f.to,
      stationId,
      industry: (f.industry as Industry | null) ?? null,
      claimType: (f.claimType as ClaimType | null) ?? null,
      groupBy,
      scope: f.stations,
      generatedAt: new Date().toISOString(),
      ...total,
      groups,
      definitions: { ...STATS_DEFINITIONS },
    };
  }

  /**
   * The workbook of a query (the figures, every grouping, the cases filed in the period). The
   * workers' names and phones only with `reveal` and a reason, written to the audit log first.
   */
  async exportXlsx(p: Principal, requestId: string, q: StatsExportQuery): Promise<{ body: Buffer; filename: string }> {
    const { reveal: asked, reason, groupBy: _groupBy, ...rest } = q;
    const reveal = asked === true || asked === '1';
    const f = await this.filterFor(p, rest);
    if (reveal && !reason?.trim()) throw fieldError('/query/reason', 'required', 'a reason is required to reveal');
    const total = await this.reportFor(f, null, q.stationId ?? null);
    const grouped: GroupedReports = {};
    for (const by of ['station', 'industry', 'claimType', 'month'] as const)
      grouped[by] = await this.reportFor(f, by, q.stationId ?? null);
    const rows = await casesFiledIn(this.ds, f, MAX_EXPORT_CASES + 1);
    const truncated = rows.length > MAX_EXPORT_CASES;
    const listed: ListedCase[] = [];
    for (const c of rows.slice(0, MAX_EXPORT_CASES)) {
      const stationName = (await this.stations.byId(c.stationId))?.name ?? '未分配站点';
      const open = reveal && !c.purgedAt;
      listed.push({
        c,
        stationName,
        ...(reveal
          ? {
              name: open ? this.protector.decrypt(c.claimantNameEnc) : '（已删除）',
              phone: open ? this.protector.decrypt(c.phoneEnc) : '（已删除）',
            }
          : {}),
      });
    }
    if (reveal)
      await this.ds.transaction((em) =>
        audit(em, {
          actorType: 'staff',
          actorId: p.id,
          action: 'personal_data.revealed',
          targetType: 'stats_export',
          targetId: null,
          detail: {
            fields: ['name', 'phone'],
            reason: reason!.trim(),
            from: f.from,
            to: f.to,
            stations: f.stations,
            cases: listed.length,
          },
          requestId,
        }),
      );
    const body = await statsWorkbook(total, grouped, listed, {
      scopeLabel: await this.scopeLabel(f),
      revealed: !!reveal,
      truncated,
    });
    return { body, filename: `stats-${f.from}-${f.to}.xlsx` };
  }

  /** The month's printable report for the bureau. */
  async monthlyReport(p: Principal, q: StatsReportQuery): Promise<{ body: Buffer; filename: string }> {
    const f = await this.filterFor(p, { ...StatsService.monthPeriod(q.month), stationId: q.stationId });
    const sid = q.stationId ?? null;
    const [total, byStation, byIndustry] = [
      await this.reportFor(f, null, sid),
      await this.reportFor(f, 'station', sid),
      await this.reportFor(f, 'industry', sid),
    ];
    const body = await monthlyReportPdf(
      this.documents,
      q.month,
      await this.scopeLabel(f),
      total,
      byStation,
      byIndustry,
    );
    return { body, filename: `stats-report-${q.month}.pdf` };
  }

  /** 全市, or the names of the stations a filter covers. */
  async scopeLabel(f: StatsFilter): Promise<string> {
    if (!f.stations) return '全市';
    const names = [];
    for (const id of f.stations) names.push((await this.stations.byId(id))?.name ?? id);
    return names.join('、') || '（无站点）';
  }

  /** A group's Chinese name: the station's name, the industry's or claim type's label, or 2026年10月. */
  async label(groupBy: StatsGroupBy, key: string): Promise<string> {
    if (groupBy === 'station') return key ? ((await this.stations.byId(key))?.name ?? key) : '未分配站点';
    if (groupBy === 'industry') return INDUSTRY.labels[key as Industry]?.['zh-CN'] ?? key;
    if (groupBy === 'claimType') return CLAIM_TYPE.labels[key as ClaimType]?.['zh-CN'] ?? key;
    return `${key.slice(0, 4)}年${key.slice(5, 7)}月`;
  }

  /** The first and last day of a month (YYYY-MM). */
  static monthPeriod(month: string): { from: string; to: string } {
    const from = `${month}-01`;
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    return { from, to: addDays(next, -1) };
  }
}

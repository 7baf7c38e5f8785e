import type { ChartOption } from './Chart';
import type { NamedGroup } from './figures';
import { yuanNumber } from './figures';

/** The page's palette (the theme's blue first), so a figure has one colour on every chart. */
export const COLORS = {
  filed: '#1f4e9c',
  accepted: '#13a8a8',
  agreements: '#389e0d',
  failures: '#d46b08',
  withdrawn: '#8c8c8c',
  rejected: '#cf1322',
  open: '#2f7bd9',
  p90: '#722ed1',
  paid: '#389e0d',
} as const;

const grid = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };
/** A bar's value over it; none over a zero (the table says 0), so the months with cases stand out. */
const barLabel = {
  show: true,
  position: 'top',
  formatter: (p: { value: unknown }) => (p.value ? String(p.value) : ''),
} as const;
const legend = { top: 0 };

/** Cases filed and accepted per month, the count over each bar. */
export function volumeOption(rows: readonly NamedGroup[], names: { filed: string; accepted: string }): ChartOption {
  return {
    color: [COLORS.filed, COLORS.accepted],
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    // Every month named up to a year; beyond, ECharts thins the names out.
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: rows.length <= 12 ? 0 : 'auto' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: names.filed, type: 'bar', data: rows.map((r) => r.filed), label: barLabel },
      { name: names.accepted, type: 'bar', data: rows.map((r) => r.accepted), label: barLabel },
    ],
  };
}

/** How the period's cases went: a ring with each outcome's count. */
export function outcomeOption(items: readonly { name: string; value: number; color: string }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        // Each outcome keeps its colour when another one is zero (and so not drawn).
        data: items
          .filter((i) => i.value > 0)
          .map((i) => ({ name: i.name, value: i.value, itemStyle: { color: i.color } })),
      },
    ],
  };
}

/** The success rate per group as horizontal bars in per cent; a group with no ended mediation has no bar. */
export function rateOption(rows: readonly NamedGroup[], name: string): ChartOption {
  const shown = [...rows].reverse(); // the first row at the top
  return {
    color: [COLORS.agreements],
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    grid: { ...grid, top: 8 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((r) => r.name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        name,
        type: 'bar',
        barMaxWidth: 24,
        data: shown.map((r) => (r.successRate === null ? null : Math.round(r.successRate * 1000) / 10)),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/** Days to resolution per group: the median and the 90th percentile side by side. */
export function timeOption(rows: readonly NamedGroup[], names: { median: string; p90: string }): ChartOption {
  return {
    color: [COLORS.filed, COLORS.p90],
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, width: 90, overflow: 'truncate' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: names.median,
        type: 'bar',
        data: rows.map((r) => r.medianDaysToResolution),
        label: { show: true, position: 'top' },
      },
      {
        name: names.p90,
        type: 'bar',
        data: rows.map((r) => r.p90DaysToResolution),
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** Money claimed, agreed and paid per group, in yuan. */
export function moneyOption(
  rows: readonly NamedGroup[],
  names: { claimed: string; agreed: string; paid: string },
): ChartOption {
  const fmt = (v: unknown) => Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    color: [COLORS.filed, COLORS.failures, COLORS.paid],
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend,
    grid,
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, width: 90, overflow: 'truncate' },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') } },
    series: [
      { name: names.claimed, type: 'bar', data: rows.map((r) => yuanNumber(r.claimedFen)) },
      { name: names.agreed, type: 'bar', data: rows.map((r) => yuanNumber(r.agreedFen)) },
      { name: names.paid, type: 'bar', data: rows.map((r) => yuanNumber(r.paidFen)) },
    ],
  };
}

/** A node of the station tree chart: its name with its load, sized by it. */
export interface TreeDatum {
  name: string;
  value: number;
  children: TreeDatum[];
}

/**
 * The station network left to right as an organisation chart: each name (with its load first) to
 * the right of its node over the line to its stations, which forks just before them; a name too
 * long for the room to the next level is cut (the table below and the tooltip have it in full).
 * Each node is sized by the cases filed there.
 */
export function treeOption(root: TreeDatum): ChartOption {
  return {
    tooltip: { trigger: 'item', triggerOn: 'mousemove' },
    series: [
      {
        type: 'tree',
        data: [root],
        orient: 'LR',
        left: 16,
        right: 240,
        top: 16,
        bottom: 16,
        initialTreeDepth: -1,
        expandAndCollapse: false,
        roam: false,
        edgeShape: 'polyline',
        edgeForkPosition: '88%',
        symbolSize: (v: number) => 8 + Math.min(16, Math.sqrt(v) * 4),
        itemStyle: { color: COLORS.filed, borderColor: COLORS.filed },
        lineStyle: { color: '#bfbfbf', width: 1 },
        label: {
          position: 'right',
          verticalAlign: 'middle',
          align: 'left',
          fontSize: 12,
          backgroundColor: '#fff',
          padding: [2, 4],
          width: 200,
          overflow: 'truncate',
        },
        leaves: { label: { width: 230 } },
      },
    ],
  };
}

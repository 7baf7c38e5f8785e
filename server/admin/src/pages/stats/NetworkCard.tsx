import { Typography } from 'antd';
import { STATS_FIGURE_LABELS, type StatsFigures, type StatsGroup } from '@gig/shared';
import { useI18n } from '../../i18n';
import { stationName } from '../stations/StationTree';
import { ChartCard } from './ChartCard';
import { percent } from './figures';
import type { StationNode } from './network';
import { treeOption, type TreeDatum } from './options';

/** A station of the tree with its figures (zero where it had nothing in the period). */
interface LoadRow {
  key: string;
  name: string;
  filed: number;
  open: number;
  successRate: number | null;
  children?: LoadRow[];
}

/**
 * The station network as a tree, each station with its load in the period (cases filed / open at
 * the end), from the by-station figures; the table beside it is the same tree.
 */
export function NetworkCard({
  forest,
  byStation,
  total,
}: {
  forest: StationNode[];
  byStation: readonly StatsGroup[];
  /** The whole scope's figures: the root of a city-wide tree. */
  total: StatsFigures;
}) {
  const { t, l, locale } = useI18n();
  const load = new Map(byStation.map((g) => [g.key, g]));
  const toRow = (n: StationNode): LoadRow => {
    const g = load.get(n.station.id);
    const children = n.children.map(toRow);
    return {
      key: n.station.id,
      name: stationName(n.station, locale),
      filed: g?.filed ?? 0,
      open: g?.open ?? 0,
      successRate: g?.successRate ?? null,
      ...(children.length ? { children } : {}),
    };
  };
  const rows = forest.map(toRow);
  const toDatum = (r: LoadRow): TreeDatum => ({
    name: `${r.filed} / ${r.open}  ${r.name}`,
    value: r.filed,
    children: (r.children ?? []).map(toDatum),
  });
  // The load first: a long name is cut at its end, never the numbers.
  // One tree: the user's own station, or the whole city above the city's roots.
  const root: TreeDatum =
    rows.length === 1
      ? toDatum(rows[0]!)
      : {
          name: `${total.filed} / ${total.open}  ${t('stAllStations')}`,
          value: total.filed,
          children: rows.map(toDatum),
        };
  const leaves = (d: TreeDatum): number => (d.children.length ? d.children.reduce((n, c) => n + leaves(c), 0) : 1);
  return (
    <ChartCard
      title={t('stNetwork')}
      testId="network"
      rows={rows}
      rowKey="key"
      wideChart
      expandAll
      empty={t('stGroupEmpty')}
      height={Math.max(260, leaves(root) * 30)}
      option={treeOption(root)}
      extra={<Typography.Text type="secondary">{t('stNetworkHint')}</Typography.Text>}
      columns={[
        { title: t('station'), dataIndex: 'name', key: 'name', width: '55%' },
        { title: l(STATS_FIGURE_LABELS.filed), dataIndex: 'filed', key: 'filed', align: 'right' },
        { title: l(STATS_FIGURE_LABELS.open), dataIndex: 'open', key: 'open', align: 'right' },
        {
          title: l(STATS_FIGURE_LABELS.successRate),
          key: 'rate',
          align: 'right',
          render: (_v, r) => percent(r.successRate),
        },
      ]}
    />
  );
}

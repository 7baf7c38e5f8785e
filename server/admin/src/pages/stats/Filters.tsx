import { DatePicker, Form, Segmented, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CLAIM_TYPE,
  INDUSTRY,
  addDays,
  chinaDate,
  type ClaimType,
  type Industry,
  type LabelTable,
  type StatsGroupBy,
} from '@gig/shared';
import { useI18n, type WordKey } from '../../i18n';
import { stationName } from '../stations/StationTree';
import type { StationNode } from './network';

/** The statistics' filters as the API takes them; dates are days of China's calendar. */
export interface StatsFilter {
  from: string;
  to: string;
  stationId?: string;
  industry?: Industry;
  claimType?: ClaimType;
  groupBy: StatsGroupBy;
}

/** The first day of the month `back` months before this day's (YYYY-MM-DD in, YYYY-MM-01 out). */
export function monthStart(day: string, back = 0): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) - back;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`;
}

/** The default: this month and the five before it, to today (China's today, whatever the browser's zone). */
export function defaultFilter(): StatsFilter {
  const today = chinaDate(new Date());
  return { from: monthStart(today, 5), to: today, groupBy: 'month' };
}

/** A filter over one of the shared enums (industry, claim type), in the user's language; cleared is "all". */
function EnumSelect<V extends string>(props: {
  id: string;
  width: number;
  popupWidth?: number;
  kinds: { values: readonly V[]; labels: LabelTable<V> };
  /** What the select shows when cleared: the filter's "all" (e.g. 全部行业). */
  allLabel: string;
  value: V | undefined;
  onChange: (v: V | undefined) => void;
}) {
  const { l } = useI18n();
  return (
    <Select
      id={props.id}
      style={{ width: props.width }}
      allowClear
      placeholder={props.allLabel}
      value={props.value}
      options={props.kinds.values.map((v) => ({ value: v, label: l(props.kinds.labels[v]) }))}
      onChange={(v: V | undefined) => props.onChange(v ?? undefined)}
      popupMatchSelectWidth={props.popupWidth ?? true}
    />
  );
}

const GROUPS: { value: StatsGroupBy; word: WordKey }[] = [
  { value: 'month', word: 'stByMonth' },
  { value: 'station', word: 'stByStation' },
  { value: 'industry', word: 'stByIndustry' },
  { value: 'claimType', word: 'stByClaimType' },
];

/** The ranges a supervisor asks for most, on China's calendar. */
function presets(t: (k: WordKey) => string) {
  const today = chinaDate(new Date());
  const range = (from: string, to: string): [Dayjs, Dayjs] => [dayjs(from), dayjs(to)];
  return [
    { label: t('stThisMonth'), value: range(monthStart(today), today) },
    { label: t('stLastMonth'), value: range(monthStart(today, 1), addDays(monthStart(today), -1)) },
    { label: t('stLastSixMonths'), value: range(monthStart(today, 5), today) },
    { label: t('stThisYear'), value: range(`${today.slice(0, 4)}-01-01`, today) },
  ];
}

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

export function StatsFilters({
  filter,
  forest,
  mine,
  onChange,
}: {
  filter: StatsFilter;
  /** The stations in the user's reach. */
  forest: StationNode[];
  /** The user's reach is their own station (and its outlets), not the city. */
  mine: boolean;
  onChange: (f: StatsFilter) => void;
}) {
  const { t, locale } = useI18n();
  const toOption = (n: StationNode): TreeOption => ({
    value: n.station.id,
    title: stationName(n.station, locale),
    children: n.children.map(toOption),
  });
  const set = (patch: Partial<StatsFilter>) => onChange({ ...filter, ...patch });
  return (
    <Form layout="inline" style={{ rowGap: 12 }} data-testid="stats-filters">
      <Form.Item label={t('stRange')} htmlFor="stats-range">
        <DatePicker.RangePicker
          id="stats-range"
          allowClear={false}
          value={[dayjs(filter.from), dayjs(filter.to)]}
          presets={presets(t)}
          onChange={(v) => {
            if (v?.[0] && v[1]) set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
          }}
        />
      </Form.Item>
      <Form.Item label={t('station')} htmlFor="stats-station">
        <TreeSelect
          id="stats-station"
          style={{ width: 220 }}
          allowClear
          treeDefaultExpandAll
          placeholder={t(mine ? 'stAllMine' : 'stAllStations')}
          value={filter.stationId}
          treeData={forest.map(toOption)}
          onChange={(v: string | undefined) => set({ stationId: v ?? undefined })}
          popupMatchSelectWidth={320}
        />
      </Form.Item>
      <Form.Item label={t('industry')} htmlFor="stats-industry">
        <EnumSelect
          id="stats-industry"
          width={150}
          kinds={INDUSTRY}
          allLabel={t('stAllIndustries')}
          value={filter.industry}
          onChange={(industry) => set({ industry })}
        />
      </Form.Item>
      <Form.Item label={t('claimType')} htmlFor="stats-claim-type">
        <EnumSelect
          id="stats-claim-type"
          width={200}
          popupWidth={260}
          kinds={CLAIM_TYPE}
          allLabel={t('stAllClaimTypes')}
          value={filter.claimType}
          onChange={(claimType) => set({ claimType })}
        />
      </Form.Item>
      <Form.Item label={t('stGroupBy')}>
        <Segmented
          data-testid="stats-group-by"
          value={filter.groupBy}
          options={GROUPS.map((g) => ({ value: g.value, label: t(g.word) }))}
          onChange={(v) => set({ groupBy: v as StatsGroupBy })}
        />
      </Form.Item>
    </Form>
  );
}

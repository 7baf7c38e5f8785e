import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import type { Station, StatsGroupBy, StatsReport } from '@gig/shared';
import { api, ApiError, getSession } from '../api';
import { access } from '../access';
import { useI18n, type WordKey } from '../i18n';
import { Breakdown } from './stats/Breakdown';
import { MoneyCard, OutcomeCard, RateCard, TimeCard, VolumeCard } from './stats/Charts';
import { StatsDownloads } from './stats/Downloads';
import { anything, named } from './stats/figures';
import { StatsFilters, defaultFilter, type StatsFilter } from './stats/Filters';
import { flatten, stationForest } from './stats/network';
import { NetworkCard } from './stats/NetworkCard';
import { StatsSummary } from './stats/Summary';

/** The name of a grouping's column. */
const GROUP_TITLE: Record<StatsGroupBy, WordKey> = {
  month: 'stMonthCol',
  station: 'station',
  industry: 'industry',
  claimType: 'claimType',
};

/** The groupings the charts need whatever the user groups by: months, stations, industries. */
const FIXED: readonly StatsGroupBy[] = ['month', 'station', 'industry'];

type Reports = Partial<Record<StatsGroupBy, StatsReport>>;

/** Why the figures did not come, in words: a refused period said plainly, else the shared error words. */
function errorWords(e: ApiError, t: (k: WordKey) => string): string {
  const to = e.fields.find((f) => f.path === '/query/to');
  if (to?.rule === 'range') return t('stRangeTooLong');
  if (to?.rule === 'order') return t('stRangeOrder');
  return e.message;
}

/**
 * The city's (or the station's) figures for a period: the headline figures, how the success rate
 * is counted, and charts each with its table — volume by month, the outcome mix, the success rate
 * by station and by industry, days to resolution and money by the chosen grouping, the station
 * network with each station's load — then every figure by the chosen grouping; the Excel export
 * and the monthly PDF report. Scoped by the API as the queue is. Loaded on its own (React.lazy):
 * the rest of the staff page does not carry ECharts.
 */
export function StatisticsPage() {
  const { t, locale } = useI18n();
  const user = getSession()?.user ?? null;
  const can = access(user);
  const [filter, setFilter] = useState<StatsFilter>(defaultFilter);
  const [stations, setStations] = useState<Station[]>([]);
  const [reports, setReports] = useState<Reports | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    api.call('admin.stations', {}).then(
      (r) => setStations(r.items),
      () => setStations([]),
    );
  }, []);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const { groupBy, ...query } = filter;
    const by = [...new Set([...FIXED, groupBy])];
    Promise.all(by.map((g) => api.call('admin.stats', { query: { ...query, groupBy: g } })))
      .then(
        (all) => {
          if (!live) return;
          setReports(Object.fromEntries(by.map((g, i) => [g, all[i]])) as Reports);
          setError(null);
        },
        (e: ApiError) => live && setError(e),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filter, attempt]);

  // The filter offers the stations in the user's reach; the tree shows the ones the figures cover.
  const reach = useMemo(
    () => stationForest(stations, can.citywide ? null : (user?.stationId ?? null)),
    [stations, can.citywide, user?.stationId],
  );
  const report = reports?.[filter.groupBy] ?? reports?.month ?? null;
  const covered = useMemo(() => {
    const scope = report?.scope ?? null;
    if (scope === null) return reach;
    const inScope = flatten(reach).filter((s) => scope.includes(s.id));
    return stationForest(inScope, null);
  }, [report?.scope, reach]);
  const groups = (by: StatsGroupBy) => named(by, reports?.[by]?.groups ?? [], stations, locale);

  return (
    <PageContainer
      title={t('stats')}
      extra={<StatsDownloads filter={filter} mayReveal={can.reveal} />}
      data-testid="stats-page"
    >
      <Card style={{ marginBottom: 16 }}>
        <StatsFilters filter={filter} forest={reach} mine={!can.citywide} onChange={setFilter} />
      </Card>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="stats-error"
          message={`${t('stError')}${errorWords(error, t)}`}
          action={
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('retry')}
            </Button>
          }
        />
      )}
      <Spin spinning={loading} tip={t('stLoading')}>
        <div data-testid="stats-body" data-state={loading ? 'loading' : error ? 'error' : 'ready'}>
          {error ? null : !report ? (
            <div style={{ minHeight: 240 }} />
          ) : !anything(report) ? (
            <Card>
              <Empty description={t('stEmpty')} data-testid="stats-empty" />
            </Card>
          ) : (
            <>
              <StatsSummary report={report} />
              <VolumeCard months={groups('month')} />
              <OutcomeCard figures={report} />
              <RateCard
                title={t('stSuccessByStation')}
                testId="rate-station"
                groups={groups('station')}
                groupTitle={t('station')}
              />
              <RateCard
                title={t('stSuccessByIndustry')}
                testId="rate-industry"
                groups={groups('industry')}
                groupTitle={t('industry')}
              />
              <TimeCard groups={groups(filter.groupBy)} groupTitle={t(GROUP_TITLE[filter.groupBy])} />
              <MoneyCard groups={groups(filter.groupBy)} groupTitle={t(GROUP_TITLE[filter.groupBy])} figures={report} />
              <NetworkCard forest={covered} byStation={reports?.station?.groups ?? []} total={report} />
              <Breakdown groups={groups(filter.groupBy)} groupTitle={t(GROUP_TITLE[filter.groupBy])} total={report} />
            </>
          )}
        </div>
      </Spin>
    </PageContainer>
  );
}

import type { TableColumnsType } from 'antd';
import { STATS_FIGURE_LABELS, type StatsFigure, type StatsFigures } from '@gig/shared';
import { yuan } from '../../format';
import { useI18n } from '../../i18n';
import { ChartCard } from './ChartCard';
import { days, percent, shown, type NamedGroup } from './figures';
import { COLORS, moneyOption, outcomeOption, rateOption, timeOption, volumeOption } from './options';

/** A figure's short name from the shared table (the same header as the exports). */
function useFigureName() {
  const { l } = useI18n();
  return (f: StatsFigure) => l(STATS_FIGURE_LABELS[f]);
}

/** A table column of one figure, right-aligned, as the page writes it. */
function figureColumn(name: string, figure: StatsFigure): TableColumnsType<NamedGroup>[number] {
  return { title: name, key: figure, align: 'right', render: (_v, g) => shown(figure, g) };
}

/** The first column: the group's name, cut with an ellipsis (in full on hover) in a narrow table. */
const nameColumn = (title: string, width = '34%'): TableColumnsType<NamedGroup>[number] => ({
  title,
  dataIndex: 'name',
  key: 'name',
  width,
  ellipsis: { showTitle: true },
});

export function VolumeCard({ months }: { months: NamedGroup[] }) {
  const { t } = useI18n();
  const fig = useFigureName();
  return (
    <ChartCard
      title={t('stVolume')}
      testId="volume"
      rows={months}
      rowKey="key"
      empty={t('stGroupEmpty')}
      option={volumeOption(months, { filed: fig('filed'), accepted: fig('accepted') })}
      columns={[
        nameColumn(t('stMonthCol'), '24%'),
        figureColumn(fig('filed'), 'filed'),
        figureColumn(fig('accepted'), 'accepted'),
        figureColumn(fig('open'), 'open'),
      ]}
    />
  );
}

const OUTCOMES = ['agreements', 'failures', 'withdrawn', 'rejected'] as const;

/** How the period's cases ended (and how many were still open at its end). */
export function OutcomeCard({ figures }: { figures: StatsFigures }) {
  const { t } = useI18n();
  const fig = useFigureName();
  const items = [...OUTCOMES, 'open' as const].map((k) => ({
    key: k,
    name: fig(k),
    value: figures[k],
    color: COLORS[k],
  }));
  const total = items.reduce((n, i) => n + i.value, 0);
  return (
    <ChartCard
      title={t('stOutcome')}
      testId="outcome"
      rows={total ? items : []}
      rowKey="key"
      empty={t('stGroupEmpty')}
      option={outcomeOption(items)}
      columns={[
        { title: t('stOutcomeCol'), dataIndex: 'name', key: 'name', width: '44%' },
        { title: t('stCasesCol'), dataIndex: 'value', key: 'value', align: 'right' },
        {
          title: t('stShareCol'),
          key: 'share',
          align: 'right',
          render: (_v, i) => percent(total ? i.value / total : null),
        },
      ]}
    />
  );
}

/** The success rate of each station or industry. */
export function RateCard({
  title,
  testId,
  groups,
  groupTitle,
}: {
  title: string;
  testId: string;
  groups: NamedGroup[];
  groupTitle: string;
}) {
  const { t } = useI18n();
  const fig = useFigureName();
  // A group where no mediation ended has no rate: it is in the table, not a zero bar.
  return (
    <ChartCard
      title={title}
      testId={testId}
      rows={groups}
      rowKey="key"
      empty={t('stGroupEmpty')}
      height={Math.max(200, 48 + groups.length * 36)}
      option={rateOption(groups, fig('successRate'))}
      columns={[
        nameColumn(groupTitle, '36%'),
        figureColumn(fig('agreements'), 'agreements'),
        figureColumn(fig('failures'), 'failures'),
        figureColumn(fig('successRate'), 'successRate'),
      ]}
    />
  );
}

export function TimeCard({ groups, groupTitle }: { groups: NamedGroup[]; groupTitle: string }) {
  const { t } = useI18n();
  const fig = useFigureName();
  return (
    <ChartCard
      title={t('stTime')}
      testId="time"
      rows={groups}
      rowKey="key"
      empty={t('stGroupEmpty')}
      option={timeOption(groups, { median: fig('medianDaysToResolution'), p90: fig('p90DaysToResolution') })}
      columns={[
        nameColumn(groupTitle),
        {
          title: fig('medianDaysToAcceptance'),
          key: 'acc',
          align: 'right',
          render: (_v, g) => days(g.medianDaysToAcceptance),
        },
        figureColumn(fig('medianDaysToResolution'), 'medianDaysToResolution'),
        figureColumn(fig('p90DaysToResolution'), 'p90DaysToResolution'),
      ]}
    />
  );
}

export function MoneyCard({
  groups,
  groupTitle,
  figures,
}: {
  groups: NamedGroup[];
  groupTitle: string;
  figures: StatsFigures;
}) {
  const { t, locale } = useI18n();
  const fig = useFigureName();
  const money = ['claimedFen', 'agreedFen', 'paidFen'] as const;
  return (
    <ChartCard
      title={t('stMoney')}
      testId="money"
      rows={groups}
      rowKey="key"
      empty={t('stGroupEmpty')}
      option={moneyOption(groups, { claimed: fig('claimedFen'), agreed: fig('agreedFen'), paid: fig('paidFen') })}
      columns={[nameColumn(groupTitle), ...money.map((m) => figureColumn(fig(m), m))]}
      extra={
        <span data-testid="money-total">
          {t('stTotal')}
          {locale === 'en' ? ': ' : '：'}
          {money.map((m) => yuan(figures[m])).join(' / ')}
        </span>
      }
    />
  );
}

import { Alert, Card, Col, Collapse, Descriptions, Row, Statistic } from 'antd';
import { STATS_FIGURE_LABELS, type Label, type StatsFigure, type StatsReport } from '@gig/shared';
import { useI18n } from '../../i18n';
import { TABLE_FIGURES, shown } from './figures';

/** The tiles: the period's headline figures first. */
const TILES: readonly StatsFigure[] = [
  'filed',
  'accepted',
  'agreements',
  'failures',
  'successRate',
  'medianDaysToResolution',
  'p90DaysToResolution',
  'open',
  'claimedFen',
  'agreedFen',
  'paidFen',
  'rejected',
  'withdrawn',
  'legalAid',
  'urgent',
  'transferredToArbitration',
];

/** A figure's definition as the API sent it (the words the exports carry too). */
const definition = (report: StatsReport, f: StatsFigure): Label => report.definitions[f] as Label;

/** The period's figures as tiles, the success rate's definition in words, and every other definition. */
export function StatsSummary({ report }: { report: StatsReport }) {
  const { t, l } = useI18n();
  return (
    <>
      <Card style={{ marginBottom: 16 }} data-testid="stats-summary">
        <Row gutter={[16, 16]}>
          {TILES.map((f) => (
            <Col key={f} xs={12} md={6} xl={3} data-testid={`stat-${f}`}>
              <Statistic
                title={<div style={{ minHeight: 44 }}>{l(STATS_FIGURE_LABELS[f])}</div>}
                value={shown(f, report)}
                valueStyle={{ fontSize: 20 }}
              />
            </Col>
          ))}
        </Row>
      </Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="success-definition"
        message={t('stSuccessDefinition')}
        description={`${l(definition(report, 'successRate'))} ${t('stNoValue')}`}
      />
      <Collapse
        style={{ marginBottom: 16 }}
        data-testid="stats-definitions"
        items={[
          {
            key: 'definitions',
            label: t('stDefinitions'),
            children: (
              <Descriptions
                size="small"
                column={1}
                bordered
                labelStyle={{ width: 220 }}
                items={TABLE_FIGURES.map((f) => ({
                  key: f,
                  label: l(STATS_FIGURE_LABELS[f]),
                  children: l(definition(report, f)),
                }))}
              />
            ),
          },
        ]}
      />
    </>
  );
}

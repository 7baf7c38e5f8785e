import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Card, Col, List, Row, Statistic, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import type { HolidayYears, WarningList, WorkbenchCounts } from '@gig/shared';
import { api, ApiError } from '../api';
import { useI18n, type WordKey } from '../i18n';

/** Each count opens the queue with the same filter. */
const TILES: { key: keyof WorkbenchCounts; query: string; color?: string }[] = [
  { key: 'submitted', query: 'status=submitted' },
  { key: 'dueSoon', query: 'due=soon', color: '#d46b08' },
  { key: 'overdue', query: 'due=overdue', color: '#cf1322' },
  { key: 'urgent', query: 'urgent=true', color: '#cf1322' },
  { key: 'legalAid', query: 'legalAid=true' },
  { key: 'awaitingWorker', query: 'status=agreement' },
];

export function WorkbenchPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [counts, setCounts] = useState<WorkbenchCounts | null>(null);
  const [warnings, setWarnings] = useState<WarningList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [holidays, setHolidays] = useState<HolidayYears['years']>([]);
  useEffect(() => {
    api.call('admin.workbench', {}).then(setCounts, (e: ApiError) => setError(e.message));
    api.call('admin.warnings', {}).then(setWarnings, () => setWarnings(null));
    api.call('admin.holidays', {}).then(
      (r) => setHolidays(r.years),
      () => setHolidays([]),
    );
  }, []);
  // The years a deadline can reach (this one and the next) whose holiday notice the clock lacks.
  const thisYear = Math.min(...holidays.map((y) => y.year));
  const missing = holidays.filter((y) => y.year <= thisYear + 1 && !y.noticeConfigured);
  return (
    <PageContainer title={t('workbench')}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {missing.map((y) => (
        <Alert
          key={y.year}
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid={`holiday-notice-${y.year}`}
          message={t('holidayMissing').replace('{year}', String(y.year))}
        />
      ))}
      <Row gutter={[16, 16]}>
        {TILES.map((tile) => (
          <Col key={tile.key} xs={12} md={8} xl={4}>
            <Card
              hoverable
              onClick={() => nav(`/cases?${tile.query}`)}
              data-testid={`tile-${tile.key}`}
              loading={!counts && !error}
            >
              <Statistic
                title={t(tile.key as WordKey)}
                value={counts?.[tile.key] ?? 0}
                valueStyle={tile.color && counts?.[tile.key] ? { color: tile.color } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('warnings')} style={{ marginTop: 16 }} extra={<a onClick={() => nav('/warnings')}>{t('open')}</a>}>
        <Typography.Paragraph type="secondary">{t('warningsHint')}</Typography.Paragraph>
        <List
          dataSource={warnings?.items ?? []}
          locale={{ emptyText: t('none') }}
          renderItem={(w) => (
            <List.Item>
              <List.Item.Meta
                title={w.respondentName}
                description={`${w.count} ${t('count')} · ${w.workers} ${t('workers')} · ${w.stations.join(', ')}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </PageContainer>
  );
}

import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Empty, InputNumber, List, Space, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { CASE_STATUS_LABELS, type WarningList } from '@gig/shared';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';
import { statusColor, time, yuan } from '../format';

/** Respondents with a cluster of claims in a short time, within the user's reach. */
export function WarningsPage() {
  const { t, l } = useI18n();
  const [days, setDays] = useState<number | null>(null);
  const [minCases, setMin] = useState<number | null>(null);
  const [data, setData] = useState<WarningList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('admin.warnings', { query: { days: days ?? undefined, minCases: minCases ?? undefined } }).then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [days, minCases]);
  return (
    <PageContainer
      title={t('warnings')}
      content={<Typography.Text type="secondary">{t('warningsHint')}</Typography.Text>}
    >
      <Space style={{ marginBottom: 16 }}>
        {t('window')}
        <InputNumber min={1} max={366} value={days ?? data?.days} onChange={(v) => setDays(v)} addonAfter={t('days')} />
        ≥
        <InputNumber
          min={2}
          max={1000}
          value={minCases ?? data?.minCases}
          onChange={(v) => setMin(v)}
          addonAfter={t('count')}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {data && !data.items.length && <Empty description={t('none')} />}
      {data?.items.map((w) => (
        <Card
          key={w.respondentName + w.firstAt}
          style={{ marginBottom: 16 }}
          title={
            <Space>
              <span>{w.respondentName}</span>
              {w.creditCode && <Tag>{w.creditCode}</Tag>}
            </Space>
          }
          extra={
            <Tag color="red">
              {w.count} {t('count')}
            </Tag>
          }
        >
          <Typography.Paragraph>
            {w.workers} {t('workers')} · {t('total')} {yuan(w.totalFen)} · {time(w.firstAt)} ~ {time(w.lastAt)} ·{' '}
            {w.stations.join('、')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={w.cases}
            renderItem={(c) => (
              <List.Item>
                <Link to={`/cases/${c.id}`}>{c.number}</Link>
                <Tag color={statusColor(c.status)}>{l(CASE_STATUS_LABELS[c.status])}</Tag>
                <span>{c.station?.name}</span>
                <span>{yuan(c.totalFen)}</span>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </PageContainer>
  );
}

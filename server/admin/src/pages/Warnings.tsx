import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Empty, InputNumber, List, Space, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { CASE_STATUS_LABELS, type WarningList } from '@gig/shared';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';
import { statusColor, time, yuan } from '../format';

/**
 * Respondents with claims from several different workers in a short time, within the user's
 * reach (one respondent across spellings), each with its latest claims and whether the
 * supervisors were told; each opens its respondent page.
 */
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
      content={
        <Space direction="vertical" size={2}>
          <Typography.Text type="secondary">{t('warningsHint')}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('wrRepeat')}
          </Typography.Text>
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        {t('window')}
        <InputNumber
          min={1}
          max={366}
          value={days ?? data?.days}
          onChange={(v) => setDays(v)}
          addonAfter={t('days')}
          data-testid="warning-days"
        />
        {t('wrMinWorkers')}
        <InputNumber
          min={2}
          max={1000}
          value={minCases ?? data?.minCases}
          onChange={(v) => setMin(v)}
          data-testid="warning-min"
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {data && !data.items.length && <Empty description={t('none')} />}
      {data?.items.map((w) => (
        <Card
          key={w.respondentKey}
          style={{ marginBottom: 16 }}
          data-testid={`warning-${w.respondentKey}`}
          title={
            <Space wrap>
              <Link to={`/respondents/${encodeURIComponent(w.respondentKey)}`}>{w.respondentName}</Link>
              {w.creditCode && <Tag>{w.creditCode}</Tag>}
            </Space>
          }
          extra={
            <Space>
              {w.raisedAt ? (
                <Tag color="blue" title={w.notifiedAt ? time(w.notifiedAt) : undefined}>
                  {t('wrToldAt')} {time(w.raisedAt)}
                </Tag>
              ) : (
                <Tag>{t('wrNotTold')}</Tag>
              )}
              <Tag color="red">
                {w.workers} {t('wrWorkers')} · {w.count} {t('wrClaims')}
              </Tag>
            </Space>
          }
        >
          <Typography.Paragraph>
            {t('total')} {yuan(w.totalFen)} · {time(w.firstAt)} ~ {time(w.lastAt)} · {w.stations.join('、')} ·{' '}
            <Link to={`/respondents/${encodeURIComponent(w.respondentKey)}`}>{t('rpOpen')}</Link>
          </Typography.Paragraph>
          <List
            size="small"
            header={
              <Typography.Text type="secondary">
                {t('wrLatest')} ({w.cases.length}/{w.count})
              </Typography.Text>
            }
            dataSource={w.cases}
            renderItem={(c) => (
              <List.Item>
                <Space wrap>
                  <Link to={`/cases/${c.id}`}>{c.number}</Link>
                  <Tag color={statusColor(c.status)}>{l(CASE_STATUS_LABELS[c.status])}</Tag>
                  <span>{c.respondent.name}</span>
                </Space>
                <Space>
                  <span>{c.station?.name}</span>
                  <span>{yuan(c.totalFen)}</span>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      ))}
      {data?.more && <Alert type="info" showIcon message={t('wrMore')} />}
    </PageContainer>
  );
}

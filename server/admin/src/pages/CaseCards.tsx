import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { CASE_STATUS_LABELS, type CaseQueuePage as QueuePage } from '@gig/shared';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';
import { dueColor, statusColor, yuan } from '../format';

type Row = QueuePage['items'][number];

/**
 * The queue on a phone: one card a case (number, status, respondent, amount, next deadline),
 * nearest deadline first, searched by number or respondent, a page at a time with the API's
 * cursor. What an outlet's manager, often on a phone, works from.
 */
export function CaseCards() {
  const { t, l } = useI18n();
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const fetchPage = useCallback(async (query: string, after: string | null) => {
    setBusy(true);
    try {
      const page = await api.call('admin.cases.queue', {
        query: { q: query.trim() || undefined, sort: 'due', limit: 20, cursor: after ?? undefined },
      });
      setRows((r) => (after ? [...r, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    void fetchPage('', null);
  }, [fetchPage]);
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('search')}
        onSearch={(v) => {
          setQ(v);
          void fetchPage(v, null);
        }}
        style={{ marginBottom: 12 }}
        data-testid="queue-search"
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <List
        loading={busy && !rows.length}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCases')} /> }}
        renderItem={(r) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid={`case-card-${r.number}`}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={4} style={{ justifyContent: 'space-between', width: '100%' }}>
                <Link to={`/cases/${r.id}`} data-testid={`case-link-${r.number}`} style={{ fontWeight: 600 }}>
                  {r.number}
                </Link>
                <Tag color={statusColor(r.status)}>{l(CASE_STATUS_LABELS[r.status])}</Tag>
              </Space>
              <span>{r.respondent.name}</span>
              <Space wrap size={8}>
                <Typography.Text type="secondary">
                  {t('amount')} {yuan(r.totalFen)}
                </Typography.Text>
                {r.nextDue && (
                  <span style={{ color: dueColor(r.nextDue), fontWeight: dueColor(r.nextDue) ? 600 : undefined }}>
                    {t('nextDue')} {r.nextDue}
                  </span>
                )}
                {r.urgent && <Tag color="red">{t('urgent')}</Tag>}
                {r.legalAid && <Tag color="purple">{t('legalAid')}</Tag>}
              </Space>
            </Space>
          </Card>
        )}
      />
      {cursor && (
        <Button block loading={busy} onClick={() => void fetchPage(q, cursor)}>
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}

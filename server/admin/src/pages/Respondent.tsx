import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Col, Empty, Result, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { CASE_STATUS_LABELS, type RespondentView } from '@gig/shared';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';
import { statusColor, time, yuan } from '../format';

type CaseRow = RespondentView['cases']['items'][number];

/**
 * One respondent across spellings (linked from the early warnings, a warning notice and a case's
 * related cases): what the claims against it came to, its warnings, and every claim the user may
 * see, paged newest first.
 */
export function RespondentPage() {
  const { key = '' } = useParams();
  const { t, l } = useI18n();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [data, setData] = useState<RespondentView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setLoading(true);
    api
      .call('admin.respondents.get', { params: { key }, query: page })
      .then(
        (d) => {
          setData(d);
          setError(null);
        },
        (e: ApiError) => setError(e),
      )
      .finally(() => setLoading(false));
  }, [key, page]);

  if (error && !data)
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={error.status === 404 ? t('rpNotFound') : error.message}
        extra={<Link to="/warnings">{t('rpBack')}</Link>}
        data-testid="respondent-error"
      />
    );
  if (!data) return <Card loading />;
  const f = data.figures;
  const columns = [
    {
      title: t('rpNumber'),
      dataIndex: 'number',
      width: 140,
      render: (_: string, c: CaseRow) => <Link to={`/cases/${c.id}`}>{c.number}</Link>,
    },
    { title: t('rpReceived'), dataIndex: 'receivedAt', width: 160, render: (v: string) => time(v) },
    {
      title: t('rpNameAsFiled'),
      dataIndex: 'respondent',
      // In full, wrapped: the spellings (an outlet in brackets at the end) are what tells the claims apart.
      render: (_: unknown, c: CaseRow) => c.respondent.name,
    },
    {
      title: t('rpStation'),
      dataIndex: 'station',
      width: 190,
      render: (_: unknown, c: CaseRow) => c.station?.name ?? '—',
    },
    {
      title: t('rpStatus'),
      dataIndex: 'status',
      width: 150,
      render: (_: unknown, c: CaseRow) => (
        <Space size={4} wrap>
          <Tag color={statusColor(c.status)}>{l(CASE_STATUS_LABELS[c.status])}</Tag>
          {c.performed && c.status !== 'performed' && <Tag color="green">{t('rpPerformedTag')}</Tag>}
          {c.defaulted && c.status !== 'defaulted' && <Tag color="red">{t('rpDefaultTag')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('rpClaimed'),
      dataIndex: 'totalFen',
      width: 110,
      align: 'right' as const,
      render: (v: number) => yuan(v),
    },
    {
      title: t('rpAgreed'),
      dataIndex: 'agreedFen',
      width: 110,
      align: 'right' as const,
      render: (v: number | null) => (v === null ? '—' : yuan(v)),
    },
  ];
  const figure = (title: string, value: number | string, testId: string, suffix?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic
        title={title}
        value={value}
        suffix={suffix && <span style={{ fontSize: 13, color: '#888' }}>{suffix}</span>}
        data-testid={testId}
      />
    </Col>
  );
  const money = (title: string, fen: number, testId: string) => (
    <Col xs={24} md={8}>
      <Statistic title={title} value={yuan(fen)} data-testid={testId} />
    </Col>
  );
  return (
    <PageContainer
      title={`${t('rpTitle')}${data.name}`}
      content={
        <Space direction="vertical" size={4}>
          <Typography.Text type="secondary">
            {t('rpNamesLine')}
            {data.names.join('；')}
          </Typography.Text>
          {data.creditCodes.length > 0 && (
            <Typography.Text type="secondary">
              {t('rpCodesLine')}
              {data.creditCodes.join('、')}
            </Typography.Text>
          )}
        </Space>
      }
      extra={<Link to="/warnings">{t('rpBack')}</Link>}
    >
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }} data-testid="respondent-figures">
        <Row gutter={[16, 16]}>
          {figure(t('rpClaims'), f.claims, 'rp-claims')}
          {figure(t('rpWorkers'), f.workers, 'rp-workers')}
          {figure(t('rpOpenCases'), f.open, 'rp-open')}
          {figure(t('rpAgreements'), f.agreements, 'rp-agreements')}
          {figure(t('rpPerformed'), f.performed, 'rp-performed')}
          {figure(t('rpDefaults'), f.defaults, 'rp-defaults', `${t('rpStillUnpaid')} ${f.defaultedNow}`)}
        </Row>
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {money(t('rpClaimed'), f.claimedFen, 'rp-claimed')}
          {money(t('rpAgreed'), f.agreedFen, 'rp-agreed')}
          {money(t('rpPaid'), f.paidFen, 'rp-paid')}
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('rpMoneyHint')} {t('rpDefaultsHint')}
        </Typography.Paragraph>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={t('rpOutcomes')} size="small" style={{ marginBottom: 16 }}>
            <Space wrap>
              {f.byStatus.map((s) => (
                <Tag key={s.status} color={statusColor(s.status)}>
                  {l(CASE_STATUS_LABELS[s.status])} {s.count}
                </Tag>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('rpWarnings')} size="small" style={{ marginBottom: 16 }}>
            {data.warnings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
            ) : (
              data.warnings.map((w) => (
                <div key={w.windowStart} style={{ marginBottom: 4 }}>
                  <Tag color="red">
                    {w.workers} {t('wrWorkers')} · {w.claims} {t('wrClaims')}
                  </Tag>
                  {t('rpWindow')} {w.windowStart} ~ {w.windowEnd} · {t('rpRaised')} {time(w.raisedAt)} ·{' '}
                  {w.notifiedAt ? `${t('rpNotified')} ${time(w.notifiedAt)}` : t('rpNotYet')}
                </div>
              ))
            )}
          </Card>
        </Col>
      </Row>
      <Card title={t('rpCases')} data-testid="respondent-cases">
        <Table<CaseRow>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data.cases.items}
          scroll={{ x: 900 }}
          pagination={{
            current: data.cases.page,
            pageSize: data.cases.pageSize,
            total: data.cases.total,
            showSizeChanger: true,
            onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
          }}
        />
      </Card>
    </PageContainer>
  );
}

import { useEffect, useState, type HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Dropdown, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownOutlined, FileMarkdownOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  CLAIM_TYPE,
  KNOWLEDGE_KIND,
  KNOWLEDGE_STATUS,
  type ClaimType,
  type KnowledgeEditorView,
  type KnowledgeKind,
  type KnowledgeStatus,
} from '@gig/shared';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { time } from '../../format';
import { labelOptions } from '../case/ListFields';
import { FromCaseDialog } from './FromCaseDialog';
import { ImportDialog } from './ImportDialog';
import { STATUS_COLOR } from './Versions';

/** The most entries the list asks for at once (the API's page limit). */
const LIMIT = 200;

interface Filter {
  kind?: KnowledgeKind;
  status?: KnowledgeStatus;
  claimType?: ClaimType;
  q?: string;
}

/**
 * The library as editors see it: every entry with its latest version (drafts and entries in review
 * too), filtered by kind, status, claim type and title; a new entry of each kind, the Markdown
 * import, and a typical case from a closed case. The claim-type filter applies to the entries
 * fetched (the API filters kind, status and title).
 */
export function KnowledgeListPage() {
  const { t, l } = useI18n();
  const nav = useNavigate();
  const [filter, setFilter] = useState<Filter>({});
  const [data, setData] = useState<{ items: KnowledgeEditorView[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<'import' | 'case' | null>(null);
  const [text, setText] = useState('');
  const { kind, status, claimType, q } = filter;

  useEffect(() => {
    let live = true;
    api.call('admin.knowledge.list', { query: { kind, status, q: q || undefined, limit: LIMIT } }).then(
      (r) => {
        if (!live) return;
        setData(r);
        setError(null);
      },
      (e: ApiError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [kind, status, q, reload]);

  const rows = (data?.items ?? []).filter((e) => !claimType || e.claimTypes.includes(claimType));
  const set = (p: Partial<Filter>) => setFilter((f) => ({ ...f, ...p }));

  return (
    <PageContainer
      title={t('knowledge')}
      extra={
        <Space>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => setDialog('case')} data-testid="kn-from-case">
            {t('knFromCase')}
          </Button>
          <Button icon={<FileMarkdownOutlined />} onClick={() => setDialog('import')} data-testid="kn-import">
            {t('knImport')}
          </Button>
          <Dropdown
            menu={{
              items: KNOWLEDGE_KIND.values.map((k) => ({
                key: k,
                label: <span data-testid={`kn-new-${k}`}>{l(KNOWLEDGE_KIND.labels[k])}</span>,
              })),
              onClick: ({ key }) => nav(`/knowledge/new?kind=${key}`),
            }}
          >
            <Button type="primary" icon={<PlusOutlined />} data-testid="kn-new">
              {t('knNew')} <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('knHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Card>
        <Space wrap style={{ marginBottom: 16 }} data-testid="kn-filters">
          <Select
            allowClear
            placeholder={t('kind')}
            style={{ width: 160 }}
            value={kind}
            onChange={(v) => set({ kind: v })}
            options={labelOptions(KNOWLEDGE_KIND.labels, l)}
            data-testid="kn-filter-kind"
          />
          <Select
            allowClear
            placeholder={t('status')}
            style={{ width: 140 }}
            value={status}
            onChange={(v) => set({ status: v })}
            options={labelOptions(KNOWLEDGE_STATUS.labels, l)}
            data-testid="kn-filter-status"
          />
          <Select
            allowClear
            placeholder={t('claimType')}
            style={{ width: 240 }}
            value={claimType}
            onChange={(v) => set({ claimType: v })}
            options={labelOptions(CLAIM_TYPE.labels, l)}
            data-testid="kn-filter-claim"
          />
          <Input.Search
            allowClear
            placeholder={t('knSearch')}
            style={{ width: 260 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => set({ q: v.trim() })}
            data-testid="kn-filter-q"
          />
        </Space>
        {data && data.total > data.items.length && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('knMore').replace('{total}', String(data.total)).replace('{n}', String(data.items.length))}
          />
        )}
        <Table<KnowledgeEditorView>
          rowKey="id"
          size="middle"
          loading={!data && !error}
          dataSource={rows}
          locale={{ emptyText: t('knNone') }}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          onRow={(e) => ({ 'data-testid': `kn-row-${e.id}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('knTitle'),
              render: (_v, e) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/knowledge/${e.id}`} data-testid="kn-row-title">
                    {e.title}
                  </Link>
                  {e.kind === 'article' && e.law && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.law} {t('knArticleN').replace('{n}', String(e.article))}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('kind'),
              width: 110,
              render: (_v, e) => <Tag color="blue">{l(KNOWLEDGE_KIND.labels[e.kind])}</Tag>,
            },
            {
              title: t('status'),
              width: 150,
              render: (_v, e) => (
                <Space size={4} wrap>
                  <Tag color={STATUS_COLOR[e.status]} data-testid="kn-row-status">
                    {l(KNOWLEDGE_STATUS.labels[e.status])}
                  </Tag>
                  {e.example && <Tag color="orange">{t('knExampleTag')}</Tag>}
                  {e.summary && <Tag color="purple">{t('knSummaryTag')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('knVersion'),
              width: 120,
              render: (_v, e) => (
                <Space direction="vertical" size={0}>
                  <span data-testid="kn-row-version">{t('knVersionN').replace('{n}', String(e.version))}</span>
                  {e.publishedVersion !== null && e.publishedVersion !== e.version && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('knLiveN').replace('{n}', String(e.publishedVersion))}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('knClaimTypes'),
              width: 240,
              render: (_v, e) => (
                <Space size={[4, 4]} wrap>
                  {e.claimTypes.map((c) => (
                    <Tag key={c}>{l(CLAIM_TYPE.labels[c])}</Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('knUpdated'), width: 170, render: (_v, e) => time(e.updatedAt) },
          ]}
        />
      </Card>
      <ImportDialog
        open={dialog === 'import'}
        onClose={() => setDialog(null)}
        onImported={() => {
          setDialog(null);
          setText('');
          setFilter({ status: 'draft' });
          setReload((n) => n + 1);
        }}
      />
      <FromCaseDialog open={dialog === 'case'} onClose={() => setDialog(null)} />
    </PageContainer>
  );
}

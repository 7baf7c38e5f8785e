import { useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Space, Tag } from 'antd';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CLAIM_TYPE,
  INDUSTRY,
  type CaseQueuePage as QueuePage,
  type CaseQueueQuery,
  type CaseStatus,
  type Label,
} from '@gig/shared';
import { api, getSession } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';
import { useNarrow } from '../narrow';
import { dueColor, statusColor, time, yuan } from '../format';
import { CaseCards } from './CaseCards';

type Row = QueuePage['items'][number];

const enumOf = (labels: Record<string, Label>, l: (x: Label) => string) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { text: l(v) }]));

/**
 * The staff queue: server-side filters, search, due-date sort and keyset pages (the API's cursor;
 * the table keeps one per page it has seen). A mediator sees their station; city-wide roles all,
 * with a station filter; an outlet's manager the cases dispatched to their outlet. On a phone, cards.
 */
export function CaseQueuePage() {
  const { t } = useI18n();
  const narrow = useNarrow();
  return <PageContainer title={t('cases')}>{narrow ? <CaseCards /> : <QueueTable />}</PageContainer>;
}

function QueueTable() {
  const { t, l, locale } = useI18n();
  const [params] = useSearchParams();
  const can = access(getSession()?.user ?? null);
  const cursors = useRef(new Map<number, string | undefined>([[1, undefined]]));
  const lastFilter = useRef('');
  const action = useRef<ActionType>();
  const initial = useMemo(() => {
    const v: Record<string, unknown> = {};
    const status = params.getAll('status');
    if (status.length) v.status = status;
    for (const k of ['due', 'industry', 'claimType', 'q', 'stationId']) if (params.get(k)) v[k] = params.get(k);
    for (const k of ['urgent', 'legalAid']) if (params.get(k)) v[k] = params.get(k);
    return v;
  }, [params]);
  const yesNo = { true: { text: t('yes') }, false: { text: t('no') } };

  const columns: ProColumns<Row>[] = [
    { title: t('search'), dataIndex: 'q', hideInTable: true },
    {
      title: t('number'),
      dataIndex: 'number',
      search: false,
      render: (_d, r) => (
        <Link to={`/cases/${r.id}`} data-testid={`case-link-${r.number}`}>
          {r.number}
        </Link>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: enumOf(CASE_STATUS_LABELS, l),
      fieldProps: { mode: 'multiple' },
      render: (_d, r) => <Tag color={statusColor(r.status)}>{l(CASE_STATUS_LABELS[r.status])}</Tag>,
    },
    {
      title: t('station'),
      dataIndex: 'stationId',
      hideInSearch: !can.citywide,
      valueType: 'select',
      request: async () =>
        (await api.call('admin.stations', {})).items.map((s) => ({
          value: s.id,
          label: locale === 'en' && s.nameEn ? s.nameEn : s.name,
        })),
      render: (_d, r) => r.station?.name ?? '—',
    },
    {
      title: t('respondent'),
      dataIndex: ['respondent', 'name'],
      search: false,
      render: (_d, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.respondent.name}</span>
          {r.respondent.partnerName && <span style={{ color: '#888', fontSize: 12 }}>{r.respondent.partnerName}</span>}
        </Space>
      ),
    },
    { title: t('amount'), dataIndex: 'totalFen', search: false, align: 'right', render: (_d, r) => yuan(r.totalFen) },
    {
      title: t('nextDue'),
      dataIndex: 'nextDue',
      search: false,
      sorter: true,
      render: (_d, r) => (
        <span style={{ color: dueColor(r.nextDue), fontWeight: dueColor(r.nextDue) ? 600 : undefined }}>
          {r.nextDue ?? '—'}
        </span>
      ),
    },
    {
      title: t('due'),
      dataIndex: 'due',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { soon: { text: t('dueSoon') }, overdue: { text: t('overdue') } },
    },
    { title: t('filedRange'), dataIndex: 'filed', hideInTable: true, valueType: 'dateRange' },
    {
      title: t('industry'),
      dataIndex: 'industry',
      hideInTable: true,
      valueType: 'select',
      valueEnum: enumOf(INDUSTRY.labels, l),
    },
    {
      title: t('claimType'),
      dataIndex: 'claimType',
      hideInTable: true,
      valueType: 'select',
      valueEnum: enumOf(CLAIM_TYPE.labels, l),
    },
    { title: t('urgent'), dataIndex: 'urgent', hideInTable: true, valueType: 'select', valueEnum: yesNo },
    { title: t('legalAid'), dataIndex: 'legalAid', hideInTable: true, valueType: 'select', valueEnum: yesNo },
    {
      title: '',
      dataIndex: 'flags',
      search: false,
      render: (_d, r) => (
        <Space size={4}>
          {r.urgent && <Tag color="red">{t('urgent')}</Tag>}
          {r.legalAid && <Tag color="purple">{t('legalAid')}</Tag>}
        </Space>
      ),
    },
    { title: t('filedAt'), dataIndex: 'submittedAt', search: false, render: (_d, r) => time(r.submittedAt) },
  ];

  return (
    <ProTable<Row>
      rowKey="id"
      actionRef={action}
      columns={columns}
      form={{ initialValues: initial }}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      options={{ reload: true, density: true, setting: false }}
      pagination={{ pageSize: 20, showSizeChanger: false, showQuickJumper: false, showTotal: undefined }}
      request={async (p, sort) => {
        const {
          current = 1,
          pageSize = 20,
          ...filters
        } = p as Record<string, unknown> & { current?: number; pageSize?: number };
        const key = JSON.stringify({ filters, sort });
        if (key !== lastFilter.current) {
          lastFilter.current = key;
          cursors.current = new Map([[1, undefined]]);
        }
        const bool = (v: unknown) => (v === undefined ? undefined : String(v) === 'true');
        const status = filters.status as CaseStatus[] | undefined;
        const page = await api.call('admin.cases.queue', {
          query: {
            status: status?.filter((s) => CASE_STATUSES.includes(s)),
            stationId: filters.stationId as string | undefined,
            industry: filters.industry as CaseQueueQuery['industry'],
            claimType: filters.claimType as CaseQueueQuery['claimType'],
            due: filters.due as CaseQueueQuery['due'],
            urgent: bool(filters.urgent),
            legalAid: bool(filters.legalAid),
            q: (filters.q as string | undefined)?.trim(),
            filedFrom: (filters.filed as [string, string] | undefined)?.[0],
            filedTo: (filters.filed as [string, string] | undefined)?.[1],
            sort: sort?.nextDue ? 'due' : 'newest',
            limit: pageSize,
            cursor: cursors.current.get(current),
          },
        });
        if (page.nextCursor) cursors.current.set(current + 1, page.nextCursor);
        // Keyset pages have no total: say there is one more page while the API gives a cursor.
        const total = page.nextCursor ? current * pageSize + 1 : (current - 1) * pageSize + page.items.length;
        return { data: page.items, success: true, total };
      }}
    />
  );
}

import { useRef } from 'react';
import { Tag, Typography } from 'antd';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import type { AuditPage as Page } from '@gig/shared';
import { api } from '../api';
import { useI18n } from '../i18n';
import { time } from '../format';
import { auditActionWords, detailWords, kindWords } from '../i18n-audit';

type Row = Page['items'][number];

/** Who did what to which case or account, and every reveal of personal data; newest first, paged by time. */
export function AuditPage() {
  const { t, l } = useI18n();
  const cursors = useRef(new Map<number, string | undefined>([[1, undefined]]));
  const lastFilter = useRef('');
  const columns: ProColumns<Row>[] = [
    { title: t('time'), dataIndex: 'at', search: false, render: (_d, r) => time(r.at), width: 170 },
    { title: t('when'), dataIndex: 'range', valueType: 'dateTimeRange', hideInTable: true },
    {
      title: t('action'),
      dataIndex: 'action',
      valueType: 'select',
      valueEnum: {
        'personal_data.*': { text: t('auditReveals') },
        'staff.*': { text: t('auditStaff') },
        'station.*': { text: t('auditStations') },
        'evidence.*': { text: t('auditEvidence') },
        'case.*': { text: t('auditCases') },
        'agreement.pdf_generated': { text: t('auditPdf') },
        'arbitration-application.pdf_generated': { text: t('auditArbitrationPdf') },
      },
      render: (_d, r) => (
        <Tag color={r.action.startsWith('personal_data') ? 'orange' : undefined} title={r.action}>
          {auditActionWords(r.action, l)}
        </Tag>
      ),
    },
    {
      title: t('actor'),
      dataIndex: 'actorName',
      search: false,
      render: (_d, r) => r.actorName ?? `${kindWords(r.actorType, l)}${r.actorId ? ` ${r.actorId.slice(0, 8)}` : ''}`,
    },
    {
      title: t('target'),
      dataIndex: 'targetId',
      render: (_d, r) => `${kindWords(r.targetType, l)} ${r.targetId ?? ''}`,
    },
    {
      title: t('detail'),
      dataIndex: 'detail',
      search: false,
      render: (_d, r) =>
        r.detail ? <Typography.Text style={{ fontSize: 13 }}>{detailWords(r.detail, l)}</Typography.Text> : '—',
    },
  ];
  return (
    <PageContainer title={t('audit')}>
      <ProTable<Row>
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        options={{ reload: true, setting: false, density: false }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        request={async (p) => {
          const {
            current = 1,
            pageSize = 50,
            range,
            action,
            targetId,
          } = p as {
            current?: number;
            pageSize?: number;
            range?: [string, string];
            action?: string;
            targetId?: string;
          };
          const key = JSON.stringify({ range, action, targetId });
          if (key !== lastFilter.current) {
            lastFilter.current = key;
            cursors.current = new Map([[1, undefined]]);
          }
          const page = await api.call('admin.audit', {
            query: {
              action,
              targetId: targetId && /^[0-9a-f-]{36}$/.test(targetId) ? targetId : undefined,
              from: range?.[0] ? dayjs(range[0]).toISOString() : undefined,
              to: range?.[1] ? dayjs(range[1]).toISOString() : undefined,
              before: cursors.current.get(current),
              limit: pageSize,
            },
          });
          if (page.nextBefore) cursors.current.set(current + 1, page.nextBefore);
          return {
            data: page.items,
            success: true,
            total: page.nextBefore ? current * pageSize + 1 : (current - 1) * pageSize + page.items.length,
          };
        }}
      />
    </PageContainer>
  );
}

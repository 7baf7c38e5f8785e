import { useState } from 'react';
import { Descriptions, List, Modal, Space, Tag, Typography } from 'antd';
import {
  CASE_OUTCOME,
  CLAIM_TYPE,
  INDUSTRY,
  KNOWLEDGE_STATUS,
  type KnowledgeStatus,
  type KnowledgeVersionView,
} from '@gig/shared';
import { useI18n } from '../../i18n';
import { time } from '../../format';

export const STATUS_COLOR: Record<KnowledgeStatus, string> = { draft: 'default', review: 'orange', published: 'green' };

/** A version's state: its status, and "superseded" once a later version was published. */
export function VersionTags({ v }: { v: Pick<KnowledgeVersionView, 'status' | 'superseded'> }) {
  const { t, l } = useI18n();
  return (
    <Space size={4}>
      <Tag color={v.superseded ? 'default' : STATUS_COLOR[v.status]}>{l(KNOWLEDGE_STATUS.labels[v.status])}</Tag>
      {v.superseded && <Tag>{t('knSuperseded')}</Tag>}
    </Space>
  );
}

/**
 * Every version of an entry, newest first: its number and state, the editor's note, when it was
 * written and published; "view" shows what that version said.
 */
export function Versions({ versions }: { versions: KnowledgeVersionView[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<KnowledgeVersionView | null>(null);
  return (
    <>
      <List
        size="small"
        data-testid="versions"
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            data-testid={`version-${v.version}`}
            actions={[
              <a key="view" onClick={() => setOpen(v)}>
                {t('knView')}
              </a>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={8} wrap>
                  <Typography.Text strong>{t('knVersionN').replace('{n}', String(v.version))}</Typography.Text>
                  <VersionTags v={v} />
                </Space>
              }
              description={
                <>
                  {v.note && <div data-testid="version-note">{v.note}</div>}
                  <div style={{ fontSize: 12 }}>
                    {t('knCreatedAt')} {time(v.createdAt)}
                  </div>
                  {v.publishedAt && (
                    <div style={{ fontSize: 12 }}>
                      {t('knPublishedAt')} {time(v.publishedAt)}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={!!open}
        width={760}
        footer={null}
        onCancel={() => setOpen(null)}
        title={open ? `${t('knVersionN').replace('{n}', String(open.version))} · ${open.content.title}` : ''}
      >
        {open && <VersionContent v={open} />}
      </Modal>
    </>
  );
}

function VersionContent({ v }: { v: KnowledgeVersionView }) {
  const { t, l } = useI18n();
  const c = v.content;
  const pre = { whiteSpace: 'pre-wrap' as const, margin: 0 };
  return (
    <Descriptions column={1} size="small" bordered data-testid="version-content">
      {c.law && (
        <Descriptions.Item label={t('knLaw')}>
          {c.law} {c.article ? t('knArticleN').replace('{n}', String(c.article)) : ''}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('knBody')}>
        <Typography.Paragraph style={pre}>{c.body}</Typography.Paragraph>
      </Descriptions.Item>
      {c.case && (
        <>
          <Descriptions.Item label={t('knFacts')}>
            <Typography.Paragraph style={pre}>{c.case.facts}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('knFocus')}>{c.case.disputeFocus || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('knOutcome')}>{l(CASE_OUTCOME.labels[c.case.outcome])}</Descriptions.Item>
          <Descriptions.Item label={t('knReasoning')}>
            <Typography.Paragraph style={pre}>{c.case.reasoning || '—'}</Typography.Paragraph>
          </Descriptions.Item>
        </>
      )}
      <Descriptions.Item label={t('knClaimTypes')}>
        {c.claimTypes.map((x) => l(CLAIM_TYPE.labels[x])).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('knIndustries')}>
        {c.industries.map((x) => l(INDUSTRY.labels[x])).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('knKeywords')}>{c.keywords.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('knSource')}>
        {c.source
          ? [c.source.title, c.source.issuer, c.source.documentNumber, c.source.versionDate].filter(Boolean).join(' · ')
          : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

import { Space, Tag } from 'antd';
import { KNOWLEDGE_KIND, KNOWLEDGE_STATUS, type KnowledgeEditorView } from '@gig/shared';
import { useI18n } from '../../i18n';
import { STATUS_COLOR } from './Versions';

/** An entry's kind, where its latest version stands, its version (and the one workers read), 示例 and 摘要. */
export function EntryTags({ e, kind = true }: { e: KnowledgeEditorView; kind?: boolean }) {
  const { t, l } = useI18n();
  const live = e.publishedVersion !== null && e.publishedVersion !== e.version;
  return (
    <Space size={4} wrap data-testid="kn-tags">
      {kind && <Tag color="blue">{l(KNOWLEDGE_KIND.labels[e.kind])}</Tag>}
      <Tag color={STATUS_COLOR[e.status]} data-testid="kn-status" data-status={e.status}>
        {l(KNOWLEDGE_STATUS.labels[e.status])}
      </Tag>
      <Tag data-testid="kn-version">{t('knVersionN').replace('{n}', String(e.version))}</Tag>
      {live && <Tag color="green">{t('knLiveN').replace('{n}', String(e.publishedVersion))}</Tag>}
      {e.example && <Tag color="orange">{t('knExampleTag')}</Tag>}
      {e.summary && <Tag color="purple">{t('knSummaryTag')}</Tag>}
    </Space>
  );
}

import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { EVIDENCE_CATEGORY, evidenceChecklist, type CaseView, type ChecklistItem } from '@gig/shared';
import { useI18n } from '../../i18n';
import { useEvidenceWords } from '../../i18n-evidence';

/**
 * The evidence checklist the worker sees, for staff: what proves the employment relationship for
 * this trade and way of working, and each claim, with the case's files that provide each item (by
 * their categories), which items the employer holds and must produce (LDMAL art 6; 劳社部发〔2005〕12号
 * art 2), and the rule behind each group. All from the shared checklist.
 */
export function EvidenceChecklist({ view }: { view: CaseView }) {
  const { l } = useI18n();
  const te = useEvidenceWords();
  const c = evidenceChecklist(
    { claimTypes: view.items.map((i) => i.type), industry: view.industry, workMode: view.workMode },
    view.evidence.map((e) => e.category),
  );
  return (
    <Card
      title={te('checklist')}
      extra={
        <Tag color={c.keyProvided === c.keyTotal ? 'green' : 'orange'} data-testid="checklist-count">
          {te('keyProvided')} {c.keyProvided}/{c.keyTotal}
        </Tag>
      }
      style={{ marginBottom: 16 }}
      data-testid="evidence-checklist"
    >
      <Alert type="info" showIcon message={l(c.notice)} style={{ marginBottom: 8 }} />
      {c.groups.map((g) => (
        <div key={g.key} data-testid={`checklist-group-${g.key}`} style={{ marginTop: 12 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {l(g.title)}
          </Typography.Title>
          {g.basis && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {te('basis')}
              {l(g.basis)}
            </Typography.Paragraph>
          )}
          <List size="small" dataSource={g.items} renderItem={(i) => <Row item={i} view={view} />} />
        </div>
      ))}
    </Card>
  );
}

function Row({ item, view }: { item: ChecklistItem; view: CaseView }) {
  const { l, locale } = useI18n();
  const te = useEvidenceWords();
  const files = view.evidence.filter((e) => item.categories.includes(e.category)).map((e) => e.name);
  return (
    <List.Item data-testid={`checklist-item-${item.id}`} data-provided={item.provided ? 'yes' : 'no'}>
      <List.Item.Meta
        avatar={
          item.provided ? (
            <CheckCircleFilled style={{ color: '#0f7b3f', fontSize: 18 }} />
          ) : (
            <ExclamationCircleOutlined style={{ color: item.weight === 'key' ? '#d46b08' : '#8c8c8c', fontSize: 18 }} />
          )
        }
        title={
          <Space wrap size={4}>
            <span>{l(item.label)}</span>
            <Tag color={item.weight === 'key' ? 'blue' : undefined}>{te(item.weight)}</Tag>
            {item.provided ? <Tag color="green">{te('provided')}</Tag> : <Tag color="orange">{te('missing')}</Tag>}
            {!item.provided && item.employerHolds && <Tag color="purple">{te('employerHolds')}</Tag>}
            {item.sensitive && <Tag color="red">{te('sensitive')}</Tag>}
            {files.length > 0 && (
              <Typography.Text type="secondary">{files.join(locale === 'en' ? ', ' : '、')}</Typography.Text>
            )}
          </Space>
        }
        description={
          <Typography.Text>
            {l(item.hint)}
            <Typography.Text type="secondary">
              {' · '}
              {te('counts')}
              {item.categories.map((cat) => l(EVIDENCE_CATEGORY.labels[cat])).join(' / ')}
            </Typography.Text>
          </Typography.Text>
        }
      />
    </List.Item>
  );
}

import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { CONSULTATION_ROLE, type CaseView, type ConsultationRole } from '@gig/shared';
import { useI18n } from '../../i18n';
import { TWO_COLUMNS, chinaTime, time } from '../../format';

const LABEL = { whiteSpace: 'nowrap' } as const;

/**
 * The urgent joint consultation (特事急诊) while the case is flagged: why, when and where it
 * meets (China's time), who sits on it (those with an account reach the case and were told), and
 * the written one-case plan.
 */
export function ConsultationCard({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const c = view.consultation;
  if (!c) return null;
  const role = (r: string) => (r in CONSULTATION_ROLE.labels ? l(CONSULTATION_ROLE.labels[r as ConsultationRole]) : r);
  return (
    <Card
      title={
        <Space size={4}>
          <Tag color="red">{t('urgent')}</Tag>
          <span>{t('consultation')}</span>
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="consultation"
    >
      <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL}>
        <Descriptions.Item label={t('meetingAt')}>
          <strong data-testid="consultation-meeting">{c.meetingAt ? chinaTime(c.meetingAt) : '—'}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('place')}>{c.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('flaggedAt')}>{time(c.flaggedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('reason')}>{c.reason}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('participants')}
      </Typography.Title>
      <List
        size="small"
        dataSource={c.participants}
        renderItem={(p) => (
          <List.Item>
            <Space wrap size={4}>
              <Tag>{role(p.role)}</Tag>
              <span>{p.name}</span>
              {p.staffId && <Tag color="blue">{t('hasAccount')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('plan')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.plan}</Typography.Paragraph>
    </Card>
  );
}

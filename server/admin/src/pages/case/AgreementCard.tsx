import { Card, Descriptions } from 'antd';
import { PAYMENT_METHOD, type CaseView } from '@gig/shared';
import { useI18n } from '../../i18n';
import { time, yuan } from '../../format';

/** The recorded agreement: its total, dates, how it is paid, and the worker's signature if given. */
export function AgreementCard({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const agreement = view.agreement;
  if (!agreement) return null;
  return (
    <Card title={t('agreement')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('total')}>{yuan(agreement.totalFen)}</Descriptions.Item>
        <Descriptions.Item label={t('effectiveOn')}>{agreement.effectiveOn}</Descriptions.Item>
        <Descriptions.Item label={t('dueDate')}>{agreement.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('paymentMethod')}>
          {l(PAYMENT_METHOD.labels[agreement.paymentMethod])}
        </Descriptions.Item>
        <Descriptions.Item label={t('signature')} span={2}>
          {view.workerSignature
            ? `${time(view.workerSignature.at)} · SHA-256 ${view.workerSignature.sha256.slice(0, 16)}…`
            : t('no')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

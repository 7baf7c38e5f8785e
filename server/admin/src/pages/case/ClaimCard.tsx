import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { CLAIM_TYPE, INDUSTRY, type CaseView } from '@gig/shared';
import { useI18n } from '../../i18n';
import { TWO_COLUMNS, time, yuan } from '../../format';

type Revealable = 'idNumber' | 'phone';

/** What the worker claims: the claimant (masked, with a reveal for those allowed), the respondent, the items, the story. */
export function ClaimCard({ view, onReveal }: { view: CaseView; onReveal?: (field: Revealable) => void }) {
  const { t, l } = useI18n();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions title={t('claimant')} column={TWO_COLUMNS} size="small" bordered>
        <Descriptions.Item label={t('name')}>{view.claimant.name}</Descriptions.Item>
        <Descriptions.Item label={t('idNumber')}>
          <Space>
            {view.claimant.idNumberMasked}
            {onReveal && <RevealButton field="idNumber" onReveal={onReveal} />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('phone')}>
          <Space>
            {view.claimant.phoneMasked}
            {onReveal && <RevealButton field="phone" onReveal={onReveal} />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('industry')}>{l(INDUSTRY.labels[view.industry])}</Descriptions.Item>
        <Descriptions.Item label={t('station')}>
          {view.station ? `${view.station.name} · ${view.station.phone ?? ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('routing')}>{l(view.routing.reasonText)}</Descriptions.Item>
        <Descriptions.Item label={t('outletConsent')}>
          <span data-testid="outlet-consent">
            {view.outletConsent ? `${t('yes')} · ${time(view.outletConsent.at)}` : t('no')}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Descriptions title={t('respondent')} column={TWO_COLUMNS} size="small" bordered style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('respondent')}>{view.respondent.name}</Descriptions.Item>
        <Descriptions.Item label={t('creditCode')}>{view.respondent.creditCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('partner')}>{view.respondent.partnerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('outlet')}>
          {view.outlet?.name ?? view.respondent.outletName ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('items')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(_r, i) => String(i)}
        dataSource={view.items}
        columns={[
          { title: t('claimType'), render: (_v, r) => l(CLAIM_TYPE.labels[r.type]) },
          { title: t('amount'), align: 'right', render: (_v, r) => yuan(r.amountFen) },
          {
            title: t('period'),
            render: (_v, r) => (r.periodFrom ? `${r.periodFrom} ~ ${r.periodTo ?? ''}` : '—'),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('sumRow')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{yuan(view.totalFen)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('description')}
      </Typography.Title>
      <Typography.Paragraph>{view.description || '—'}</Typography.Paragraph>
    </Card>
  );
}

/** The link that shows one masked field in full, after a reason is given. */
function RevealButton({ field, onReveal }: { field: Revealable; onReveal: (field: Revealable) => void }) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      type="link"
      icon={<EyeOutlined />}
      onClick={() => onReveal(field)}
      data-testid={`reveal-${field}`}
    >
      {t('reveal')}
    </Button>
  );
}

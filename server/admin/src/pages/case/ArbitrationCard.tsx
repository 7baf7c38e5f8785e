import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { CLAIM_TYPE, JURISDICTION_BASIS, type AwardView, type CaseView } from '@gig/shared';
import { api, ApiError, saveBlob } from '../../api';
import { useI18n } from '../../i18n';
import { articleOf, chinaTime, yuan } from '../../format';

/** Labels on one line: the values wrap instead. */
const LABEL = { whiteSpace: 'nowrap' } as const;

/**
 * The case at the arbitration institution (LDMAL arts 21-50): who has it and why, the application,
 * acceptance or refusal, the extension, the hearing, an arbitral mediation, and the award item by
 * item with whether each is final (art 47); the application as a PDF to print.
 */
export function ArbitrationCard({ view }: { view: CaseView }) {
  const { t, l, locale } = useI18n();
  const { message } = App.useApp();
  const a = view.arbitration;
  if (!a) return null;
  const basis = JURISDICTION_BASIS[a.basis];
  const download = async () => {
    try {
      const blob = await api.file('admin.cases.arbitrationPdf', { params: { id: view.id } });
      saveBlob(blob, `arbitration-application-${view.number}.pdf`);
    } catch (err) {
      message.error((err as ApiError).message);
    }
  };
  return (
    <Card
      title={t('arbitration')}
      style={{ marginBottom: 16 }}
      data-testid="arbitration"
      extra={
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="arbitration-pdf">
          {t('downloadApplication')}
        </Button>
      }
    >
      <Descriptions size="small" column={2} bordered labelStyle={LABEL}>
        <Descriptions.Item label={t('institution')} span={2}>
          {view.station ? (
            <>
              <strong>{locale === 'en' && view.station.nameEn ? view.station.nameEn : view.station.name}</strong>
              <Typography.Text type="secondary">
                {' '}
                · {view.station.address} · {view.station.phone}
              </Typography.Text>
            </>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('jurisdiction')} span={2}>
          {l(basis.label)} ·{' '}
          {locale === 'en'
            ? `${l(basis.law)} ${articleOf(basis.article, locale)}`
            : `《${l(basis.law)}》${articleOf(basis.article, locale)}`}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(basis.rule)}
            </Typography.Text>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('applicationReceivedOn')}>{a.receivedOn}</Descriptions.Item>
        {a.refusedOn ? (
          <Descriptions.Item label={t('refusedOn')}>
            <Tag color="red">{a.refusedOn}</Tag>
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('acceptedOn')}>
            {a.acceptedOn ? `${a.acceptedOn} · ${t('arbitrationNumber')} ${a.arbitrationNumber ?? '—'}` : '—'}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('extension')}>{a.extended ? t('extended') : t('notExtended')}</Descriptions.Item>
        <Descriptions.Item label={t('hearing')}>
          {a.hearing ? (
            <span data-testid="arbitration-hearing">
              {chinaTime(a.hearing.startsAt)} · {a.hearing.address}
              {a.hearing.tribunal ? ` · ${a.hearing.tribunal}` : ''}
            </span>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {a.mediation && (
          <Descriptions.Item label={t('arbitralMediation')} span={2}>
            {a.mediation.documentNumber} · {a.mediation.decidedOn} · ¥{yuan(a.mediation.totalFen)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {a.award && <AwardPart award={a.award} />}
    </Card>
  );
}

/** The award: its document and dates, the final-award cap, and each item with whether it is final and why. */
function AwardPart({ award }: { award: AwardView }) {
  const { t, l } = useI18n();
  const why = (i: AwardView['items'][number]) =>
    t(i.standardsDispute ? 'basisStandards' : i.final ? 'basisWithinCap' : 'basisAboveCap');
  return (
    <div data-testid="award" style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('award')} · {award.documentNumber}{' '}
        <Tag color={award.finality === 'final' ? 'green' : award.finality === 'mixed' ? 'gold' : 'blue'}>
          {t(`finality_${award.finality}`)}
        </Tag>
      </Typography.Title>
      <Descriptions
        size="small"
        column={2}
        bordered
        style={{ marginBottom: 12 }}
        labelStyle={{ width: '30%' }}
        contentStyle={{ whiteSpace: 'nowrap' }}
      >
        <Descriptions.Item label={t('awardedOn')}>{award.awardedOn}</Descriptions.Item>
        <Descriptions.Item label={t('awardReceivedOn')}>{award.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('minimumWage')}>{yuan(award.minimumWageFen)}</Descriptions.Item>
        <Descriptions.Item label={t('finalCap')}>¥{yuan(award.finalCapFen)}</Descriptions.Item>
        <Descriptions.Item label={t('awardTotal')} span={2}>
          {yuan(award.totalFen)}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey={(_r, n) => String(n)}
        dataSource={award.items}
        columns={[
          { title: t('claimType'), render: (_v, i) => l(CLAIM_TYPE.labels[i.type]) },
          { title: t('awardedYuan'), align: 'right', render: (_v, i) => yuan(i.awardedFen) },
          {
            title: t('finality'),
            render: (_v, i) => (
              <Space size={4}>
                <Tag color={i.final ? 'green' : 'blue'}>{i.final ? t('final') : t('nonFinal')}</Tag>
                {i.standardsDispute && <Tag>{t('standardsTag')}</Tag>}
              </Space>
            ),
          },
          { title: t('basis'), render: (_v, i) => why(i) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('finalityRule')}
      </Typography.Paragraph>
    </div>
  );
}

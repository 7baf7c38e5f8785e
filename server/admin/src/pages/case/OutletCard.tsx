import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { CLAIM_TYPE, PAYMENT_METHOD, type CaseView } from '@gig/shared';
import { useI18n } from '../../i18n';
import { TWO_COLUMNS, dueColor, time, yuan } from '../../format';
import { compareWithClaim } from './agreement-state';
import { Difference } from './AgreementCard';

const LABEL = { whiteSpace: 'nowrap' } as const;

/**
 * Settling at the respondent's outlet: which outlet has the case and by when it must answer, its
 * account of the facts, and its open offer item by item beside what the worker claimed (the
 * worker accepts or declines it in the app). Shown once the case went to an outlet.
 */
export function OutletCard({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  const { outlet, outletReply: reply, proposal } = view;
  if (!outlet && !reply && !proposal) return null;
  const answerBy = view.status === 'dispatched' ? view.deadlines.find((d) => d.kind === 'outlet_response') : undefined;
  return (
    <Card title={t('atOutlet')} style={{ marginBottom: 16 }} data-testid="outlet-card">
      <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL}>
        <Descriptions.Item label={t('outlet')}>
          {outlet ? (locale === 'en' && outlet.nameEn ? outlet.nameEn : outlet.name) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('answerBy')}>
          {answerBy ? <span style={{ color: dueColor(answerBy.due), fontWeight: 600 }}>{answerBy.due}</span> : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('outletAccount')}
      </Typography.Title>
      {reply ? (
        <div data-testid="outlet-reply">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
            {reply.account}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {time(reply.at)}
          </Typography.Text>
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noReplyYet')} />
      )}
      {/* Once the case is back at the station, an offer no longer open is not worth a line. */}
      {(proposal || view.status === 'dispatched') && <OfferPart view={view} />}
    </Card>
  );
}

/** The open offer, item by item beside the claim, with its pay date, method and note. */
function OfferPart({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const { proposal } = view;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        <Space wrap size={4}>
          <span>{t('openOffer')}</span>
          {proposal && <Tag color="blue">{t('awaitingWorkerDecision')}</Tag>}
        </Space>
      </Typography.Title>
      {proposal ? (
        <div data-testid="proposal">
          <Table
            size="small"
            pagination={false}
            rowKey={(_r, n) => String(n)}
            dataSource={compareWithClaim(proposal.items, view.items)}
            columns={[
              { title: t('claimType'), render: (_v, r) => l(CLAIM_TYPE.labels[r.type]) },
              {
                title: t('claimedYuan'),
                align: 'right',
                render: (_v, r) => (r.claimedFen === null ? '—' : yuan(r.claimedFen)),
              },
              { title: t('offeredYuan'), align: 'right', render: (_v, r) => <strong>{yuan(r.amountFen)}</strong> },
              {
                title: t('difference'),
                align: 'right',
                render: (_v, r) => (r.differenceFen === null ? '—' : <Difference fen={r.differenceFen} />),
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('sumRow')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {yuan(view.totalFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong data-testid="proposal-total">{yuan(proposal.totalFen)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Difference fen={proposal.totalFen - view.totalFen} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('payBy')}>{proposal.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('paymentMethod')}>
              {l(PAYMENT_METHOD.labels[proposal.paymentMethod])}
            </Descriptions.Item>
            <Descriptions.Item label={t('offeredAt')}>{time(proposal.proposedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('noteShort')}>{proposal.note ?? '—'}</Descriptions.Item>
          </Descriptions>
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noOpenOffer')} />
      )}
    </>
  );
}

import { App, Button, Card, Descriptions, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { CLAIM_TYPE, enforcementBasis, type CaseView, type ClaimType } from '@gig/shared';
import { api, ApiError, saveBlob } from '../../api';
import { useI18n } from '../../i18n';
import { useNarrow } from '../../narrow';
import { TWO_COLUMNS, dueColor, time, yuan } from '../../format';

const LABEL = { whiteSpace: 'nowrap' } as const;

/** A PDF of the case the staff API serves (generating it is audited), saved under a file name. */
function PdfButton(p: {
  route: 'admin.cases.confirmationPdf' | 'admin.cases.paymentOrderPdf' | 'admin.cases.enforcementPdf';
  id: string;
  file: string;
  label: string;
  testId: string;
}) {
  const { message } = App.useApp();
  const narrow = useNarrow();
  return (
    <Button
      icon={<DownloadOutlined />}
      data-testid={p.testId}
      onClick={async () => {
        try {
          saveBlob(await api.file(p.route, { params: { id: p.id } }), p.file);
        } catch (err) {
          message.error((err as ApiError).message);
        }
      }}
    >
      {narrow ? 'PDF' : p.label}
    </Button>
  );
}

/** The enforcement application, once there is something to enforce (a confirming ruling, a payment order in force). */
function EnforcementPdf({ view }: { view: CaseView }) {
  const { t } = useI18n();
  return (
    <PdfButton
      route="admin.cases.enforcementPdf"
      id={view.id}
      file={`enforcement-application-${view.number}.pdf`}
      label={t('downloadEnforcement')}
      testId="enforcement-pdf"
    />
  );
}

/**
 * The joint application to confirm the agreement (人民调解法 art 33): the route, the last day,
 * the worker's application and the respondent's consent (in the app or on paper, with its scan);
 * the court or commission decides only once both applied.
 */
export function ConfirmationCard({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const c = view.confirmation;
  if (!c) return null;
  const scan = c.respondentEvidenceId ? view.evidence.find((e) => e.id === c.respondentEvidenceId) : undefined;
  return (
    <Card
      title={t('confirmation')}
      style={{ marginBottom: 16 }}
      data-testid="confirmation"
      extra={
        <>
          <PdfButton
            route="admin.cases.confirmationPdf"
            id={view.id}
            file={`confirmation-application-${view.number}.pdf`}
            label={t('downloadConfirmation')}
            testId="confirmation-pdf"
          />
          {enforcementBasis(view) === 'confirmation' && <EnforcementPdf view={view} />}
        </>
      }
    >
      <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL}>
        <Descriptions.Item label={t('confirmationRoute')}>{t(`route_${c.route}`)}</Descriptions.Item>
        <Descriptions.Item label={t('applyBy')}>
          <span style={{ color: dueColor(c.windowDue), fontWeight: 600 }}>{c.windowDue}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workerApplied')}>{time(c.workerAt)}</Descriptions.Item>
        <Descriptions.Item label={t('respondentApplied')}>
          {c.respondentAt ? (
            <span data-testid="respondent-consent">
              {time(c.respondentAt)} · {c.respondentName}
              {scan ? ` · ${t('onPaper')}（${scan.name}）` : ` · ${t('inApp')}`}
            </span>
          ) : (
            <Tag color="orange" data-testid="respondent-consent">
              {t('awaitingRespondent')}
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The payment order applied for on default (LDMAL art 16): what it asks for, and what the court decided. */
export function PaymentOrderCard({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const p = view.paymentOrder;
  if (!p) return null;
  return (
    <Card
      title={t('paymentOrder')}
      style={{ marginBottom: 16 }}
      data-testid="payment-order"
      extra={
        <>
          <PdfButton
            route="admin.cases.paymentOrderPdf"
            id={view.id}
            file={`payment-order-application-${view.number}.pdf`}
            label={t('downloadPaymentOrder')}
            testId="payment-order-pdf"
          />
          {enforcementBasis(view) === 'payment_order' && <EnforcementPdf view={view} />}
        </>
      }
    >
      <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('appliedAt')}>{time(p.appliedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('outcome')}>
          {p.outcome ? (
            <Tag color={p.outcome === 'issued' ? 'green' : 'red'}>{t(`outcome_${p.outcome}`)}</Tag>
          ) : (
            <Tag color="orange">{t('awaitingCourt')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('orderCourt')}>{p.court ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('documentNumber')}>{p.documentNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('decidedOn')}>{p.decidedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey={(_r, n) => String(n)}
        dataSource={p.items}
        columns={[
          {
            title: t('claimType'),
            render: (_v, i) => (i.type in CLAIM_TYPE.labels ? l(CLAIM_TYPE.labels[i.type as ClaimType]) : i.type),
          },
          { title: t('amountYuanShort'), align: 'right', render: (_v, i) => yuan(i.amountFen) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('sumRow')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{yuan(p.totalFen)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

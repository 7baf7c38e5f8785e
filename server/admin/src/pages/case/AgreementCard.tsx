import { Alert, App, Button, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import {
  CLAIM_TYPE,
  PAYMENT_METHOD,
  type AgreementView,
  type CaseView,
  missingSides,
  onCurrentText,
} from '@gig/shared';
import { api, ApiError, saveBlob } from '../../api';
import { useI18n } from '../../i18n';
import { useNarrow } from '../../narrow';
import { TWO_COLUMNS, time, yuan } from '../../format';

/** Labels on one line: the values wrap instead. */
const LABEL = { whiteSpace: 'nowrap' } as const;

/**
 * The mediation agreement as the document everyone signs: whether it is in effect, its terms,
 * each item agreed beside what was claimed, every signature (who, when, in the app or on paper,
 * on this text or an earlier one), who has still to sign, the whole text, and its PDF.
 */
export function AgreementCard({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  // On a phone the title and its tag keep the line; the download button says only "PDF".
  const narrow = useNarrow();
  const a = view.agreement;
  if (!a) return null;
  const missing = missingSides(a);
  const download = async () => {
    try {
      saveBlob(await api.file('admin.cases.agreementPdf', { params: { id: view.id } }), `agreement-${view.number}.pdf`);
    } catch (err) {
      message.error((err as ApiError).message);
    }
  };
  return (
    <Card
      title={
        <Space wrap size={4}>
          <span>{t('agreement')}</span>
          {a.effectiveOn ? (
            <Tag color="green" data-testid="agreement-effective">
              {t('inEffectSince')} {a.effectiveOn}
            </Tag>
          ) : (
            <Tag color="orange" data-testid="agreement-effective">
              {t('notInEffect')}
            </Tag>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="agreement"
      extra={
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="agreement-pdf">
          {narrow ? 'PDF' : t('downloadPdf')}
        </Button>
      }
    >
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="agreement-missing"
          message={`${t('toSign')}${missing.map((s) => t(`side_${s}`)).join('、')}`}
        />
      )}
      <Descriptions size="small" column={TWO_COLUMNS} bordered labelStyle={LABEL}>
        <Descriptions.Item label={t('agreedTotal')}>¥{yuan(a.totalFen)}</Descriptions.Item>
        <Descriptions.Item label={t('payBy')}>{a.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('paymentMethod')}>{l(PAYMENT_METHOD.labels[a.paymentMethod])}</Descriptions.Item>
        <Descriptions.Item label={t('draftedOn')}>{a.draftedOn}</Descriptions.Item>
        <Descriptions.Item label={t('effectiveOn')}>
          {a.effectiveOn ? `${a.effectiveOn}${a.signedOnPaper ? ` · ${t('allOnPaper')}` : ''}` : t('notInEffect')}
        </Descriptions.Item>
        <Descriptions.Item label={t('mediationBody')}>{a.stationName}</Descriptions.Item>
      </Descriptions>
      <ClaimedVsAgreed a={a} />
      <Signatures a={a} />
      <Typography.Title level={5}>{t('wholeText')}</Typography.Title>
      <AgreementText paragraphs={view.agreementText ?? []} />
    </Card>
  );
}

/** Each item: what was claimed for it, what is agreed, and the difference. */
function ClaimedVsAgreed({ a }: { a: AgreementView }) {
  const { t, l } = useI18n();
  const narrow = useNarrow();
  const claimed = a.items.reduce((s, i) => s + (i.claimedFen ?? 0), 0);
  return (
    <Table
      size="small"
      style={{ marginTop: 12 }}
      pagination={false}
      rowKey={(_r, n) => String(n)}
      dataSource={a.items}
      data-testid="agreement-items"
      columns={[
        { title: t('claimType'), render: (_v, i) => l(CLAIM_TYPE.labels[i.type]) },
        {
          title: t('claimedYuan'),
          align: 'right',
          render: (_v, i) => (i.claimedFen === null ? '—' : yuan(i.claimedFen)),
        },
        { title: t('agreedYuan'), align: 'right', render: (_v, i) => <strong>{yuan(i.amountFen)}</strong> },
        {
          title: t('difference'),
          align: 'right',
          render: (_v, i) => (i.claimedFen === null ? '—' : <Difference fen={i.amountFen - i.claimedFen} />),
        },
        // The payer is in the text too; a phone keeps the amounts.
        { title: t('payer'), render: (_v, i) => i.payer, responsive: ['md'] },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('sumRow')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {yuan(claimed)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong>{yuan(a.totalFen)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Difference fen={a.totalFen - claimed} />
          </Table.Summary.Cell>
          {!narrow && <Table.Summary.Cell index={4} />}
        </Table.Summary.Row>
      )}
    />
  );
}

/** Less than claimed in orange, as much or more in green. */
export function Difference({ fen }: { fen: number }) {
  return (
    <span style={{ color: fen < 0 ? '#d46b08' : '#389e0d' }}>
      {fen > 0 ? '+' : fen < 0 ? '−' : '±'}
      {yuan(Math.abs(fen))}
    </span>
  );
}

/** Who signed, when, how, and on which text. */
function Signatures({ a }: { a: AgreementView }) {
  const { t } = useI18n();
  if (!a.signatures.length) return null;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('signatures')}
      </Typography.Title>
      <List
        size="small"
        dataSource={a.signatures}
        data-testid="agreement-signatures"
        renderItem={(s) => (
          <List.Item style={onCurrentText(a, s) ? undefined : { opacity: 0.55 }}>
            <Space wrap size={4}>
              <strong>{t(`side_${s.side}`)}</strong>
              <span>{s.name}</span>
              <Typography.Text type="secondary">{time(s.at)}</Typography.Text>
              <Tag>{s.onPaper ? t('onPaper') : t('inApp')}</Tag>
              {onCurrentText(a, s) ? (
                <Tag color="green">{t('currentText')}</Tag>
              ) : (
                <Tag color="default">{t('earlierText')}</Tag>
              )}
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}

/** The agreement's whole text, paragraph by paragraph, as every party reads and signs it. */
export function AgreementText({ paragraphs, maxHeight = 320 }: { paragraphs: string[]; maxHeight?: number }) {
  return (
    <div
      data-testid="agreement-text"
      style={{
        maxHeight,
        overflowY: 'auto',
        border: '1px solid #f0f0f0',
        borderRadius: 4,
        padding: '8px 12px',
        background: '#fafafa',
      }}
    >
      {paragraphs.map((p, n) => (
        <Typography.Paragraph
          key={n}
          style={n === 0 ? { textAlign: 'center', fontWeight: 600, fontSize: 16 } : { marginBottom: 6 }}
        >
          {p}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

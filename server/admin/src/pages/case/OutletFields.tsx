import { Alert, Space, Typography } from 'antd';
import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import { ACTIONS, CLAIM_TYPE, PAYMENT_METHOD, chinaDate, yuanToFen, type CaseView, onCurrentText } from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { time, yuan } from '../../format';
import { labelOptions } from './ListFields';
import { AgreementText } from './AgreementCard';

/** The actions the respondent's outlet takes, each with its own form. */
export type OutletAction = 'outlet_reply' | 'outlet_propose' | 'answer_session' | 'sign_agreement';
export const isOutletAction = (a: string): a is OutletAction =>
  a === 'outlet_reply' || a === 'outlet_propose' || a === 'answer_session' || a === 'sign_agreement';

/**
 * The outlet manager's forms: the outlet's account of the facts, a settlement offer item by item
 * beside what the worker claimed, whether the respondent comes to a session, and signing the
 * agreement's whole text (its hash filled from the case, never typed).
 */
export function OutletFields({ action, view }: { action: OutletAction; view: CaseView }) {
  const { t } = useI18n();
  const rule = (name: string) => rulesOf(ACTIONS[action].body, [name]);
  switch (action) {
    case 'outlet_reply':
      return (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('replyHelp')} />
          <ProFormTextArea
            name="account"
            label={t('outletAccount')}
            rules={rule('account')}
            fieldProps={{ autoSize: { minRows: 4, maxRows: 10 }, showCount: true, maxLength: 5000 }}
          />
        </>
      );
    case 'outlet_propose':
      return <ProposalFields view={view} />;
    case 'answer_session':
      return <SessionAnswerFields view={view} />;
    case 'sign_agreement':
      return (
        <>
          {respondentSigned(view) && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('respondentSignedAlready')} />
          )}
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('signHelp')} />
          <AgreementText paragraphs={view.agreementText ?? []} maxHeight={360} />
          <ProFormText name="textSha256" hidden initialValue={view.agreement?.textSha256} rules={rule('textSha256')} />
        </>
      );
  }
}

/** The respondent's side already has a signature on this text (e.g. on paper, recorded by the station). */
const respondentSigned = (view: CaseView) =>
  !!view.agreement?.signatures.some((s) => s.side === 'respondent' && onCurrentText(view.agreement!, s));

/** An offer: one row per claimed item to start, each with what was claimed beside it; the totals compared. */
function ProposalFields({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const body = ACTIONS.outlet_propose.body;
  const today = chinaDate(new Date());
  return (
    <>
      <ProFormList
        name="items"
        label={t('offerItems')}
        min={1}
        initialValue={view.items.map((i) => ({ type: i.type, amountYuan: i.amountYuan, claimedYuan: i.amountYuan }))}
        creatorRecord={{ type: 'other', amountYuan: '' }}
        creatorButtonProps={{ creatorButtonText: t('add') }}
      >
        {(_meta, _index, row) => {
          const claimed = (row.getCurrentRowData() as { claimedYuan?: string } | undefined)?.claimedYuan;
          return (
            <Space align="start" wrap>
              <ProFormSelect
                name="type"
                options={labelOptions(CLAIM_TYPE.labels, l)}
                rules={rulesOf(body, ['items', 'type'])}
                width="sm"
              />
              <ProFormText
                name="amountYuan"
                placeholder={t('offeredYuan')}
                rules={rulesOf(body, ['items', 'amountYuan'])}
                width="xs"
                extra={claimed ? `${t('claimed')} ¥${claimed}` : undefined}
              />
            </Space>
          );
        }}
      </ProFormList>
      <ProFormDependency name={['items']}>
        {({ items }: { items?: { amountYuan?: string }[] }) => {
          const fen = (items ?? []).map((i) => yuanToFen(i?.amountYuan ?? ''));
          if (fen.some((f) => f === null)) return null;
          const total = fen.reduce<number>((s, f) => s + (f ?? 0), 0);
          return (
            <Alert
              type={total < view.totalFen ? 'warning' : 'success'}
              style={{ marginBottom: 16 }}
              data-testid="offer-total"
              message={`${t('offerTotal')} ¥${yuan(total)} · ${t('claimTotal')} ¥${yuan(view.totalFen)}`}
            />
          );
        }}
      </ProFormDependency>
      <ProFormDatePicker
        name="dueDate"
        label={t('payBy')}
        rules={rulesOf(body, ['dueDate'])}
        fieldProps={{ format: 'YYYY-MM-DD', disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') < today }}
        transform={(v: string) => ({ dueDate: dayjs(v).format('YYYY-MM-DD') })}
      />
      <ProFormSelect
        name="paymentMethod"
        label={t('paymentMethod')}
        options={labelOptions(PAYMENT_METHOD.labels, l)}
        initialValue="bank_transfer"
        rules={rulesOf(body, ['paymentMethod'])}
      />
      <ProFormTextArea name="note" label={t('offerNote')} rules={rulesOf(body, ['note'])} />
    </>
  );
}

/** Whether the respondent comes to a session: the next one to start. */
function SessionAnswerFields({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const body = ACTIONS.answer_session.body;
  const now = new Date().toISOString();
  const next = [...view.sessions].filter((s) => s.startsAt > now).sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))[0];
  return (
    <>
      <ProFormSelect
        name="sessionId"
        label={t('session')}
        rules={rulesOf(body, ['sessionId'])}
        initialValue={next?.id ?? view.sessions[0]?.id}
        options={view.sessions.map((s) => ({
          value: s.id,
          label: `${time(s.startsAt)} · ${s.address ?? s.link ?? ''}`,
        }))}
      />
      <ProFormRadio.Group
        name="attend"
        label={t('willYouAttend')}
        initialValue={true}
        rules={rulesOf(body, ['attend'])}
        options={[
          { value: true, label: t('willAttend') },
          { value: false, label: t('willNotAttend') },
        ]}
      />
      <ProFormTextArea
        name="note"
        label={t('answerNote')}
        rules={rulesOf(body, ['note'])}
        placeholder={t('answerNoteHint')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('answerHelp')}
      </Typography.Text>
    </>
  );
}

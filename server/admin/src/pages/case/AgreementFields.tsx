import { Alert, Space } from 'antd';
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
import {
  ACTIONS,
  CLAIM_TYPE,
  PAYMENT_METHOD,
  chinaDate,
  fenToYuan,
  type CaseView,
  claimedByType,
  missingSides,
} from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { labelOptions } from './ListFields';
import { AgreementText } from './AgreementCard';
import { EvidencePicker } from './EvidencePicker';
import { FairnessPanel } from './FairnessPanel';

/** The station's steps on the agreement document. */
export type AgreementAction =
  'record_agreement' | 'outlet_settled' | 'amend_agreement' | 'confirm_agreement' | 'record_signature';
const AGREEMENT_FORMS: readonly string[] = [
  'record_agreement',
  'outlet_settled',
  'amend_agreement',
  'confirm_agreement',
  'record_signature',
];
export const isAgreementAction = (a: string): a is AgreementAction => AGREEMENT_FORMS.includes(a);

/**
 * The station's agreement forms: drafting the terms (or changing them, with a reason, after which
 * everyone signs again), the mediator's signature and seal on the whole text, and a party's
 * signature on a paper copy with its scan. The text's hash comes from the case, never typed.
 */
export function AgreementFields({ action, view }: { action: AgreementAction; view: CaseView }) {
  const { t } = useI18n();
  const rule = (name: string) => rulesOf(ACTIONS[action].body, [name]);
  const hash = (
    <ProFormText name="textSha256" hidden initialValue={view.agreement?.textSha256} rules={rule('textSha256')} />
  );
  const missing = view.agreement ? missingSides(view.agreement) : [];
  switch (action) {
    case 'confirm_agreement':
      return (
        <>
          <Alert
            type={missing.length > 1 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            message={t('sealHelp')}
            description={missing.length ? `${t('toSign')}${missing.map((s) => t(`side_${s}`)).join('、')}` : undefined}
          />
          <AgreementText paragraphs={view.agreementText ?? []} maxHeight={360} />
          {hash}
        </>
      );
    case 'record_signature': {
      const side = missing.find((s) => s !== 'mediator') ?? 'respondent';
      const nameOf = (s: string) => (s === 'worker' ? view.claimant.name : view.respondent.name);
      return (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('paperHelp')} />
          <ProFormRadio.Group
            name="side"
            label={t('signingSide')}
            initialValue={side}
            rules={rule('side')}
            options={(['worker', 'respondent'] as const).map((s) => ({ value: s, label: t(`side_${s}`) }))}
          />
          <ProFormText name="name" label={t('signerName')} initialValue={nameOf(side)} rules={rule('name')} />
          <EvidencePicker
            view={view}
            name="evidenceId"
            label={t('signedScan')}
            category="signature"
            rules={rule('evidenceId')}
          />
          {hash}
        </>
      );
    }
    default:
      return <TermsFields action={action} view={view} />;
  }
}

/** The terms: items (from the claim, or the agreement being changed), facts, pay date and method, a paper date. */
function TermsFields({ action, view }: { action: AgreementAction; view: CaseView }) {
  const { t, l } = useI18n();
  const body = ACTIONS[action].body;
  const rule = (name: string) => rulesOf(body, [name]);
  const current = action === 'amend_agreement' ? view.agreement : null;
  const claimed = claimedByType(view.items);
  const rows = current
    ? current.items.map((i) => ({ type: i.type, amountYuan: fenToYuan(i.amountFen), payer: i.payer }))
    : view.items.map((i) => ({ type: i.type, amountYuan: i.amountYuan, payer: view.respondent.name }));
  const today = chinaDate(new Date());
  return (
    <>
      {current && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('amendHelp')} />}
      <ProFormList
        name="items"
        label={t('agreedItems')}
        min={1}
        initialValue={rows}
        creatorRecord={{ type: 'other', amountYuan: '', payer: view.respondent.name }}
        creatorButtonProps={{ creatorButtonText: t('add') }}
      >
        <Space align="start" wrap>
          <ProFormSelect
            name="type"
            options={labelOptions(CLAIM_TYPE.labels, l)}
            rules={rulesOf(body, ['items', 'type'])}
            width="sm"
          />
          <ProFormDependency name={['type']}>
            {({ type }: { type?: keyof typeof CLAIM_TYPE.labels }) => (
              <ProFormText
                name="amountYuan"
                placeholder={t('agreedYuan')}
                rules={rulesOf(body, ['items', 'amountYuan'])}
                width="xs"
                extra={type && claimed.has(type) ? `${t('claimed')} ¥${fenToYuan(claimed.get(type)!)}` : undefined}
              />
            )}
          </ProFormDependency>
          <ProFormText name="payer" placeholder={t('payer')} rules={rulesOf(body, ['items', 'payer'])} width="sm" />
        </Space>
      </ProFormList>
      <ProFormTextArea
        name="facts"
        label={t('facts')}
        initialValue={current?.facts}
        placeholder={t('factsHint')}
        rules={rule('facts')}
      />
      <ProFormDatePicker
        name="dueDate"
        label={t('payBy')}
        initialValue={current?.dueDate}
        rules={rule('dueDate')}
        fieldProps={{ format: 'YYYY-MM-DD' }}
        transform={(v: string) => ({ dueDate: dayjs(v).format('YYYY-MM-DD') })}
      />
      <ProFormSelect
        name="paymentMethod"
        label={t('paymentMethod')}
        options={labelOptions(PAYMENT_METHOD.labels, l)}
        initialValue={current?.paymentMethod ?? 'bank_transfer'}
        rules={rule('paymentMethod')}
      />
      <ProFormDatePicker
        name="effectiveOn"
        label={t('paperSignedOn')}
        extra={t('paperSignedHelp')}
        rules={rule('effectiveOn')}
        fieldProps={{ format: 'YYYY-MM-DD', disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') > today }}
        transform={(v: string) => (v ? { effectiveOn: dayjs(v).format('YYYY-MM-DD') } : {})}
      />
      {ACTIONS[action].reason === 'required' && (
        <ProFormTextArea name="reason" label={t('amendReason')} rules={rule('reason')} />
      )}
      <FairnessPanel view={view} />
    </>
  );
}

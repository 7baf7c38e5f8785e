import { Alert } from 'antd';
import { ProFormDatePicker, ProFormRadio, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import { ACTIONS, PAYMENT_ORDER_OUTCOMES, chinaDate, type CaseView } from '@gig/shared';
import { getSession } from '../../api';
import { access } from '../../access';
import { useI18n, type WordKey } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { EvidencePicker } from './EvidencePicker';

/** The steps after an agreement that a court or commission decides, and the respondent's consent to them. */
export type CourtAction =
  | 'consent_confirmation'
  | 'record_confirmation'
  | 'confirmation_refused'
  | 'record_payment_order'
  | 'record_enforcement';
const COURT_FORMS: readonly string[] = [
  'consent_confirmation',
  'record_confirmation',
  'confirmation_refused',
  'record_payment_order',
  'record_enforcement',
];
export const isCourtAction = (a: string): a is CourtAction => COURT_FORMS.includes(a);

/**
 * The court's and the commission's decisions as the station records them (a confirmation, the
 * payment order's outcome, enforcement), and the respondent's consent to the joint application:
 * the outlet's manager gives it here, the station records one signed on paper with its scan.
 */
export function CourtFields({ action, view }: { action: CourtAction; view: CaseView }) {
  const { t } = useI18n();
  const rule = (name: string) => rulesOf(ACTIONS[action].body, [name]);
  const today = chinaDate(new Date());
  const date = (name: string, label: WordKey) => (
    <ProFormDatePicker
      name={name}
      label={t(label)}
      initialValue={today}
      rules={rule(name)}
      fieldProps={{ format: 'YYYY-MM-DD', disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') > today }}
      transform={(v: string) => ({ [name]: dayjs(v).format('YYYY-MM-DD') })}
    />
  );
  const reason = <ProFormTextArea name="reason" label={t('reason')} rules={rule('reason')} />;
  switch (action) {
    case 'consent_confirmation': {
      const c = view.confirmation;
      const window = c ? `${t(`route_${c.route}`)} · ${t('applyBy')} ${c.windowDue}` : '';
      // The outlet's manager consents for the respondent in the app; the station records a paper consent.
      if (access(getSession()?.user ?? null).party)
        return <Alert type="info" showIcon message={t('consentHelpParty')} description={window} />;
      return (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('consentHelpStation')}
            description={window}
          />
          <EvidencePicker
            view={view}
            name="evidenceId"
            label={t('consentScan')}
            category="contract"
            // The schema leaves it optional for the outlet's manager; the station always gives the scan.
            rules={[{ required: true }, ...rule('evidenceId')]}
          />
        </>
      );
    }
    case 'record_payment_order':
      return (
        <>
          <ProFormRadio.Group
            name="outcome"
            label={t('outcome')}
            rules={rule('outcome')}
            options={PAYMENT_ORDER_OUTCOMES.map((o) => ({ value: o, label: t(`outcome_${o}`) }))}
          />
          <ProFormText name="court" label={t('orderCourt')} rules={rule('court')} />
          <ProFormText name="documentNumber" label={t('documentNumber')} rules={rule('documentNumber')} />
          {date('decidedOn', 'decidedOn')}
        </>
      );
    case 'record_enforcement':
      return (
        <>
          <ProFormText name="court" label={t('court')} rules={rule('court')} />
          <ProFormText
            name="enforcementCaseNumber"
            label={t('enforcementCaseNumber')}
            rules={rule('enforcementCaseNumber')}
          />
          {date('appliedOn', 'appliedOn')}
          {reason}
        </>
      );
    default:
      return (
        <>
          {view.confirmation && !view.confirmation.respondentAt && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('notJointYet')} />
          )}
          <ProFormText name="authority" label={t('authority')} rules={rule('authority')} />
          <ProFormText name="documentNumber" label={t('documentNumber')} rules={rule('documentNumber')} />
          {date('decidedOn', 'decidedOn')}
          {reason}
        </>
      );
  }
}

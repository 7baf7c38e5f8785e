import { Alert } from 'antd';
import {
  ProFormDatePicker,
  ProFormDateTimePicker,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import dayjs from 'dayjs';
import {
  ACTIONS,
  PAYMENT_METHOD,
  chinaDate,
  isDispatchTarget,
  transferTargetProblem,
  type CaseAction,
  type CaseView,
} from '@gig/shared';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { ArbitrationFields } from './ArbitrationFields';
import { isArbitrationAction } from './arbitration-form';
import { labelOptions, ParticipantsField, PeopleField, SettlementItemsField } from './ListFields';

/**
 * The form fields of one action on this case: the reason (required where the actions table says
 * so) and whatever else the action records. The form gives its first child `autoFocus`; a form
 * that is the reason or the lawyer alone hands it on to that field.
 */
export function ActionFields({ action, view, autoFocus }: { action: CaseAction; view: CaseView; autoFocus?: boolean }) {
  // The arbitration institution's steps (LDMAL arts 29-47) have their own forms.
  if (isArbitrationAction(action)) return <ArbitrationFields action={action} view={view} />;
  return <StationFields action={action} view={view} autoFocus={autoFocus} />;
}

function StationFields({ action, view, autoFocus }: { action: CaseAction; view: CaseView; autoFocus?: boolean }) {
  const { t, l, locale } = useI18n();
  // What the API asks of each field, from the action's body schema in the shared table.
  const rule = (name: string) => rulesOf(ACTIONS[action].body, [name]);
  // The legal dates are China's calendar days, wherever the browser's clock is set.
  const today = chinaDate(new Date());

  /** The stations this case may go to, by the same rules the API applies (shared/src/case/targets.ts). */
  const stationOptions = async (to: 'transfer' | 'outlet') => {
    const { items } = await api.call('admin.stations', {});
    const own = items.find((s) => s.code === view.station?.code)?.id ?? null;
    return items
      .filter((s) =>
        to === 'outlet' ? isDispatchTarget(s, own, view.respondent) : transferTargetProblem(s, own) === null,
      )
      .map((s) => ({ value: s.id, label: locale === 'en' && s.nameEn ? s.nameEn : s.name }));
  };
  const reasonField = (focus?: boolean) => (
    <ProFormTextArea name="reason" label={t('reason')} autoFocus={focus} rules={rule('reason')} />
  );
  const reason = reasonField();
  switch (action) {
    case 'transfer':
      return (
        <>
          <ProFormSelect
            name="toStationId"
            label={t('toStation')}
            request={() => stationOptions('transfer')}
            rules={rule('toStationId')}
            showSearch
          />
          {reason}
        </>
      );
    case 'dispatch':
      return (
        <>
          {/* Without the worker's consent the table's guard keeps this form closed (PIPL art 23). */}
          <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('outletConsentGiven')} />
          <ProFormSelect
            name="outletId"
            label={t('outletPick')}
            request={() => stationOptions('outlet')}
            rules={rule('outletId')}
          />
          {reason}
        </>
      );
    case 'flag_urgent':
      return (
        <>
          {reason}
          <ParticipantsField />
          <ProFormTextArea name="plan" label={t('plan')} rules={rule('plan')} />
        </>
      );
    case 'record_agreement':
    case 'outlet_settled':
      return (
        <>
          <SettlementItemsField view={view} />
          <ProFormDatePicker
            name="effectiveOn"
            label={t('effectiveOn')}
            initialValue={today}
            rules={rule('effectiveOn')}
            fieldProps={{ format: 'YYYY-MM-DD' }}
            transform={(v: string) => ({ effectiveOn: dayjs(v).format('YYYY-MM-DD') })}
          />
          <ProFormDatePicker
            name="dueDate"
            label={t('dueDate')}
            rules={rule('dueDate')}
            fieldProps={{ format: 'YYYY-MM-DD' }}
            transform={(v: string) => ({ dueDate: dayjs(v).format('YYYY-MM-DD') })}
          />
          <ProFormSelect
            name="paymentMethod"
            label={t('paymentMethod')}
            options={labelOptions(PAYMENT_METHOD.labels, l)}
            initialValue="bank_transfer"
            rules={rule('paymentMethod')}
          />
        </>
      );
    case 'schedule_session':
      return (
        <>
          <ProFormDateTimePicker
            name="startsAt"
            label={t('startsAt')}
            rules={rule('startsAt')}
            fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' } }}
          />
          <ProFormRadio.Group
            name="mode"
            label={t('mode')}
            initialValue="on_site"
            options={[
              { value: 'on_site', label: t('onSite') },
              { value: 'online', label: t('online') },
            ]}
          />
          <ProFormText
            name="address"
            label={t('address')}
            initialValue={view.station?.address ?? ''}
            rules={rule('address')}
          />
          <ProFormText name="link" label={t('link')} rules={rule('link')} />
          <PeopleField name="attendees" label={t('attendees')} />
        </>
      );
    case 'record_attendance':
      return (
        <>
          <ProFormSelect
            name="sessionId"
            label={t('session')}
            rules={rule('sessionId')}
            options={view.sessions.map((s) => ({
              value: s.id,
              label: `${new Date(s.startsAt).toLocaleString()} ${s.address ?? s.link ?? ''}`,
            }))}
          />
          <PeopleField name="present" label={t('present')} />
        </>
      );
    case 'record_performance':
      return (
        <>
          <ProFormText
            name="paidYuan"
            label={t('paidYuan')}
            initialValue={view.agreement ? (view.agreement.totalFen / 100).toFixed(2) : undefined}
            rules={rule('paidYuan')}
          />
          <ProFormDatePicker
            name="paidOn"
            label={t('paidOn')}
            initialValue={today}
            rules={rule('paidOn')}
            transform={(v: string) => ({ paidOn: dayjs(v).format('YYYY-MM-DD') })}
          />
          {reason}
        </>
      );
    case 'record_confirmation':
    case 'confirmation_refused':
      return (
        <>
          <ProFormText name="authority" label={t('authority')} rules={rule('authority')} />
          <ProFormText name="documentNumber" label={t('documentNumber')} rules={rule('documentNumber')} />
          <ProFormDatePicker
            name="decidedOn"
            label={t('decidedOn')}
            initialValue={today}
            rules={rule('decidedOn')}
            transform={(v: string) => ({ decidedOn: dayjs(v).format('YYYY-MM-DD') })}
          />
          {reason}
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
          <ProFormDatePicker
            name="appliedOn"
            label={t('appliedOn')}
            initialValue={today}
            rules={rule('appliedOn')}
            transform={(v: string) => ({ appliedOn: dayjs(v).format('YYYY-MM-DD') })}
          />
          {reason}
        </>
      );
    case 'assign_lawyer':
      return (
        <ProFormSelect
          name="lawyerId"
          fieldProps={{ autoFocus }}
          label={t('lawyer')}
          rules={rule('lawyerId')}
          request={async () => (await api.call('admin.lawyers', {})).items.map((u) => ({ value: u.id, label: u.name }))}
        />
      );
    default:
      return reasonField(autoFocus);
  }
}

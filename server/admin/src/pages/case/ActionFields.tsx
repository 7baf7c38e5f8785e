import { useEffect, useState } from 'react';
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
  chinaDate,
  isDispatchTarget,
  transferTargetProblem,
  type CaseAction,
  type CaseView,
  type Locale,
} from '@gig/shared';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { AgreementFields, isAgreementAction } from './AgreementFields';
import { ArbitrationFields } from './ArbitrationFields';
import { isArbitrationAction } from './arbitration-form';
import { CourtFields, isCourtAction } from './CourtFields';
import { PeopleField } from './ListFields';
import { isOutletAction, OutletFields } from './OutletFields';
import { UrgentFields } from './UrgentFields';

/** The stations this case may go to, by the same rules the API applies (shared/src/case/targets.ts). */
async function stationOptions(view: CaseView, to: 'transfer' | 'outlet', locale: Locale) {
  const { items } = await api.call('admin.stations', {});
  const own = items.find((s) => s.code === view.station?.code)?.id ?? null;
  return items
    .filter((s) =>
      to === 'outlet' ? isDispatchTarget(s, own, view.respondent) : transferTargetProblem(s, own) === null,
    )
    .map((s) => ({ value: s.id, label: locale === 'en' && s.nameEn ? s.nameEn : s.name }));
}

/**
 * The form fields of one action on this case: the reason (required where the actions table says
 * so) and whatever else the action records. The form gives its first child `autoFocus`; a form
 * that is the reason or the lawyer alone hands it on to that field.
 */
export function ActionFields({ action, view, autoFocus }: { action: CaseAction; view: CaseView; autoFocus?: boolean }) {
  // The arbitration institution's steps (LDMAL arts 29-47), the outlet's, the agreement's and the
  // court's have their own forms.
  if (isArbitrationAction(action)) return <ArbitrationFields action={action} view={view} />;
  if (isOutletAction(action)) return <OutletFields action={action} view={view} />;
  if (isAgreementAction(action)) return <AgreementFields action={action} view={view} />;
  if (isCourtAction(action)) return <CourtFields action={action} view={view} />;
  if (action === 'flag_urgent') return <UrgentFields view={view} />;
  return <StationFields action={action} view={view} autoFocus={autoFocus} />;
}

function StationFields({ action, view, autoFocus }: { action: CaseAction; view: CaseView; autoFocus?: boolean }) {
  const { t, locale } = useI18n();
  // What the API asks of each field, from the action's body schema in the shared table.
  const rule = (name: string) => rulesOf(ACTIONS[action].body, [name]);
  // The legal dates are China's calendar days, wherever the browser's clock is set.
  const today = chinaDate(new Date());

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
            request={() => stationOptions(view, 'transfer', locale)}
            rules={rule('toStationId')}
            showSearch
          />
          {reason}
        </>
      );
    case 'dispatch':
      return (
        <>
          <DispatchFields view={view} />
          {reason}
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

/**
 * Dispatch goes only to the respondent's own outlet under the station (isDispatchTarget): one
 * that matches is picked for the mediator; when none does, the form says why instead of an empty list.
 */
function DispatchFields({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  const [outlets, setOutlets] = useState<{ value: string; label: string }[] | null>(null);
  useEffect(() => {
    stationOptions(view, 'outlet', locale).then(setOutlets, () => setOutlets([]));
  }, [view, locale]);
  if (!outlets)
    return <ProFormSelect name="outletId" label={t('outletPick')} disabled fieldProps={{ loading: true }} />;
  return (
    <>
      {/* Without the worker's consent the table's guard keeps this form closed (PIPL art 23). */}
      <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('outletConsentGiven')} />
      {outlets.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="no-outlet"
          message={t('noOutletFor').replace('{respondent}', view.respondent.name)}
          description={t('noOutletHelp')}
        />
      )}
      <ProFormSelect
        name="outletId"
        label={t('outletPick')}
        options={outlets}
        initialValue={outlets.length === 1 ? outlets[0]!.value : undefined}
        disabled={outlets.length === 0}
        placeholder={outlets.length === 0 ? t('noOutletShort') : undefined}
        rules={rulesOf(ACTIONS.dispatch.body, ['outletId'])}
      />
    </>
  );
}

import { Alert, App, Button, Empty, Space, Tooltip } from 'antd';
import {
  ModalForm,
  ProFormDatePicker,
  ProFormDateTimePicker,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { useRef, type ReactNode } from 'react';
import dayjs from 'dayjs';
import {
  ACTIONS,
  CASE_ACTION_LABELS,
  CLAIM_TYPE,
  CONSULTATION_ROLE,
  PAYMENT_METHOD,
  SESSION_SIDE,
  chinaDate,
  type CaseAction,
  type CaseView,
} from '@gig/shared';
import { api, ApiError, errorText, newKey } from '../api';
import { useI18n } from '../i18n';

/**
 * One button per action the case view offers this user (the shared actions table, decided on the
 * server): each with its own form, the reason required where the table says so, a red button for
 * a dangerous one, and a greyed one with the reason when a guard holds it back (e.g. no outlet
 * consent). Each opened form is one intent with one Idempotency-Key, kept across its retries.
 * A 409 (someone moved the case meanwhile) is explained and the page reloads.
 */
export function ActionPanel({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t, l, locale } = useI18n();
  const { message } = App.useApp();
  const actions = view.actions;
  if (!actions.length) return <Empty description={t('noActions')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  const opts = <K extends string>(labels: Record<K, { 'zh-CN': string; en: string }>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label: l(label as { 'zh-CN': string; en: string }) }));
  // The legal dates are China's calendar days, wherever the browser's clock is set.
  const today = chinaDate(new Date());

  async function submit(action: CaseAction, values: Record<string, unknown>, key: string): Promise<boolean> {
    // expectedStatus: a page showing an old status gets a 409 instead of acting on a case it has not seen.
    const body = { ...clean(action, values), expectedStatus: view.status };
    try {
      await api.call('admin.cases.act', { params: { id: view.id, action }, body, headers: { 'idempotency-key': key } });
      message.success(`${l(CASE_ACTION_LABELS[action])} · ${t('done')}`);
      onDone();
      return true;
    } catch (err) {
      const e = err as ApiError;
      if (e.status === 409) {
        message.warning(t('stale'));
        onDone();
        return true;
      }
      const detail = e.fields.map((f) => `${f.path.replace('/body/', '')}: ${f.message}`).join('; ');
      message.error(detail ? `${e.message}（${detail}）` : e.message);
      return false;
    }
  }

  function clean(action: CaseAction, v: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) if (val !== undefined && val !== '' && val !== null) out[k] = val;
    if (action === 'schedule_session' && typeof out.startsAt === 'string')
      out.startsAt = dayjs(out.startsAt).toISOString();
    if (action === 'schedule_session') {
      if (out.mode === 'online') delete out.address;
      else delete out.link;
    }
    return out;
  }

  const stationOptions = async (kind?: string) => {
    const { items } = await api.call('admin.stations', {});
    const own = items.find((s) => s.code === view.station?.code);
    return items
      .filter(
        (s) =>
          s.id !== own?.id &&
          s.active &&
          (kind === 'outlet' ? s.kind === 'outlet' && s.parentId === own?.id : s.kind !== 'outlet'),
      )
      .map((s) => ({ value: s.id, label: locale === 'en' && s.nameEn ? s.nameEn : s.name }));
  };
  const people = (name: string, label: string) => (
    <ProFormList
      name={name}
      label={label}
      initialValue={[{ side: 'worker', name: '' }]}
      creatorButtonProps={{ creatorButtonText: t('add') }}
      min={name === 'attendees' ? 1 : 0}
    >
      <Space align="start">
        <ProFormSelect name="side" options={opts(SESSION_SIDE.labels)} rules={[{ required: true }]} width="sm" />
        <ProFormText name="name" placeholder={t('name')} rules={[{ required: true, max: 50 }]} width="sm" />
      </Space>
    </ProFormList>
  );

  function fields(action: CaseAction): ReactNode {
    const reason = (
      <ProFormTextArea
        name="reason"
        label={t('reason')}
        rules={[{ required: ACTIONS[action].reason === 'required', whitespace: true, max: 1000 }]}
      />
    );
    switch (action) {
      case 'transfer':
        return (
          <>
            <ProFormSelect
              name="toStationId"
              label={t('toStation')}
              request={() => stationOptions()}
              rules={[{ required: true }]}
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
              rules={[{ required: true }]}
            />
            {reason}
          </>
        );
      case 'flag_urgent':
        return (
          <>
            {reason}
            <ProFormList
              name="participants"
              label={t('participants')}
              initialValue={[{ role: 'arbitrator', name: '' }]}
              min={1}
              creatorButtonProps={{ creatorButtonText: t('add') }}
            >
              <Space align="start">
                <ProFormSelect
                  name="role"
                  options={opts(CONSULTATION_ROLE.labels)}
                  rules={[{ required: true }]}
                  width="sm"
                />
                <ProFormText name="name" placeholder={t('name')} rules={[{ required: true, max: 50 }]} width="sm" />
              </Space>
            </ProFormList>
            <ProFormTextArea name="plan" label={t('plan')} rules={[{ required: true, min: 10, max: 4000 }]} />
          </>
        );
      case 'record_agreement':
      case 'outlet_settled':
        return (
          <>
            <ProFormList
              name="items"
              label={t('items')}
              min={1}
              initialValue={view.items.map((i) => ({
                type: i.type,
                amountYuan: i.amountYuan,
                payer: view.respondent.name,
              }))}
              creatorButtonProps={{ creatorButtonText: t('add') }}
            >
              <Space align="start">
                <ProFormSelect name="type" options={opts(CLAIM_TYPE.labels)} rules={[{ required: true }]} width="sm" />
                <ProFormText
                  name="amountYuan"
                  placeholder={t('amount')}
                  rules={[{ required: true, pattern: /^[0-9][0-9,]{0,12}(\.[0-9]{1,2})?$/ }]}
                  width="xs"
                />
                <ProFormText name="payer" placeholder={t('payer')} rules={[{ required: true, max: 100 }]} width="sm" />
              </Space>
            </ProFormList>
            <ProFormDatePicker
              name="effectiveOn"
              label={t('effectiveOn')}
              initialValue={today}
              rules={[{ required: true }]}
              fieldProps={{ format: 'YYYY-MM-DD' }}
              transform={(v: string) => ({ effectiveOn: dayjs(v).format('YYYY-MM-DD') })}
            />
            <ProFormDatePicker
              name="dueDate"
              label={t('dueDate')}
              rules={[{ required: true }]}
              fieldProps={{ format: 'YYYY-MM-DD' }}
              transform={(v: string) => ({ dueDate: dayjs(v).format('YYYY-MM-DD') })}
            />
            <ProFormSelect
              name="paymentMethod"
              label={t('paymentMethod')}
              options={opts(PAYMENT_METHOD.labels)}
              initialValue="bank_transfer"
              rules={[{ required: true }]}
            />
          </>
        );
      case 'schedule_session':
        return (
          <>
            <ProFormDateTimePicker
              name="startsAt"
              label={t('startsAt')}
              rules={[{ required: true }]}
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
              rules={[{ max: 300 }]}
            />
            <ProFormText name="link" label={t('link')} rules={[{ type: 'url' }]} />
            {people('attendees', t('attendees'))}
          </>
        );
      case 'record_attendance':
        return (
          <>
            <ProFormSelect
              name="sessionId"
              label={t('session')}
              rules={[{ required: true }]}
              options={view.sessions.map((s) => ({
                value: s.id,
                label: `${new Date(s.startsAt).toLocaleString()} ${s.address ?? s.link ?? ''}`,
              }))}
            />
            {people('present', t('present'))}
          </>
        );
      case 'record_performance':
        return (
          <>
            <ProFormText
              name="paidYuan"
              label={t('paidYuan')}
              initialValue={view.agreement ? (view.agreement.totalFen / 100).toFixed(2) : undefined}
              rules={[{ required: true, pattern: /^[0-9][0-9,]{0,12}(\.[0-9]{1,2})?$/ }]}
            />
            <ProFormDatePicker
              name="paidOn"
              label={t('paidOn')}
              initialValue={today}
              rules={[{ required: true }]}
              transform={(v: string) => ({ paidOn: dayjs(v).format('YYYY-MM-DD') })}
            />
            {reason}
          </>
        );
      case 'record_confirmation':
      case 'confirmation_refused':
        return (
          <>
            <ProFormText name="authority" label={t('authority')} rules={[{ required: true, min: 2, max: 100 }]} />
            <ProFormText
              name="documentNumber"
              label={t('documentNumber')}
              rules={[{ required: true, min: 2, max: 100 }]}
            />
            <ProFormDatePicker
              name="decidedOn"
              label={t('decidedOn')}
              initialValue={today}
              rules={[{ required: true }]}
              transform={(v: string) => ({ decidedOn: dayjs(v).format('YYYY-MM-DD') })}
            />
            {reason}
          </>
        );
      case 'record_enforcement':
        return (
          <>
            <ProFormText name="court" label={t('court')} rules={[{ required: true, min: 2, max: 100 }]} />
            <ProFormText name="enforcementCaseNumber" label={t('enforcementCaseNumber')} rules={[{ max: 100 }]} />
            <ProFormDatePicker
              name="appliedOn"
              label={t('appliedOn')}
              initialValue={today}
              rules={[{ required: true }]}
              transform={(v: string) => ({ appliedOn: dayjs(v).format('YYYY-MM-DD') })}
            />
            {reason}
          </>
        );
      case 'assign_lawyer':
        return (
          <ProFormSelect
            name="lawyerId"
            label={t('lawyer')}
            rules={[{ required: true }]}
            request={async () =>
              (await api.call('admin.lawyers', {})).items.map((u) => ({ value: u.id, label: u.name }))
            }
          />
        );
      default:
        return reason;
    }
  }

  return (
    <Space wrap data-testid="actions">
      {actions.map(({ action: a, refusal }) =>
        refusal ? (
          <Tooltip key={a} title={errorText(refusal)}>
            <Button disabled data-testid={`action-${a}`}>
              {l(CASE_ACTION_LABELS[a])}
            </Button>
          </Tooltip>
        ) : (
          <ActionButton
            key={a}
            action={a}
            label={l(CASE_ACTION_LABELS[a])}
            danger={ACTIONS[a].danger}
            onSubmit={(v, key) => submit(a, v, key)}
          >
            {fields(a)}
          </ActionButton>
        ),
      )}
    </Space>
  );
}

function ActionButton({
  action,
  label,
  danger,
  children,
  onSubmit,
}: {
  action: CaseAction;
  label: string;
  danger: boolean;
  children: ReactNode;
  onSubmit: (v: Record<string, unknown>, key: string) => Promise<boolean>;
}) {
  const form = useRef<ProFormInstance>();
  // One key per opening of the form: pressing "OK" again after a lost answer is the same intent.
  const key = useRef(newKey());
  return (
    <ModalForm
      title={label}
      formRef={form}
      width={640}
      modalProps={{ destroyOnClose: true, maskClosable: false }}
      onOpenChange={(open) => {
        if (open) key.current = newKey();
      }}
      trigger={
        <Button type={danger ? 'default' : 'primary'} danger={danger} data-testid={`action-${action}`}>
          {label}
        </Button>
      }
      onFinish={(v) => onSubmit(v, key.current)}
    >
      {children}
    </ModalForm>
  );
}

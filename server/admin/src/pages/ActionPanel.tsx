import { App, Button, Empty, Space, Tooltip } from 'antd';
import { ModalForm, type ProFormInstance } from '@ant-design/pro-components';
import { useRef, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { ACTIONS, CASE_ACTION_LABELS, type CaseAction, type CaseView } from '@gig/shared';
import { api, ApiError, errorText, newKey } from '../api';
import { fieldWords } from '../field-words';
import { useI18n } from '../i18n';
import { ActionFields } from './case/ActionFields';
import { arbitrationBody, isArbitrationAction } from './case/arbitration-form';

/**
 * One button per action the case view offers this user (the shared actions table, decided on the
 * server): each with its own form, the reason required where the table says so, a red button for
 * a dangerous one, and a greyed one with the reason when a guard holds it back (e.g. no outlet
 * consent). Each opened form is one intent with one Idempotency-Key, kept across its retries.
 * A 409 (someone moved the case meanwhile) is explained and the page reloads.
 */
export function ActionPanel({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const actions = view.actions;
  if (!actions.length) return <Empty description={t('noActions')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;

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
      // Someone moved the case meanwhile: say so and show it as it is now.
      if (e.code === 'INVALID_TRANSITION') {
        message.warning(t('stale'));
        onDone();
        return true;
      }
      // A guard's refusal (no session yet, a window that closed…): its own words, and the case as it is.
      if (e.status === 409 && e.code !== 'IDEMPOTENCY_CONFLICT') {
        message.warning(e.message);
        onDone();
        return true;
      }
      const detail = fieldWords(e.fields, l);
      message.error(detail ? `${e.message}（${detail}）` : e.message);
      return false;
    }
  }

  function clean(action: CaseAction, v: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) if (val !== undefined && val !== '' && val !== null) out[k] = val;
    if (isArbitrationAction(action)) return arbitrationBody(action, out);
    if (action === 'schedule_session' && typeof out.startsAt === 'string')
      out.startsAt = dayjs(out.startsAt).toISOString();
    if (action === 'schedule_session') {
      if (out.mode === 'online') delete out.address;
      else delete out.link;
    }
    return out;
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
            <ActionFields action={a} view={view} />
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
      // The award's item rows (type, amount, standards dispute) want one line each.
      width={action === 'record_award' ? 900 : 640}
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

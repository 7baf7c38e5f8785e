import { App, Button, Empty, Space, Tooltip } from 'antd';
import { ModalForm, type ProFormInstance } from '@ant-design/pro-components';
import { useRef, type ReactNode } from 'react';
import { ACTIONS, CASE_ACTION_LABELS, type CaseAction, type CaseView } from '@gig/shared';
import { api, ApiError, errorText, newKey } from '../api';
import { fieldWords } from '../field-words';
import { useI18n } from '../i18n';
import { ActionFields } from './case/ActionFields';
import { actionBodyOf } from './case/action-body';

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
    const body = { ...actionBodyOf(action, values), expectedStatus: view.status };
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

const WIDE: readonly CaseAction[] = [
  'record_award',
  'record_agreement',
  'outlet_settled',
  'amend_agreement',
  'outlet_propose',
  'flag_urgent',
  'sign_agreement',
  'confirm_agreement',
];

const SIGNING: readonly CaseAction[] = ['sign_agreement', 'confirm_agreement'];

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
  const { t } = useI18n();
  const form = useRef<ProFormInstance>();
  // One key per opening of the form: pressing "OK" again after a lost answer is the same intent.
  const key = useRef(newKey());
  return (
    <ModalForm
      title={label}
      formRef={form}
      // Item rows (an award's, an agreement's) and the agreement's text want room; a phone gets its whole width.
      width={WIDE.includes(action) ? 900 : 640}
      modalProps={{ destroyOnClose: true, maskClosable: false }}
      onOpenChange={(open) => {
        if (open) key.current = newKey();
      }}
      trigger={
        <Button type={danger ? 'default' : 'primary'} danger={danger} data-testid={`action-${action}`}>
          {label}
        </Button>
      }
      // Signing is the button's own word: what "OK" does there is put a signature on the text.
      submitter={SIGNING.includes(action) ? { searchConfig: { submitText: t('signNow') } } : undefined}
      onFinish={(v) => onSubmit(v, key.current)}
    >
      {children}
    </ModalForm>
  );
}

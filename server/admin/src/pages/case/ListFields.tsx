import { Space } from 'antd';
import { ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { ACTIONS, CLAIM_TYPE, CONSULTATION_ROLE, SESSION_SIDE, type CaseView, type Label } from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';

/** A shared label table as select options, in the page's language. */
export function labelOptions<K extends string>(labels: Record<K, Label>, l: (label: Label) => string) {
  return Object.entries(labels).map(([value, label]) => ({ value, label: l(label as Label) }));
}

/** Rows of a kind (from a shared label table) and a name: session attendees, consultation participants. */
function NamedRows<K extends string>(p: {
  list: string;
  label: string;
  pick: string;
  labels: Record<K, Label>;
  first: K;
  min: number;
  /** The action body and list whose item schema gives the rules. */
  schema: [unknown, string];
}) {
  const { t, l } = useI18n();
  return (
    <ProFormList
      name={p.list}
      label={p.label}
      initialValue={[{ [p.pick]: p.first, name: '' }]}
      min={p.min}
      creatorButtonProps={{ creatorButtonText: t('add') }}
    >
      <Space align="start">
        <ProFormSelect
          name={p.pick}
          options={labelOptions(p.labels, l)}
          rules={rulesOf(p.schema[0], [p.schema[1], p.pick])}
          width="sm"
        />
        <ProFormText
          name="name"
          placeholder={t('name')}
          rules={rulesOf(p.schema[0], [p.schema[1], 'name'])}
          width="sm"
        />
      </Space>
    </ProFormList>
  );
}

/** Who attends (or attended) a session: a side and a name for each; at least one attendee. */
export function PeopleField({ name, label }: { name: 'attendees' | 'present'; label: string }) {
  return (
    <NamedRows
      list={name}
      label={label}
      pick="side"
      labels={SESSION_SIDE.labels}
      first="worker"
      min={name === 'attendees' ? 1 : 0}
      schema={[ACTIONS.schedule_session.body, 'attendees']}
    />
  );
}

/** Who takes part in an urgent case's consultation: a role and a name for each, at least one. */
export function ParticipantsField() {
  const { t } = useI18n();
  return (
    <NamedRows
      list="participants"
      label={t('participants')}
      pick="role"
      labels={CONSULTATION_ROLE.labels}
      first="arbitrator"
      min={1}
      schema={[ACTIONS.flag_urgent.body, 'participants']}
    />
  );
}

/** What a settlement pays: type, amount and payer of each item, starting from the claim's items. */
export function SettlementItemsField({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  return (
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
        <ProFormSelect
          name="type"
          options={labelOptions(CLAIM_TYPE.labels, l)}
          rules={rulesOf(ACTIONS.record_agreement.body, ['items', 'type'])}
          width="sm"
        />
        <ProFormText
          name="amountYuan"
          placeholder={t('amount')}
          rules={rulesOf(ACTIONS.record_agreement.body, ['items', 'amountYuan'])}
          width="xs"
        />
        <ProFormText
          name="payer"
          placeholder={t('payer')}
          rules={rulesOf(ACTIONS.record_agreement.body, ['items', 'payer'])}
          width="sm"
        />
      </Space>
    </ProFormList>
  );
}

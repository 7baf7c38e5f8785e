import { Space } from 'antd';
import { ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { CLAIM_TYPE, CONSULTATION_ROLE, SESSION_SIDE, type CaseView, type Label } from '@gig/shared';
import { useI18n } from '../../i18n';

/** A shared label table as select options, in the page's language. */
export function labelOptions<K extends string>(labels: Record<K, Label>, l: (label: Label) => string) {
  return Object.entries(labels).map(([value, label]) => ({ value, label: l(label as Label) }));
}

/** Who attends (or attended) a session: a side and a name for each; at least one attendee. */
export function PeopleField({ name, label }: { name: 'attendees' | 'present'; label: string }) {
  const { t, l } = useI18n();
  return (
    <ProFormList
      name={name}
      label={label}
      initialValue={[{ side: 'worker', name: '' }]}
      creatorButtonProps={{ creatorButtonText: t('add') }}
      min={name === 'attendees' ? 1 : 0}
    >
      <Space align="start">
        <ProFormSelect
          name="side"
          options={labelOptions(SESSION_SIDE.labels, l)}
          rules={[{ required: true }]}
          width="sm"
        />
        <ProFormText name="name" placeholder={t('name')} rules={[{ required: true, max: 50 }]} width="sm" />
      </Space>
    </ProFormList>
  );
}

/** Who takes part in an urgent case's consultation: a role and a name for each, at least one. */
export function ParticipantsField() {
  const { t, l } = useI18n();
  return (
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
          options={labelOptions(CONSULTATION_ROLE.labels, l)}
          rules={[{ required: true }]}
          width="sm"
        />
        <ProFormText name="name" placeholder={t('name')} rules={[{ required: true, max: 50 }]} width="sm" />
      </Space>
    </ProFormList>
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
          rules={[{ required: true }]}
          width="sm"
        />
        <ProFormText
          name="amountYuan"
          placeholder={t('amount')}
          rules={[{ required: true, pattern: /^[0-9][0-9,]{0,12}(\.[0-9]{1,2})?$/ }]}
          width="xs"
        />
        <ProFormText name="payer" placeholder={t('payer')} rules={[{ required: true, max: 100 }]} width="sm" />
      </Space>
    </ProFormList>
  );
}

import { Space } from 'antd';
import { ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { ACTIONS, SESSION_SIDE, type Label } from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';

/** A shared label table as select options, in the page's language. */
export function labelOptions<K extends string>(labels: Record<K, Label>, l: (label: Label) => string) {
  return Object.entries(labels).map(([value, label]) => ({ value, label: l(label as Label) }));
}

/** Rows of a kind (from a shared label table) and a name: session attendees and who came. */
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
      <Space align="start" wrap>
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

import { useEffect, useState } from 'react';
import { Space } from 'antd';
import {
  ProFormDateTimePicker,
  ProFormDependency,
  ProFormList,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  ACTIONS,
  CONSULTANT_ACCOUNT_ROLES,
  CONSULTATION_ROLE,
  ROLE,
  type ApiOutputs,
  type CaseView,
  type ConsultationRole,
} from '@gig/shared';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { labelOptions } from './ListFields';

type Consultant = ApiOutputs['admin.consultants']['items'][number];

/**
 * 特事急诊: why, when and where the joint consultation meets, who sits on it and the one-case
 * plan. Each participant has a role and either an account (picked among those that fit the role,
 * as CONSULTANT_ACCOUNT_ROLES says: they then reach the case and are told) or, for someone without
 * one, just a name.
 */
export function UrgentFields({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const body = ACTIONS.flag_urgent.body;
  const rule = (...path: string[]) => rulesOf(body, path);
  const [accounts, setAccounts] = useState<Consultant[]>([]);
  useEffect(() => {
    api.call('admin.consultants', {}).then(
      (r) => setAccounts(r.items),
      () => setAccounts([]),
    );
  }, []);
  const fits = (role: ConsultationRole | undefined) =>
    accounts.filter((a) => !role || CONSULTANT_ACCOUNT_ROLES[role].includes(a.role));
  return (
    <>
      <ProFormTextArea name="reason" label={t('urgentReason')} rules={rule('reason')} />
      <ProFormDateTimePicker
        name="meetingAt"
        label={t('meetingAt')}
        extra={t('chinaTimeHint')}
        rules={rule('meetingAt')}
        fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm', minuteStep: 5 } }}
      />
      <ProFormText name="place" label={t('place')} initialValue={view.station?.address} rules={rule('place')} />
      <ProFormList
        name="participants"
        label={t('participants')}
        min={1}
        initialValue={[{ role: 'arbitrator', name: '' }]}
        creatorRecord={{ role: 'people_mediator', name: '' }}
        creatorButtonProps={{ creatorButtonText: t('add') }}
      >
        {(_meta, _index, row) => (
          <Space align="start" wrap>
            <ProFormSelect
              name="role"
              options={labelOptions(CONSULTATION_ROLE.labels, l)}
              rules={rule('participants', 'role')}
              width="sm"
              // An account picked for another role may not fit this one: pick again.
              fieldProps={{ onChange: () => row.setCurrentRowData({ staffId: undefined }) }}
            />
            <ProFormDependency name={['role']}>
              {({ role }: { role?: ConsultationRole }) => (
                <ProFormSelect
                  name="staffId"
                  placeholder={t('pickAccount')}
                  width="sm"
                  showSearch
                  allowClear
                  rules={rule('participants', 'staffId')}
                  options={fits(role).map((a) => ({
                    value: a.id,
                    label: `${a.name} · ${l(ROLE.labels[a.role])}${a.stationName ? ` · ${a.stationName}` : ''}`,
                  }))}
                  fieldProps={{
                    optionFilterProp: 'label',
                    onChange: (id: string | undefined) => {
                      const a = accounts.find((x) => x.id === id);
                      if (a) row.setCurrentRowData({ name: a.name });
                    },
                  }}
                />
              )}
            </ProFormDependency>
            <ProFormText
              name="name"
              placeholder={t('nameWithoutAccount')}
              rules={rule('participants', 'name')}
              width="sm"
            />
          </Space>
        )}
      </ProFormList>
      <ProFormTextArea name="plan" label={t('plan')} rules={rule('plan')} />
    </>
  );
}

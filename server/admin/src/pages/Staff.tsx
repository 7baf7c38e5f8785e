import { useEffect, useRef, useState } from 'react';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDependency,
  ProFormSelect,
  ProFormText,
  ProTable,
  type ActionType,
  type ProColumns,
  type ProFormInstance,
} from '@ant-design/pro-components';
import {
  CN_MOBILE_PATTERN,
  ROLE,
  STAFF_ROLES,
  STATION_ADMIN_GRANTS,
  passwordProblems,
  roleFitsStation,
  type Station,
  type StaffAccount,
  type StaffRole,
} from '@gig/shared';
import { api, ApiError, getSession } from '../api';
import { access } from '../access';
import { fieldWords } from '../field-words';
import { useI18n } from '../i18n';
import { time } from '../format';

/**
 * Roles a station admin may give (their station's staff, and their outlets' managers): the shared
 * STATION_ADMIN_GRANTS; system admins give any. Which fits a station is roleFitsStation's rule.
 */
const STATION_ROLES = STATION_ADMIN_GRANTS;

export function StaffPage() {
  const { t, l, locale } = useI18n();
  const { message } = App.useApp();
  const me = getSession()?.user ?? null;
  const can = access(me);
  const table = useRef<ActionType>();
  const createForm = useRef<ProFormInstance>();
  const [stations, setStations] = useState<Station[]>([]);
  useEffect(() => {
    if (!can.manageStaff) return;
    api.call('admin.stations', {}).then(
      (r) =>
        setStations(
          r.items.filter((s) => me?.role === 'system_admin' || s.id === me?.stationId || s.parentId === me?.stationId),
        ),
      () => setStations([]),
    );
  }, [can.manageStaff, me?.role, me?.stationId]);
  /** The roles this user may give at this station (an outlet: its managers only; elsewhere: never one). */
  const rolesAt = (stationId: string | null | undefined) => {
    const kind = stations.find((s) => s.id === stationId)?.kind ?? null;
    return (me?.role === 'system_admin' ? STAFF_ROLES : STATION_ROLES).filter((r) => roleFitsStation(r, kind));
  };
  const fail = (err: unknown) => {
    const e = err as ApiError;
    message.error(e.fields.length ? `${e.message}（${fieldWords(e.fields, l)}）` : e.message);
    return false;
  };
  const strong = (_: unknown, v: string, username?: string) =>
    v && passwordProblems(v, username).length ? Promise.reject(new Error(t('weakPassword'))) : Promise.resolve();

  const columns: ProColumns<StaffAccount>[] = [
    { title: t('username'), dataIndex: 'username' },
    { title: t('name'), dataIndex: 'displayName' },
    { title: t('role'), dataIndex: 'role', render: (_d, u) => <Tag>{l(ROLE.labels[u.role])}</Tag> },
    { title: t('station'), dataIndex: 'stationName', render: (_d, u) => u.stationName ?? '—' },
    {
      title: t('status'),
      dataIndex: 'disabled',
      render: (_d, u) => (
        <Space size={4}>
          {u.disabled ? <Tag color="default">{t('disabled')}</Tag> : <Tag color="green">{t('active')}</Tag>}
          {u.locked && <Tag color="red">{t('locked')}</Tag>}
        </Space>
      ),
    },
    { title: t('staffPhone'), dataIndex: 'phoneMasked', render: (_d, u) => u.phoneMasked ?? '—' },
    { title: t('lastLogin'), dataIndex: 'lastLoginAt', render: (_d, u) => time(u.lastLoginAt) },
    {
      title: '',
      valueType: 'option',
      hideInTable: !can.manageStaff,
      render: (_d, u) =>
        u.id === me?.id || (me?.role === 'station_admin' && !STATION_ROLES.includes(u.role))
          ? []
          : [
              <ModalForm<{ password: string }>
                key="pw"
                title={`${t('resetPassword')} · ${u.username}`}
                width={420}
                modalProps={{ destroyOnClose: true }}
                trigger={<a>{t('resetPassword')}</a>}
                onFinish={async (v) => {
                  try {
                    await api.call('admin.staff.password', { params: { id: u.id }, body: { password: v.password } });
                    message.success(t('done'));
                    table.current?.reload();
                    return true;
                  } catch (err) {
                    return fail(err);
                  }
                }}
              >
                <ProFormText.Password
                  name="password"
                  label={t('newPassword')}
                  rules={[{ required: true }, { validator: (r, v) => strong(r, v, u.username) }]}
                  extra={t('passwordRule')}
                />
              </ModalForm>,
              <ModalForm<{ phone?: string }>
                key="phone"
                title={`${t('setPhone')} · ${u.username}`}
                width={420}
                modalProps={{ destroyOnClose: true }}
                trigger={<a data-testid={`set-phone-${u.username}`}>{t('setPhone')}</a>}
                onFinish={async (v) => {
                  try {
                    const phone = v.phone?.trim() || null;
                    await api.call('admin.staff.update', { params: { id: u.id }, body: { phone } });
                    message.success(t('done'));
                    table.current?.reload();
                    return true;
                  } catch (err) {
                    return fail(err);
                  }
                }}
              >
                <ProFormText
                  name="phone"
                  label={t('staffPhone')}
                  rules={[{ pattern: new RegExp(CN_MOBILE_PATTERN), message: t('phoneInvalid') }]}
                  extra={t('phoneHelp')}
                />
              </ModalForm>,
              <Popconfirm
                key="toggle"
                title={u.disabled ? t('enableConfirm') : t('disableConfirm')}
                onConfirm={async () => {
                  try {
                    await api.call('admin.staff.update', { params: { id: u.id }, body: { disabled: !u.disabled } });
                    table.current?.reload();
                  } catch (err) {
                    fail(err);
                  }
                }}
              >
                <a style={{ color: u.disabled ? undefined : '#cf1322' }}>{u.disabled ? t('enable') : t('disable')}</a>
              </Popconfirm>,
            ],
    },
  ];

  return (
    <PageContainer title={t('staff')}>
      <ProTable<StaffAccount>
        rowKey="id"
        actionRef={table}
        columns={columns}
        search={false}
        options={{ reload: true, setting: false, density: false }}
        pagination={{ pageSize: 20 }}
        request={async () => ({
          data: (await api.call('admin.staff', { query: { includeDisabled: true } })).items,
          success: true,
        })}
        toolBarRender={() =>
          can.manageStaff
            ? [
                <ModalForm<{
                  username: string;
                  displayName: string;
                  role: StaffRole;
                  stationId: string | null;
                  password: string;
                }>
                  key="new"
                  title={t('newAccount')}
                  formRef={createForm}
                  // A role that does not fit the station picked (an outlet's, or not) moves to one that does.
                  onValuesChange={(changed: { stationId?: string | null }) => {
                    if (!('stationId' in changed)) return;
                    const fit = rolesAt(changed.stationId);
                    const role = createForm.current?.getFieldValue('role') as StaffRole | undefined;
                    if (!role || !fit.includes(role)) createForm.current?.setFieldsValue({ role: fit[0] });
                  }}
                  width={520}
                  modalProps={{ destroyOnClose: true }}
                  trigger={
                    <Button type="primary" icon={<PlusOutlined />} data-testid="new-account">
                      {t('newAccount')}
                    </Button>
                  }
                  onFinish={async (v) => {
                    try {
                      await api.call('admin.staff.create', { body: { ...v, stationId: v.stationId ?? null } });
                      message.success(t('done'));
                      table.current?.reload();
                      return true;
                    } catch (err) {
                      return fail(err);
                    }
                  }}
                >
                  <ProFormText
                    name="username"
                    label={t('username')}
                    rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('usernameRule') }]}
                  />
                  <ProFormText name="displayName" label={t('name')} rules={[{ required: true, max: 100 }]} />
                  <ProFormSelect
                    name="stationId"
                    label={t('station')}
                    options={stations.map((s) => ({
                      value: s.id,
                      label: locale === 'en' && s.nameEn ? s.nameEn : s.name,
                    }))}
                    initialValue={me?.role === 'station_admin' ? me.stationId : undefined}
                    showSearch
                    fieldProps={{ optionFilterProp: 'label' }}
                  />
                  <ProFormDependency name={['stationId']}>
                    {({ stationId }: { stationId?: string | null }) => (
                      <ProFormSelect
                        name="role"
                        label={t('role')}
                        options={rolesAt(stationId).map((r) => ({ value: r, label: l(ROLE.labels[r]) }))}
                        initialValue={rolesAt(me?.role === 'station_admin' ? me.stationId : null)[0]}
                        extra={t('roleForOutlet')}
                        rules={[{ required: true }]}
                      />
                    )}
                  </ProFormDependency>
                  <ProFormText.Password
                    name="password"
                    label={t('password')}
                    rules={[{ required: true }, { validator: (r, v) => strong(r, v) }]}
                    extra={t('passwordRule')}
                  />
                </ModalForm>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}

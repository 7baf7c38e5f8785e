import { useRef } from 'react';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormSelect,
  ProFormText,
  ProTable,
  type ActionType,
  type ProColumns,
} from '@ant-design/pro-components';
import { ROLE, STAFF_ROLES, passwordProblems, type StaffAccount, type StaffRole } from '@gig/shared';
import { api, ApiError, getSession } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';
import { time } from '../format';

/** Roles a station admin may give; system admins give any. */
const STATION_ROLES: readonly StaffRole[] = ['mediator', 'station_admin'];

export function StaffPage() {
  const { t, l, locale } = useI18n();
  const { message } = App.useApp();
  const me = getSession()?.user ?? null;
  const can = access(me);
  const table = useRef<ActionType>();
  const roles = (me?.role === 'system_admin' ? STAFF_ROLES : STATION_ROLES).map((r) => ({
    value: r,
    label: l(ROLE.labels[r]),
  }));
  const stations = async () => {
    const { items } = await api.call('admin.stations', {});
    return items
      .filter((s) => me?.role === 'system_admin' || s.id === me?.stationId || s.parentId === me?.stationId)
      .map((s) => ({ value: s.id, label: locale === 'en' && s.nameEn ? s.nameEn : s.name }));
  };
  const fail = (err: unknown) => {
    const e = err as ApiError;
    message.error(
      e.fields.length ? `${e.message}（${e.fields.map((f) => f.path.replace('/body/', '')).join(', ')}）` : e.message,
    );
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
                    name="role"
                    label={t('role')}
                    options={roles}
                    initialValue="mediator"
                    rules={[{ required: true }]}
                  />
                  <ProFormSelect
                    name="stationId"
                    label={t('station')}
                    request={stations}
                    initialValue={me?.role === 'station_admin' ? me.stationId : undefined}
                    showSearch
                  />
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

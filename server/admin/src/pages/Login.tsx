import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LoginForm, ProFormText } from '@ant-design/pro-components';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';

export function LoginPage() {
  const { t, toggle } = useI18n();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', paddingTop: 80 }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <Button type="link" onClick={toggle} data-testid="lang">
          {t('language')}
        </Button>
      </div>
      <LoginForm
        title={t('signInTitle')}
        subTitle={t('signInSub')}
        submitter={{ searchConfig: { submitText: t('signIn') } }}
        onFinish={async (v: { username: string; password: string }) => {
          setError(null);
          try {
            await api.signIn(v.username.trim(), v.password);
            nav(params.get('next') || '/', { replace: true });
          } catch (err) {
            const e = err as ApiError;
            const wait = typeof e.details?.retryAfterSeconds === 'number' ? e.details.retryAfterSeconds : null;
            const until = wait ? ` ${t('lockedUntil')} ${new Date(Date.now() + wait * 1000).toLocaleTimeString()}` : '';
            setError(`${e.message}${until}`);
          }
          return true;
        }}
      >
        {error && (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <ProFormText
          name="username"
          fieldProps={{ size: 'large', prefix: <UserOutlined />, autoComplete: 'username' }}
          placeholder={t('username')}
          rules={[{ required: true, message: t('required') }]}
        />
        <ProFormText.Password
          name="password"
          fieldProps={{ size: 'large', prefix: <LockOutlined />, autoComplete: 'current-password' }}
          placeholder={t('password')}
          rules={[{ required: true, message: t('required') }]}
        />
      </LoginForm>
    </div>
  );
}

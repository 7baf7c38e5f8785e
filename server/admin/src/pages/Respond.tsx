import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';

/**
 * Where a texted link lands (PUBLIC_BASE_URL/r/<token> → #/respond/<token>): a respondent with no
 * account gets a code on the phone the link was sent to, and with it a session for that one case.
 * Sized for a phone first: that is where the text arrives.
 */
export function RespondPage() {
  const { t, toggle } = useI18n();
  const nav = useNavigate();
  const { token = '' } = useParams();
  const [sent, setSent] = useState<{ phoneMasked: string; caseNumber: string } | null>(null);
  const [wait, setWait] = useState(0);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = useRef(false);

  const request = useCallback(async () => {
    setError(null);
    try {
      const r = await api.call('auth.respondentCode', { body: { token } });
      setSent({ phoneMasked: r.phoneMasked, caseNumber: r.caseNumber });
      setWait(r.resendAfterSeconds);
    } catch (err) {
      const e = err as ApiError;
      const retry = typeof e.details?.retryAfterSeconds === 'number' ? e.details.retryAfterSeconds : 0;
      if (retry) setWait(retry);
      setError(e.message);
    }
  }, [token]);
  useEffect(() => {
    // Once per visit (React's development double effect must not text twice).
    if (asked.current) return;
    asked.current = true;
    void request();
  }, [request]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const open = async () => {
    if (!/^\d{6}$/.test(code)) return setError(t('codeRule'));
    setBusy(true);
    setError(null);
    try {
      const s = await api.respondentSignIn(token, code);
      nav(`/cases/${s.caseId}`, { replace: true });
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', padding: '48px 12px' }}>
      <div style={{ maxWidth: 420, margin: '0 auto' }}>
        <div style={{ textAlign: 'right' }}>
          <Button type="link" onClick={toggle} data-testid="lang">
            {t('language')}
          </Button>
        </div>
        <Card title={t('respondTitle')}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ fontSize: 16, margin: 0 }}>{t('respondIntro')}</Typography.Paragraph>
            {sent ? (
              <Alert
                type="info"
                showIcon
                data-testid="code-sent"
                message={`${t('codeSentTo')} ${sent.phoneMasked}`}
                description={`${t('forCase')}：${sent.caseNumber}`}
              />
            ) : (
              !error && <Typography.Text type="secondary">{t('sendingCode')}</Typography.Text>
            )}
            {error && <Alert type="error" showIcon message={error} data-testid="respond-error" />}
            <Input
              size="large"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('smsCode')}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              onPressEnter={open}
              data-testid="respond-code"
            />
            <Button type="primary" size="large" block loading={busy} onClick={open} data-testid="respond-open">
              {t('openCase')}
            </Button>
            <Button block disabled={wait > 0} onClick={request}>
              {wait > 0 ? `${wait} ${t('resendIn')}` : t('resendCode')}
            </Button>
          </Space>
        </Card>
      </div>
    </div>
  );
}

import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CN_MOBILE_PATTERN, type TokenPair } from '@gig/shared';
import { ApiError, call, setSession, setVerifiedPhone } from '../../api';
import { showError } from '../../api/show-error';
import { canWechatLogin, wechatCode } from '../../platform';
import { t, toggleLanguage, useLocale } from '../../i18n';
import { TABS } from '../../tabs';

const TAB_PATHS: string[] = TABS.map((tab) => `/${tab.page}`);

/** Sign-in when first needed (WeChat in WeChat, phone + SMS code anywhere), then back to where the worker was. */
export default function Login() {
  useLocale('signIn');
  const { params } = useRouter();
  const back = params.back ? decodeURIComponent(params.back) : '/pages/index/index';
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  const done = async (pair: TokenPair) => {
    setSession({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user });
    const path = back.split('?')[0]!;
    // Back to the page that sent the worker here, as it was (what they typed is still on it).
    const pages = Taro.getCurrentPages();
    const previous = pages[pages.length - 2];
    if (previous && `/${(previous.route ?? '').replace(/^\//, '')}`.split('?')[0] === path) await Taro.navigateBack();
    else if (TAB_PATHS.includes(path)) await Taro.switchTab({ url: path });
    else await Taro.redirectTo({ url: back });
  };
  const phoneOk = new RegExp(CN_MOBILE_PATTERN).test(phone);
  const send = async () => {
    setError('');
    try {
      const r = await call('auth.otpRequest', { body: { phone } });
      setWait(r.resendAfterSeconds);
    } catch (err) {
      const e = err as ApiError;
      setError(e.message);
      if (typeof e.details.retryAfterSeconds === 'number') setWait(e.details.retryAfterSeconds);
    }
  };
  const verify = async () => {
    setBusy(true);
    setError('');
    try {
      const pair = await call('auth.otpVerify', { body: { phone, code } });
      setVerifiedPhone(pair.user.id, phone);
      await done(pair);
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  const wechat = async () => {
    try {
      await done(await call('auth.wechat', { body: { code: await wechatCode() } }));
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View className="title" style={{ marginTop: '40px' }}>
        {t('signIn')}
      </View>
      <View className="subtitle" style={{ marginBottom: '16px' }}>
        {t('signInWhy')}
      </View>
      {canWechatLogin && (
        <Button className="btn btn-primary" onClick={wechat}>
          {t('wechatSignIn')}
        </Button>
      )}
      <View className="label">{t('mobile')}</View>
      <Input
        className="input"
        type="number"
        maxlength={11}
        value={phone}
        onInput={(e) => setPhone(e.detail.value)}
        placeholder={t('mobileHint')}
        data-testid="phone"
      />
      <View style={{ display: 'flex', gap: '8px', alignItems: 'flex-end' }}>
        <View style={{ flex: 1 }}>
          <View className="label">{t('code')}</View>
          <Input
            className="input"
            type="number"
            maxlength={6}
            value={code}
            onInput={(e) => setCode(e.detail.value)}
            data-testid="code"
          />
        </View>
        <Button
          className="btn btn-ghost btn-code"
          disabled={!phoneOk || wait > 0}
          onClick={send}
          data-testid="send-code"
        >
          {wait > 0 ? `${wait}${t('resendIn')}` : t('sendCode')}
        </Button>
      </View>
      {error && <View className="error">{error}</View>}
      <Button
        className="btn btn-primary"
        disabled={!phoneOk || code.length !== 6 || busy}
        onClick={verify}
        data-testid="verify"
      >
        {t('signIn')}
      </Button>
    </View>
  );
}

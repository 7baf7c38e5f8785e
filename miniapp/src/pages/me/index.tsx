import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { Principal } from '@gig/shared';
import { goSignIn, request, session, setSession } from '../../api';
import { t, toggleLanguage, useLocale } from '../../i18n';

/** Me: the masked phone, the language, sign out. */
export default function Me() {
  useLocale();
  const [me, setMe] = useState<Principal | null>(null);
  useDidShow(() => {
    if (session()) request<Principal>('GET', '/api/auth/me').then(setMe, () => setMe(null));
    else setMe(null);
  });
  const signOut = async () => {
    const s = session();
    setSession(null);
    setMe(null);
    if (s) await request('POST', '/api/auth/logout', { data: { refreshToken: s.refreshToken } }).catch(() => undefined);
    void Taro.switchTab({ url: '/pages/index/index' });
  };
  return (
    <View className="page">
      <View className="title" style={{ marginTop: '24px' }}>{t('me')}</View>
      <View className="card">
        <View data-testid="me-phone">{me ? (me.phoneMasked ?? me.displayName) : t('notSignedIn')}</View>
      </View>
      <Button className="btn btn-ghost" onClick={toggleLanguage} data-testid="me-lang">{t('language')}</Button>
      {me ? <Button className="btn btn-danger" onClick={signOut}>{t('signOut')}</Button> : <Button className="btn btn-primary" onClick={() => goSignIn('/pages/me/index')}>{t('signIn')}</Button>}
    </View>
  );
}

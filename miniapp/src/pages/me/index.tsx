import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseView, Principal } from '@gig/shared';
import { goSignIn, call, session, setSession } from '../../api';
import { t, toggleLanguage, useLocale } from '../../i18n';
import { useTabIcons } from '../../tab-icons';
import { careOn, setCare } from '../../care';

/** Me: who is signed in (name and ID number as on the latest claim, masked; the phone, masked), the language, sign out. */
export default function Me() {
  useLocale('me');
  useTabIcons();
  const [me, setMe] = useState<Principal | null>(null);
  const [claimant, setClaimant] = useState<CaseView['claimant'] | null>(null);
  useDidShow(() => {
    if (!session()) return setMe(null);
    call('auth.me', { optional: true }).then(setMe, () => setMe(null));
    call('cases.mine', { optional: true })
      .then((r) => (r.items[0] ? call('cases.get', { params: { id: r.items[0].id }, optional: true }) : null))
      .then(
        (c) => setClaimant(c?.claimant ?? null),
        () => setClaimant(null),
      );
  });
  const signOut = async () => {
    const s = session();
    setSession(null);
    setMe(null);
    setClaimant(null);
    if (s) await call('auth.logout', { body: { refreshToken: s.refreshToken } }).catch(() => undefined);
    void Taro.switchTab({ url: '/pages/index/index' });
  };
  return (
    <View className="page">
      <View className="title" style={{ marginTop: '24px' }}>
        {t('me')}
      </View>
      <View className="card" data-testid="profile">
        {me ? (
          <>
            {claimant && <View className="big">{claimant.name}</View>}
            <View className="row">
              <View className="muted">{t('mobile')}</View>
              <View data-testid="me-phone">{me.phoneMasked ?? '—'}</View>
            </View>
            {claimant && (
              <View className="row">
                <View className="muted">{t('idNumber')}</View>
                <View>{claimant.idNumberMasked}</View>
              </View>
            )}
          </>
        ) : (
          <View>{t('notSignedIn')}</View>
        )}
      </View>
      {me && (
        <Button
          className="btn btn-ghost"
          onClick={() => void Taro.navigateTo({ url: '/sub/profile/index' })}
          data-testid="me-profile"
        >
          {t('myProfile')}
        </Button>
      )}
      {me && (
        <Button
          className="btn btn-ghost"
          onClick={() => void Taro.navigateTo({ url: '/sub/worklog/index' })}
          data-testid="me-worklog"
        >
          {t('workLogTitle')}
        </Button>
      )}
      <Button className="btn btn-ghost" onClick={() => setCare(!careOn())} data-testid="me-care">
        {careOn() ? t('careOff') : t('careOn')}
      </Button>
      <Button className="btn btn-ghost" onClick={toggleLanguage} data-testid="me-lang">
        {t('language')}
      </Button>
      {me ? (
        <Button className="btn btn-danger" onClick={signOut} data-testid="sign-out">
          {t('signOut')}
        </Button>
      ) : (
        <Button className="btn btn-primary" onClick={() => goSignIn('/pages/me/index')}>
          {t('signIn')}
        </Button>
      )}
    </View>
  );
}

import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StationCard as Card } from '@gig/shared';
import { request, showError } from '../../api';
import { canScan, scanStation } from '../../platform';
import { loadDraft } from '../../draft';
import { t, toggleLanguage, useLocale } from '../../i18n';

/** Home: scan, start or continue a claim, my cases, the stations. */
export default function Home() {
  useLocale();
  const [stations, setStations] = useState<Card[]>([]);
  const [hasDraft, setHasDraft] = useState(false);
  useDidShow(() => {
    setHasDraft(!!loadDraft());
    request<{ items: Card[] }>('GET', '/api/public/stations').then((r) => setStations(r.items), () => undefined);
  });
  const scan = async () => {
    try {
      const code = await scanStation();
      if (code) await Taro.navigateTo({ url: `/pages/station/index?code=${encodeURIComponent(code)}` });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="page">
      <Text className="lang" onClick={toggleLanguage} data-testid="lang">
        {t('language')}
      </Text>
      <View className="title" style={{ fontSize: '24px', marginTop: '24px' }}>{t('appName')}</View>
      <View className="subtitle" style={{ marginBottom: '16px' }}>{t('intro')}</View>
      {canScan ? (
        <Button className="btn btn-ghost" onClick={scan}>{t('scan')}</Button>
      ) : (
        <View className="card muted">{t('scanHelp')}</View>
      )}
      <Button className="btn btn-primary" data-testid="start" onClick={() => Taro.navigateTo({ url: '/pages/claim/index' })}>
        {hasDraft ? t('continueDraft') : t('start')}
      </Button>
      <Button className="btn btn-ghost" onClick={() => Taro.switchTab({ url: '/pages/cases/index' })}>{t('myCases')}</Button>
      <View className="label">{t('stations')}</View>
      {stations.map((s) => (
        <View key={s.code} className="card" onClick={() => Taro.navigateTo({ url: `/pages/station/index?code=${encodeURIComponent(s.code)}` })}>
          <View style={{ fontWeight: 600 }}>{s.name}</View>
          <View className="muted">{s.address}</View>
        </View>
      ))}
    </View>
  );
}

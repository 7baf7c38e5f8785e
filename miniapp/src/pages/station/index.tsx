import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { StationCard as Card } from '@gig/shared';
import { ApiError, call } from '../../api';
import { stationCodeFrom } from '../../platform';
import { StationCard, StationCardSkeleton } from '../../components/StationCard';
import { StationRow } from '../../components/StationRow';
import { intakeStations } from '../../stations';
import { loadDraft, newDraft, saveDraft } from '../../draft';
import { t, toggleLanguage, useLocale } from '../../i18n';

/** Where a station's QR code lands: its card and one big button; an unknown code says so. */
export default function StationPage() {
  useLocale('stationTitle');
  const router = useRouter();
  const code = stationCodeFrom(router.params);
  const [station, setStation] = useState<Card | null>(null);
  const [missing, setMissing] = useState(false);
  const [others, setOthers] = useState<Card[]>([]);
  useEffect(() => {
    if (!code) {
      setMissing(true);
    } else {
      call('public.station', { params: { code } }).then(setStation, (e: ApiError) =>
        setMissing(e.status === 404 || e.status === 400),
      );
    }
    intakeStations().then(setOthers, () => undefined);
  }, [code]);
  const start = (c: string) => {
    const d = loadDraft() ?? newDraft(c);
    saveDraft({ ...d, body: { ...d.body, stationCode: c } });
    void Taro.navigateTo({ url: '/sub/claim/index' });
  };
  // The calculator takes the station's area (its local figures) and, when it takes claims, its code for a new draft.
  const calculator = (s: Card) =>
    void Taro.navigateTo({
      url: `/sub/calculator/index?area=${s.areaCode}${s.active ? `&station=${encodeURIComponent(s.code)}` : ''}`,
    });
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View style={{ height: '40px' }} />
      {!station && !missing && <StationCardSkeleton />}
      {station && (
        <>
          <StationCard s={station} />
          {station.active ? (
            <Button className="btn btn-primary" data-testid="start-claim" onClick={() => start(station.code)}>
              {t('start')}
            </Button>
          ) : (
            <View className="card">{t('inactiveStation')}</View>
          )}
          <Button className="btn btn-ghost" data-testid="station-calculator" onClick={() => calculator(station)}>
            {t('calcEntry')}
          </Button>
        </>
      )}
      {(missing || station?.active === false) && (
        <>
          {missing && (
            <View className="card" data-testid="unknown-station">
              {t('unknownStation')}
            </View>
          )}
          {others.map((s) => (
            <StationRow
              key={s.code}
              s={s}
              onClick={() => Taro.redirectTo({ url: `/pages/station/index?code=${encodeURIComponent(s.code)}` })}
            />
          ))}
        </>
      )}
    </View>
  );
}
